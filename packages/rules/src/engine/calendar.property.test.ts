import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workCalendar } from './calendar.ts';
import { addDays } from './dates.ts';

const day = fc.integer({ min: 0, max: 365 * 2 }).map((n) => addDays('2024-01-01', n));

describe('workCalendar properties', () => {
  it('addWorkingDays lands on a working day exactly n working days later', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 40 }), (start, n) => {
        const end = workCalendar.addWorkingDays(start, n);
        expect(workCalendar.isWorkingDay(end)).toBe(true);
        expect(workCalendar.workingDaysBetween(start, end)).toBe(n);
        expect(workCalendar.workingDaysBetween(start, addDays(end, -1))).toBe(n - 1);
      }),
    );
  });

  it('periodEnd is a working day no earlier than the plain end date, with only rest days between', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 90 }), (start, n) => {
        const plain = addDays(start, n);
        const end = workCalendar.periodEnd(start, n);
        expect(end >= plain).toBe(true);
        expect(workCalendar.isWorkingDay(end)).toBe(true);
        for (let d = plain; d < end; d = addDays(d, 1)) expect(workCalendar.isWorkingDay(d)).toBe(false);
      }),
    );
  });
});
