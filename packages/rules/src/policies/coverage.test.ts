import { describe, expect, it } from 'vitest';
import { catalogue } from '../catalogue.ts';
import { checkCoverage } from '../engine/parameters.ts';

describe('parameter coverage', () => {
  for (const { policy } of catalogue) {
    it(`${policy.id}: every parameter it uses is defined over its whole validity`, () => {
      expect(
        checkCoverage(policy.parameters, policy.usesParameters, policy.validity.from, policy.validity.to),
      ).toEqual([]);
    });
    it(`${policy.id}: declares every parameter its parameters.yaml defines`, () => {
      expect(Object.keys(policy.parameters).filter((n) => !policy.usesParameters.includes(n))).toEqual([]);
    });
  }
});
