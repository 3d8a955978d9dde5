import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../catalogue.ts';
import { loadScenarios, runScenario } from '../engine/scenario.ts';

const root = new URL('./', import.meta.url);
const found = (readdirSync(root, { recursive: true }) as string[])
  .filter((f) => f.endsWith('tests.yaml'))
  .map((f) => new URL(f, root).href);

describe('scenario files', () => {
  it('every tests.yaml belongs to a catalogue policy', () => {
    const dirs = new Set(catalogue.map((e) => new URL('tests.yaml', e.dir).href));
    expect(found.filter((f) => !dirs.has(f))).toEqual([]);
  });

  it('every catalogue policy ships a tests.yaml with scenarios', () => {
    for (const e of catalogue) {
      const file = new URL('tests.yaml', e.dir);
      expect(existsSync(file), fileURLToPath(file)).toBe(true);
    }
  });
});

for (const { policy, dir } of catalogue) {
  const file = new URL('tests.yaml', dir);
  if (!existsSync(file)) continue;
  describe(`${policy.id} (${policy.name})`, () => {
    const scenarios = loadScenarios(file);
    it('has scenarios that fail at least one condition each', () => {
      const ids = new Set(policy.conditions.map((c) => c.id));
      const failedSomewhere = new Set<string>();
      for (const s of scenarios)
        for (const id of runScenario(policy, s).result?.failed ?? []) failedSomewhere.add(id);
      expect([...ids].filter((id) => !failedSomewhere.has(id))).toEqual([]);
    });
    for (const scenario of scenarios) {
      it(scenario.name, () => {
        const { mismatches } = runScenario(policy, scenario);
        expect(mismatches).toEqual([]);
      });
    }
  });
}
