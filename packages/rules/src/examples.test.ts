import { describe, expect, it } from 'vitest';
import { getPolicy, listPolicies } from './catalogue.ts';
import { evaluate } from './engine/evaluate.ts';
import { policyExamples } from './examples.ts';

describe('policy examples', () => {
  it('gives every catalogued policy at least one example that evaluates without error', () => {
    for (const p of listPolicies()) {
      const examples = policyExamples(p.id);
      expect(examples.length, p.id).toBeGreaterThan(0);
      const first = examples[0]!;
      const result = evaluate(getPolicy(p.id)!, first.input, {
        on: first.on,
        pastClaims: first.pastClaims as never,
        confirmedChecks: first.confirmedChecks,
      });
      expect(['eligible', 'ineligible', 'needs_review']).toContain(result.outcome);
    }
  });

  it('answers an unknown policy with no examples', () => {
    expect(policyExamples('no.such')).toEqual([]);
  });
});
