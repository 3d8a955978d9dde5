import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageOn, daysBetween, earlierDate, isIsoDate, monthsBetween } from './dates.ts';

describe('dates', () => {
  it('validates ISO dates including leap days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-2-1')).toBe(false);
  });

  it('adds days, months and counts days', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(daysBetween('2026-03-02', '2026-05-01')).toBe(60);
    expect(monthsBetween('2024-06', '2026-01')).toBe(19);
  });

  it('computes full years of age', () => {
    expect(ageOn('1986-03-15', '2026-03-14')).toBe(39);
    expect(ageOn('1986-03-15', '2026-03-15')).toBe(40);
    expect(ageOn('2004-02-29', '2026-02-28')).toBe(21);
    expect(ageOn('2004-02-29', '2026-03-01')).toBe(22);
  });
});

describe('earlierDate', () => {
  it('picks the earlier of two dates whatever their order', () => {
    expect(earlierDate('2026-12-25', '2026-10-20')).toBe('2026-10-20');
    expect(earlierDate('2026-10-20', '2026-12-25')).toBe('2026-10-20');
    expect(earlierDate('2027-01-01', '2027-01-01')).toBe('2027-01-01');
  });
});
