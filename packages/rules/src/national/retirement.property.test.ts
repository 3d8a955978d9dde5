import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../engine/dates.ts';
import { type RetirementCategory, statutoryRetirement } from './retirement.ts';

const BOUNDS: Record<RetirementCategory, [number, number]> = {
  male: [720, 756],
  female_cadre: [660, 696],
  female_worker: [600, 660],
};

const birth = fc
  .record({ y: fc.integer({ min: 1940, max: 2000 }), m: fc.integer({ min: 1, max: 12 }) })
  .map(({ y, m }) => formatDate(y, m, 15));
const category = fc.constantFrom<RetirementCategory>('male', 'female_cadre', 'female_worker');

describe('statutoryRetirement properties', () => {
  it('stays between the original and the final age and never decreases for later births', () => {
    fc.assert(
      fc.property(birth, birth, category, (a, b, c) => {
        const ra = statutoryRetirement(a, c);
        const rb = statutoryRetirement(b, c);
        const [lo, hi] = BOUNDS[c];
        expect(ra.totalMonths).toBeGreaterThanOrEqual(lo);
        expect(ra.totalMonths).toBeLessThanOrEqual(hi);
        if (a <= b) {
          expect(ra.totalMonths).toBeLessThanOrEqual(rb.totalMonths);
          expect(ra.retirementMonth <= rb.retirementMonth).toBe(true);
        }
      }),
    );
  });
});
