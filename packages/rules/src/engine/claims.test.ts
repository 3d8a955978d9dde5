import { describe, expect, it } from 'vitest';
import { catalogue } from '../catalogue.ts';
import { claimKeysOf } from './claims.ts';
import { monthClaimKeys } from './constraints.ts';
import { evaluate } from './evaluate.ts';
import { loadScenarios } from './scenario.ts';

// Policies whose conditions do not refuse a repeated key themselves: the case system's unique index
// on (beneficiary, policy, key) refuses a key granted before. Paid by the month (one key per month);
// counted towards a limit of years (rent, tax relief: one key per year, the rule counts them);
// claimed once a year (outsourced processing).
const KEY_ONLY = new Set([
  'county-city.flexible-employment',
  'county-city.employment-assistance',
  'county-city.public-welfare-post',
  'county-city.rent-subsidy',
  'county-city.tax-fee-relief',
  'county-city.outsourced-processing',
]);

describe('claim keys declared by the policies', () => {
  it('lists every month of a period once', () => {
    expect(monthClaimKeys('2025-11', '2026-02')).toEqual([
      'month:2025-11',
      'month:2025-12',
      'month:2026-01',
      'month:2026-02',
    ]);
    expect(monthClaimKeys('2026-03', '2026-03')).toEqual(['month:2026-03']);
  });

  // For every eligible worked example: granting it again, with its own keys recorded as past claims,
  // is refused by the policy itself (naming the earlier claim), or — for the KEY_ONLY policies —
  // would record a key already taken.
  for (const { policy, dir } of catalogue) {
    const scenarios = loadScenarios(new URL('tests.yaml', dir)).filter((s) => !s.expected.error);
    it(`${policy.id}: a second identical grant conflicts with the first`, () => {
      for (const s of scenarios) {
        const first = evaluate(policy, s.input, {
          on: s.on,
          overrides: s.overrides,
          pastClaims: s.pastClaims as never,
          confirmedChecks: s.confirmedChecks,
        });
        if (first.outcome === 'ineligible') continue;
        const keys = claimKeysOf(policy, s.input, first.amounts);
        if (keys.length === 0) continue;
        if (KEY_ONLY.has(policy.id) || keys.every((k) => k.startsWith('month:'))) {
          expect(new Set(keys).size, s.name).toBe(keys.length);
          continue;
        }
        const past = keys.map((key, i) => {
          const [category, part] = key.split(':');
          return {
            id: `EARLIER-${i}`,
            policyId: policy.id,
            category,
            ...(part ? { part } : {}),
            decidedOn: s.on,
          };
        });
        const again = evaluate(policy, s.input, {
          on: s.on,
          overrides: s.overrides,
          pastClaims: [...(s.pastClaims as never[]), ...past],
          confirmedChecks: s.confirmedChecks,
        });
        expect(again.outcome, `${s.name}: ${keys.join(',')}`).toBe('ineligible');
        expect(again.conditions.some((c) => c.conflicts?.some((p) => p.id.startsWith('EARLIER-')))).toBe(
          true,
        );
      }
    });
  }
});
