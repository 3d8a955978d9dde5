import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessTowns, newEmploymentCount, scoreRelativeToBest } from './scoring.ts';

describe('Feicheng relative-to-best scoring', () => {
  it('gives the best town full points and the others their percentage of the best', () => {
    expect(scoreRelativeToBest({ 王瓜店: '1200', 仪阳: '900', 边院: '400' }, '20')).toEqual({
      王瓜店: '20.00',
      仪阳: '15.00',
      边院: '6.67',
    });
  });

  it('gives zero to everyone when nobody achieved anything, and never negative points', () => {
    expect(scoreRelativeToBest({ a: '0', b: '0' }, '10')).toEqual({ a: '0.00', b: '0.00' });
  });

  it('counts new employment as new jobs minus natural attrition plus re-employed', () => {
    expect(newEmploymentCount({ newlyEmployed: 500, naturalAttrition: 120, reemployed: 80 })).toBe(460);
  });

  it('sums indicators, treats a missing value as zero and shares ranks on equal totals', () => {
    const result = assessTowns({
      indicators: [
        { id: 'new_employment', maxPoints: '30', values: { A: '300', B: '150', C: '300', D: '150' } },
        { id: 'insurance_expansion', maxPoints: '20', values: { A: '50', B: '100', D: '100' } },
      ],
    });
    expect(result).toEqual([
      {
        town: 'A',
        points: { new_employment: '30.00', insurance_expansion: '10.00' },
        total: '40.00',
        rank: 1,
      },
      {
        town: 'B',
        points: { new_employment: '15.00', insurance_expansion: '20.00' },
        total: '35.00',
        rank: 2,
      },
      {
        town: 'D',
        points: { new_employment: '15.00', insurance_expansion: '20.00' },
        total: '35.00',
        rank: 2,
      },
      {
        town: 'C',
        points: { new_employment: '30.00', insurance_expansion: '0.00' },
        total: '30.00',
        rank: 4,
      },
    ]);
  });

  it('never gives anyone more than the full points and always gives someone the full points', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }),
        (raw) => {
          const values = Object.fromEntries(raw.map((v, i) => [`t${i}`, String(v)]));
          const points = Object.values(scoreRelativeToBest(values, '25')).map(Number);
          expect(Math.max(...points)).toBe(raw.some((v) => v > 0) ? 25 : 0);
          expect(points.every((p) => p >= 0 && p <= 25)).toBe(true);
        },
      ),
    );
  });
});
