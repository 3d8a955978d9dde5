import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kernelsFor } from '../../batch-kernels.ts';
import { catalogue } from '../../catalogue.ts';
import { rowAt } from '../batch.ts';
import { isRulesError } from '../errors.ts';
import { type EvaluationResult, evaluate } from '../evaluate.ts';
import { compileBatch } from './compile.ts';
import { populationArbitrary } from './populations.ts';
import { toBatchResult } from './result.ts';

describe('compileBatch', () => {
  for (const { policy, dir } of catalogue) {
    it(`decides every person as evaluate() does: ${policy.id}`, () => {
      fc.assert(
        fc.property(populationArbitrary(policy, dir), (population) => {
          const { on, overrides, columns, pastClaims, confirmedChecks } = population;
          const expected = pastClaims.map((claims, i) => {
            try {
              const options = { on, overrides, pastClaims: claims, confirmedChecks: confirmedChecks[i]! };
              return { single: evaluate(policy, rowAt(columns, i), options), error: null };
            } catch (e) {
              if (!isRulesError(e)) return { crash: (e as Error).message };
              return { single: undefined, error: { code: e.code, message: e.message } };
            }
          });
          const compiled = compileBatch(policy, { on, overrides, kernels: kernelsFor(policy.id) });
          const run = () => toBatchResult(compiled.run(columns, { pastClaims, confirmedChecks }));
          // malformed input is a RulesError (POLICY_INPUT_INVALID), never a crash of the rules
          expect(expected.find((e) => 'crash' in e)).toBeUndefined();
          expect(run).not.toThrow();
          const result = compiled.run(columns, { pastClaims, confirmedChecks });
          expect(result.mode).toBe(kernelsFor(policy.id) ? 'columns' : 'rows');
          const batch = toBatchResult(result);
          for (let i = 0; i < batch.size; i++) {
            const { single, error } = expected[i] as { single?: EvaluationResult; error: unknown };
            const row = {
              error: batch.errors[i],
              outcome: batch.outcome[i],
              failed: batch.failed[i],
              amounts: Object.fromEntries(policy.amounts.map((a) => [a.id, batch.amounts[a.id]![i]])),
            };
            expect(row, `row ${i}`).toEqual({
              error,
              outcome: single?.outcome ?? null,
              failed: single?.failed ?? [],
              amounts: Object.fromEntries(policy.amounts.map((a) => [a.id, single?.amounts[a.id] ?? null])),
            });
          }
        }),
        { numRuns: 40 },
      );
    });
  }
});
