import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planDecision, type ReviewOutcome, YuanInput, yuanInputToFen } from './plan-rules.ts';

const MAX_FEN = 999_999_999_99;

describe('yuan as typed to fen', () => {
  it('gives back the fen of every amount written with two, one or no decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_FEN }), (fen) => {
        const yuan = Math.floor(fen / 100);
        const cents = String(fen % 100).padStart(2, '0');
        const forms = [`${yuan}.${cents}`];
        if (cents.endsWith('0')) forms.push(`${yuan}.${cents[0]}`);
        if (cents === '00') forms.push(String(yuan));
        for (const f of forms) {
          expect(YuanInput.safeParse(f).success).toBe(true);
          expect(yuanInputToFen(f)).toBe(fen);
        }
      }),
    );
  });

  it('refuses what the input schema refuses: three decimals, signs, exponents, empty', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), (s) => {
        const accepted = YuanInput.safeParse(s).success;
        if (!accepted) expect(() => yuanInputToFen(s)).toThrow(RangeError);
      }),
    );
    for (const bad of ['1.001', '-1', '1e3', '', '.5', '1000000000'])
      expect(YuanInput.safeParse(bad).success).toBe(false);
  });
});

const review = fc.record({
  feasible: fc.option(fc.boolean(), { nil: null }),
  reviewedOn: fc.option(
    fc.integer({ min: 1, max: 28 }).map((d) => `2026-03-${String(d).padStart(2, '0')}`),
    { nil: null },
  ),
}) as fc.Arbitrary<ReviewOutcome>;

describe('the plan decision', () => {
  it('approves exactly when an answered review finds the plan feasible, on the first such date', () => {
    fc.assert(
      fc.property(fc.array(review, { maxLength: 6 }), (reviews) => {
        const answered = reviews.filter((r) => r.feasible !== null && r.reviewedOn !== null);
        const d = planDecision(reviews);
        const yes = answered.filter((r) => r.feasible).map((r) => r.reviewedOn!);
        if (yes.length > 0) expect(d).toEqual({ status: 'approved', decidedOn: [...yes].sort()[0] });
        else if (answered.length > 0) expect(d.status).toBe('revise');
        else expect(d).toEqual({ status: 'submitted', decidedOn: null });
      }),
    );
  });

  it('does not depend on the order the reviews are listed in', () => {
    fc.assert(
      fc.property(fc.array(review, { maxLength: 6 }), (reviews) => {
        expect(planDecision([...reviews].reverse())).toEqual(planDecision(reviews));
      }),
    );
  });
});
