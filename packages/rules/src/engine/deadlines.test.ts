import { describe, expect, it } from 'vitest';
import { workCalendar } from './calendar.ts';
import { dueDate } from './deadlines.ts';
import type { TimeLimit } from './policy.ts';

const limit = (over: Partial<TimeLimit>): TimeLimit => ({
  id: 'x',
  label: 'x',
  unit: 'days',
  amount: 60,
  from: 'x',
  clause: 'x',
  holidayPostponement: true,
  ...over,
});

describe('dueDate', () => {
  it('postpones a calendar-day period ending on a holiday', () => {
    expect(dueDate(limit({}), '2026-03-02', workCalendar)).toBe('2026-05-06');
    expect(dueDate(limit({ holidayPostponement: false }), '2026-03-02', workCalendar)).toBe('2026-05-01');
  });

  it('counts working days across the National Day holiday', () => {
    // 2026-09-30 (Wed) + 8 working days: 10-01..10-07 holiday; 10-08, 10-09, 10-10 (Sat, adjusted), 10-12..10-16
    const due = dueDate(limit({ unit: 'working_days', amount: 8 }), '2026-09-30', workCalendar);
    expect(due).toBe('2026-10-16');
    expect(workCalendar.workingDaysBetween('2026-09-30', due)).toBe(8);
  });

  it('finds the next monthly cut-off day', () => {
    const cutoff = limit({ unit: 'day_of_month', amount: 15 });
    expect(dueDate(cutoff, '2026-03-15', workCalendar)).toBe('2026-03-15');
    expect(dueDate(cutoff, '2026-03-16', workCalendar)).toBe('2026-04-15');
    expect(dueDate(cutoff, '2026-12-20', workCalendar)).toBe('2027-01-15');
  });
});
