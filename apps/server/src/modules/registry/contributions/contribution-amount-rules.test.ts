import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contributionAmountViolations, MAX_BASE_FEN, rateCeilings } from './contribution-amount-rules.ts';

const kinds = Object.keys(rateCeilings);
const record = (over: Partial<Parameters<typeof contributionAmountViolations>[0]> = {}) => ({
  kind: 'pension',
  employerId: 'e1',
  baseFen: 450_000,
  personalFen: 36_000,
  unitFen: 72_000,
  ...over,
});

describe('contributionAmountViolations', () => {
  it('accepts every record whose parts are within the statutory rates of its kind', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.integer({ min: 0, max: MAX_BASE_FEN }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (kind, baseFen, p, u) => {
          const c = rateCeilings[kind]!;
          const personalFen = Math.round((baseFen * c.personal * p) / 10_000);
          const unitFen = Math.round((baseFen * c.unit * u) / 10_000);
          return (
            contributionAmountViolations({ kind, employerId: 'e', baseFen, personalFen, unitFen }).length ===
            0
          );
        },
      ),
    );
  });

  it('refuses a personal part with a slipped digit, naming the base and the rate', () => {
    expect(contributionAmountViolations(record({ personalFen: 360_000 }))).toEqual([
      { path: 'personalFen', message: '个人缴费金额 3600.00 元超过缴费基数 4500.00 元的 8%' },
    ]);
  });

  it('refuses a personal part of work-injury insurance, which employers alone pay', () => {
    const v = contributionAmountViolations(record({ kind: 'injury', personalFen: 5_000, unitFen: 4_500 }));
    expect(v.map((x) => x.path)).toEqual(['personalFen']);
  });

  it('lets a flexible worker pay both parts personally', () => {
    expect(
      contributionAmountViolations(record({ employerId: null, personalFen: 90_000, unitFen: 0 })),
    ).toEqual([]);
    expect(
      contributionAmountViolations(record({ employerId: null, personalFen: 130_000, unitFen: 0 }))[0]
        ?.message,
    ).toMatch(/灵活就业/);
  });

  it('refuses a base above 100 000 yuan a month and negative or fractional amounts', () => {
    expect(contributionAmountViolations(record({ baseFen: MAX_BASE_FEN + 1 }))[0]?.path).toBe('baseFen');
    expect(contributionAmountViolations(record({ unitFen: -1 }))[0]?.message).toBe(
      '单位缴费金额须为不小于 0 的金额（以分计的整数）',
    );
    expect(contributionAmountViolations(record({ baseFen: 1.5 }))[0]?.path).toBe('baseFen');
  });

  it('bounds a kind the city added to the dictionary by half of the base', () => {
    expect(
      contributionAmountViolations(record({ kind: 'maternity', personalFen: 0, unitFen: 4_500 })),
    ).toEqual([]);
    expect(contributionAmountViolations(record({ kind: 'maternity', unitFen: 300_000 }))).toHaveLength(1);
  });
});
