import { workCalendar } from '@minsheng/rules/engine/calendar.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classDays, completes, daysToComplete, preparationDurationProblem } from './classes.rules.ts';

describe('completion rule', () => {
  const arb = fc.record({
    days: fc.integer({ min: 0, max: 400 }),
    threshold: fc.integer({ min: 1, max: 100 }),
    attended: fc.integer({ min: 0, max: 500 }),
  });

  it('completes exactly from the smallest sufficient number of days upward', () => {
    fc.assert(
      fc.property(arb, ({ days, threshold, attended }) => {
        const need = daysToComplete(days, threshold);
        expect(completes(attended, days, threshold)).toBe(days > 0 && attended >= need);
      }),
    );
  });

  it('agrees with the exact ratio attended ÷ days ≥ threshold %, without rounding', () => {
    fc.assert(
      fc.property(arb, ({ days, threshold, attended }) => {
        fc.pre(days > 0);
        // compared as fractions: attended/days ≥ threshold/100
        expect(completes(attended, days, threshold)).toBe(attended * 100 >= threshold * days);
        expect(completes(attended + 1, days, threshold) || !completes(attended, days, threshold)).toBe(true);
      }),
    );
  });

  it('80 % of 20 days is 16 days; 15 is not enough', () => {
    expect(completes(16, 20, 80)).toBe(true);
    expect(completes(15, 20, 80)).toBe(false);
    expect(daysToComplete(5, 80)).toBe(4);
  });
});

describe('class days', () => {
  it('counts the working days of the official calendar, both ends included', () => {
    // a weekend has no class day; 28 Sep – 10 Oct 2026 has six: 28–30 Sep, 8–9 Oct and Saturday
    // 10 Oct (an adjusted working day), the National Day holiday 1–7 Oct none
    expect(classDays(workCalendar, '2026-11-02', '2026-11-27')).toBe(20);
    expect(classDays(workCalendar, '2026-11-02', '2026-11-02')).toBe(1);
    expect(classDays(workCalendar, '2026-11-07', '2026-11-08')).toBe(0);
    expect(classDays(workCalendar, '2026-09-28', '2026-10-10')).toBe(6);
  });
});

describe('labour preparation duration', () => {
  it('accepts 3 to 12 months and refuses shorter or longer', () => {
    expect(preparationDurationProblem('2026-03-01', '2026-05-31')).toBeNull();
    expect(preparationDurationProblem('2026-03-01', '2027-02-28')).toBeNull();
    expect(preparationDurationProblem('2026-03-01', '2026-05-30')).toContain('2026-05-31 至 2027-02-28');
    expect(preparationDurationProblem('2026-03-01', '2027-03-01')).not.toBeNull();
  });
});
