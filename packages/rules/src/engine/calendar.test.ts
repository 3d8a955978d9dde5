import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createWorkCalendar, defaultCalendarYears, parseCalendarYears, workCalendar } from './calendar.ts';
import { addDays } from './dates.ts';
import { isRulesError } from './errors.ts';

/**
 * chinese-days' own answer for each day. The library reads a date string in the machine's time
 * zone (ours reads its data file and needs none), so it is asked in a process in the zone it was
 * written for, whatever zone the suite runs in.
 */
function chineseDaysWorkdays(days: string[]): boolean[] {
  const script =
    "const cd = require('chinese-days'); const days = JSON.parse(process.argv[1]);" +
    'process.stdout.write(JSON.stringify(days.map((d) => cd.isWorkday(d))));';
  const out = execFileSync(process.execPath, ['-e', script, JSON.stringify(days)], {
    env: { ...process.env, TZ: 'Asia/Shanghai' },
    cwd: new URL('.', import.meta.url),
  });
  return JSON.parse(out.toString()) as boolean[];
}

describe('workCalendar', () => {
  it('agrees with chinese-days on every day it covers', () => {
    const days: string[] = [];
    for (let d = '2024-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) days.push(d);
    const theirs = chineseDaysWorkdays(days);
    for (const [i, d] of days.entries()) expect(workCalendar.isWorkingDay(d), d).toBe(theirs[i]);
  });

  it('knows holidays and adjusted working days', () => {
    expect(workCalendar.isWorkingDay('2026-10-01')).toBe(false);
    expect(workCalendar.isHoliday('2026-10-01')).toBe(true);
    expect(workCalendar.isWorkingDay('2026-02-14')).toBe(true); // Saturday worked for the Spring Festival
    expect(workCalendar.isWorkingDay('2026-03-07')).toBe(false); // ordinary Saturday
  });

  it('adds working days skipping weekends and holidays', () => {
    // 2026-09-30 Wed; National Day holiday 10-01..10-07, adjusted working day 2026-10-10 (Sat)
    expect(workCalendar.addWorkingDays('2026-09-30', 1)).toBe(workCalendar.nextWorkingDay('2026-10-01'));
    expect(workCalendar.addWorkingDays('2026-03-02', 5)).toBe('2026-03-09');
    expect(workCalendar.workingDaysBetween('2026-03-02', '2026-03-09')).toBe(5);
  });

  it('ends a period that falls on a rest day on the next working day, start day not counted', () => {
    // 60 days after 2026-03-02 is 2026-05-01 (Labour Day holiday) → next working day
    const end = workCalendar.periodEnd('2026-03-02', 60);
    expect(end > '2026-05-01').toBe(true);
    expect(workCalendar.isWorkingDay(end)).toBe(true);
    expect(workCalendar.isWithinDays('2026-03-02', 60, end)).toBe(true);
    expect(workCalendar.isWithinDays('2026-03-02', 60, addDays(end, 1))).toBe(false);
    // an ordinary end date on a working day is not moved
    expect(workCalendar.periodEnd('2026-03-04', 60)).toBe('2026-05-06');
    expect(workCalendar.isWithinWorkingDays('2026-03-02', 5, '2026-03-09')).toBe(true);
    expect(workCalendar.isWithinWorkingDays('2026-03-02', 5, '2026-03-10')).toBe(false);
  });

  it('refuses to guess for a year without holiday data', () => {
    try {
      workCalendar.isWorkingDay('2031-05-01');
      expect.unreachable();
    } catch (error) {
      expect(isRulesError(error, 'CALENDAR_YEAR_MISSING')).toBe(true);
    }
  });

  it('accepts extra years from the data-file format', () => {
    const extra = parseCalendarYears(`
2031:
  source: test
  holidays: { 2031-05-01: 劳动节, 2031-05-02: 劳动节 }
  workdays: { 2031-05-10: 劳动节调休 }
`);
    const calendar = createWorkCalendar([...defaultCalendarYears(), ...extra]);
    expect(calendar.isWorkingDay('2031-05-01')).toBe(false);
    expect(calendar.isWorkingDay('2031-05-10')).toBe(true);
    expect(calendar.coversYear(2031)).toBe(true);
    expect(() => parseCalendarYears('2031:\n  holidays: { 2030-01-01: x }')).toThrow();
  });
});
