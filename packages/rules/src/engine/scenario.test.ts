import { describe, expect, it } from 'vitest';
import { policy } from '../policies/zhuhai/high-skill-subsidy/policy.ts';
import { deepMerge, parseScenarios, runScenario } from './scenario.ts';

const file = `
defaults:
  on: 2026-04-20
  overrides: { training_subsidy.level_2: 1 }
  input:
    labourOrigin: local_urban
    certificate: { level: 2, occupation: 电工, issuedOn: 2026-03-02, obtainedBy: training, organisedLocally: true }
    shortageCatalogue: { listed: true, publishedOn: 2025-01-15 }
    contract: { localEmployer: true, startOn: 2025-06-01, endOn: null }
    insurance: { payingLocally: true, localMonths: 9 }
    recordedInSystem: true
scenarios:
  - name: merged
    input: { certificate: { level: 3 } }
    expected: { amounts: { training: "1000.00", appraisal: "300.00" } }
  - name: wrong expectation
    overrides: {}
    expected: { outcome: eligible, failed: [certificate_level], amounts: { training: "1.00" } }
`;

describe('scenario format', () => {
  it('deep-merges inputs but replaces other keys', () => {
    const [merged, second] = parseScenarios(file);
    expect(merged!.input).toMatchObject({
      certificate: { level: 3, occupation: '电工' },
      labourOrigin: 'local_urban',
    });
    expect(merged!.overrides).toEqual({ 'training_subsidy.level_2': 1 });
    expect(second!.overrides).toEqual({});
    expect(deepMerge({ a: { b: 1, c: 2 } }, { a: { c: null } })).toEqual({ a: { b: 1, c: null } });
  });

  it('passes a matching scenario and reports every mismatch of a wrong one', () => {
    const [merged, wrong] = parseScenarios(file);
    expect(runScenario(policy, merged!).mismatches).toEqual([]);
    const { mismatches } = runScenario(policy, wrong!);
    expect(mismatches.map((m) => m.split(':')[0])).toEqual(['outcome', 'amounts', 'failed']);
  });

  it('reports an unexpected error and a missing expected error', () => {
    const [merged] = parseScenarios(file);
    const broken = { ...merged!, input: { certificate: {} } };
    expect(runScenario(policy, broken).mismatches[0]).toMatch(/unexpected error POLICY_INPUT_INVALID/);
    expect(runScenario(policy, { ...merged!, expected: { error: 'X' } }).mismatches).toEqual([
      'expected error X, got a result',
    ]);
  });
});
