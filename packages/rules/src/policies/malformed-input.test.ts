import { describe, expect, it } from 'vitest';
import { catalogue } from '../catalogue.ts';
import { isRulesError } from '../engine/errors.ts';
import { evaluate } from '../engine/evaluate.ts';
import { policyExamples } from '../examples.ts';

type Json = unknown;

/** Every copy of `input` with one leaf (string, number or boolean) replaced by `value`. */
function withOneLeafReplaced(input: Json, value: Json): Json[] {
  if (Array.isArray(input))
    return input.flatMap((item, i) => withOneLeafReplaced(item, value).map((v) => input.with(i, v)));
  if (input !== null && typeof input === 'object')
    return Object.entries(input).flatMap(([key, item]) =>
      withOneLeafReplaced(item, value).map((v) => ({ ...input, [key]: v })),
    );
  return [value];
}

// A malformed value in an application (a period start of "x") must be reported as invalid input
// with the field's message, never crash a cross-field comparison (found by the compiled-batch
// property test in credit-community and tax-fee-relief).
describe('every policy reports a malformed field as invalid input', () => {
  for (const { policy } of catalogue) {
    it(policy.id, () => {
      for (const example of policyExamples(policy.id).slice(0, 2)) {
        for (const bad of ['x', -1, '']) {
          for (const input of withOneLeafReplaced(example.input, bad)) {
            try {
              evaluate(policy, input, { on: example.on });
            } catch (e) {
              expect(isRulesError(e), `${example.name}: ${(e as Error).message}`).toBe(true);
            }
          }
        }
      }
    });
  }
});
