import { describe, expect, it } from 'vitest';
import { catalogue } from '../catalogue.ts';
import { checkCoverage, loadParameters } from '../engine/parameters.ts';

describe('parameter coverage', () => {
  for (const { policy, dir } of catalogue) {
    it(`${policy.id}: every parameter it uses is defined over its whole validity`, () => {
      expect(
        checkCoverage(policy.parameters, policy.usesParameters, policy.validity.from, policy.validity.to),
      ).toEqual([]);
    });
    it(`${policy.id}: declares every parameter its own parameters.yaml defines`, () => {
      const own = loadParameters(new URL('parameters.yaml', dir));
      expect(Object.keys(own).filter((n) => !policy.usesParameters.includes(n))).toEqual([]);
    });
  }
});
