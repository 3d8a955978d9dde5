import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarYearData } from './calendar.ts';
import { defaultCalendarYears } from './calendar.ts';
import { calendarYearProblems, MAX_HOLIDAYS } from './calendar-year-check.ts';
import { addDays, isWeekend } from './dates.ts';

/** The State Council's 2027 schedule as a bureau would enter it (国办发明电〔2026〕号, test data). */
const year2027: CalendarYearData = {
  year: 2027,
  holidays: {
    '2027-01-01': '元旦',
    '2027-02-06': '春节',
    '2027-02-07': '春节',
    '2027-02-08': '春节',
    '2027-10-01': '国庆节',
    '2027-10-02': '国庆节',
  },
  workdays: { '2027-02-20': '春节调休' },
};

const day2027 = fc.integer({ min: 0, max: 364 }).map((n) => addDays('2027-01-01', n));

describe('calendarYearProblems', () => {
  it('accepts every year of the packaged data', () => {
    for (const year of defaultCalendarYears())
      expect(calendarYearProblems(year), String(year.year)).toEqual([]);
  });

  it('accepts a well-formed schedule', () => {
    expect(calendarYearProblems(year2027)).toEqual([]);
  });

  it('refuses a date of another year or no date at all', () => {
    const wrong = {
      ...year2027,
      holidays: { ...year2027.holidays, '2028-01-01': '元旦', '2027-02-30': '春节' },
    };
    expect(calendarYearProblems(wrong)).toEqual([
      '节假日 2028-01-01 不在 2027 年内',
      '节假日 2027-02-30 不是有效日期（应为 YYYY-MM-DD）',
    ]);
  });

  it('refuses a day that is both a holiday and an adjusted working day', () => {
    const both = { ...year2027, workdays: { '2027-02-06': '春节调休' } };
    expect(calendarYearProblems(both)).toEqual(['2027-02-06 不能既是节假日又是调休上班日']);
  });

  it('refuses an adjusted working day on a weekday, whatever the weekday', () => {
    fc.assert(
      fc.property(day2027, (date) => {
        fc.pre(!(date in year2027.holidays));
        const problems = calendarYearProblems({ ...year2027, workdays: { [date]: '调休' } });
        expect(problems.some((p) => p.includes('不是周六或周日'))).toBe(!isWeekend(date));
      }),
    );
  });

  it('refuses more holidays than any year has', () => {
    const holidays: Record<string, string> = { ...year2027.holidays };
    for (let d = '2027-03-01'; Object.keys(holidays).length <= MAX_HOLIDAYS; d = addDays(d, 1))
      holidays[d] = '假期';
    expect(calendarYearProblems({ ...year2027, holidays })).toEqual([
      `节假日共 ${MAX_HOLIDAYS + 1} 天，超过 ${MAX_HOLIDAYS} 天，请核对是否误录`,
    ]);
  });

  it('requires the Spring Festival and National Day', () => {
    const { '2027-10-01': _a, '2027-10-02': _b, ...noNationalDay } = year2027.holidays;
    expect(calendarYearProblems({ ...year2027, holidays: noNationalDay })).toEqual([
      '缺少国庆节假期（每年的安排都包括国庆节）',
    ]);
  });

  it('requires every day to be named', () => {
    const unnamed = { ...year2027, workdays: { '2027-02-20': '  ' } };
    expect(calendarYearProblems(unnamed)).toEqual(['调休上班日 2027-02-20 未填写名称']);
  });
});
