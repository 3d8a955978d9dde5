import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { addDays, type IsoDate, isIsoDate, isWeekend, parseIsoDate } from './dates.ts';
import { RulesError } from './errors.ts';

/** One year of the official holiday schedule: statutory holidays and adjusted working days. */
export interface CalendarYearData {
  year: number;
  source?: string;
  /** date → name (e.g. 春节) */
  holidays: Record<IsoDate, string>;
  /** adjusted working days (调休上班), date → reason */
  workdays: Record<IsoDate, string>;
}

/** What a day is on the official calendar, and why. */
export interface CalendarDay {
  date: IsoDate;
  working: boolean;
  /**
   * workday: an ordinary Monday–Friday; weekend: an ordinary Saturday or Sunday; holiday: a
   * statutory holiday or a rest day attached to it; adjusted_workday: a weekend worked (调休上班)
   */
  kind: 'workday' | 'weekend' | 'holiday' | 'adjusted_workday';
  /** the holiday's name, or the reason of an adjusted working day */
  name?: string;
}

export interface WorkCalendar {
  readonly years: readonly number[];
  coversYear(year: number): boolean;
  describeDay(date: IsoDate): CalendarDay;
  isWorkingDay(date: IsoDate): boolean;
  isHoliday(date: IsoDate): boolean;
  /** `date` itself when it is a working day, otherwise the next working day. */
  nextWorkingDay(date: IsoDate): IsoDate;
  /** The n-th working day after `start` (the start day is not counted). */
  addWorkingDays(start: IsoDate, n: number): IsoDate;
  /** Working days in (from, to]. */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  /**
   * Last day of a period of `days` calendar days counted from `start`: the start day is not
   * counted, and a period ending on a rest day or holiday ends on the next working day.
   */
  periodEnd(start: IsoDate, days: number): IsoDate;
  /** Whether `date` falls within `days` days of `start` (Chinese period rules, see periodEnd). */
  isWithinDays(start: IsoDate, days: number, date: IsoDate): boolean;
  /** Whether `date` falls within `n` working days after `start`. */
  isWithinWorkingDays(start: IsoDate, n: number, date: IsoDate): boolean;
  /**
   * The same calendar, except that a year with no published schedule counts Saturdays and Sundays
   * as rest days (and nothing else) and is reported through `onMissingYear`, so the caller can
   * flag the result as provisional instead of failing.
   */
  withMissingYearsAs(onMissingYear: (year: number) => void): WorkCalendar;
}

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

function loadChineseDays(): CalendarYearData[] {
  const require = createRequire(import.meta.url);
  const data = require('chinese-days/dist/chinese-days.json') as ChineseDaysData;
  const byYear = new Map<number, CalendarYearData>();
  const year = (date: string) => {
    const y = Number(date.slice(0, 4));
    let entry = byYear.get(y);
    if (!entry) {
      entry = { year: y, source: 'chinese-days', holidays: {}, workdays: {} };
      byYear.set(y, entry);
    }
    return entry;
  };
  for (const [date, name] of Object.entries(data.holidays))
    year(date).holidays[date] = name.split(',')[1] ?? name;
  for (const [date, name] of Object.entries(data.workdays))
    year(date).workdays[date] = name.split(',')[1] ?? name;
  return [...byYear.values()];
}

/** Parse the extra-years data file format (see calendar-extra.yaml). */
export function parseCalendarYears(source: string): CalendarYearData[] {
  const raw = (parse(source) ?? {}) as Record<string, unknown>;
  return Object.entries(raw).map(([key, value]) => {
    const year = Number(key);
    const v = (value ?? {}) as {
      source?: string;
      holidays?: Record<string, string>;
      workdays?: Record<string, string>;
    };
    for (const date of [...Object.keys(v.holidays ?? {}), ...Object.keys(v.workdays ?? {})]) {
      if (!isIsoDate(date) || Number(date.slice(0, 4)) !== year) {
        throw new RulesError('CALENDAR_DATA_INVALID', `日历数据错误：${key} 年中的日期 ${date} 无效`, {
          year: key,
          date,
        });
      }
    }
    return {
      year,
      ...(v.source ? { source: v.source } : {}),
      holidays: v.holidays ?? {},
      workdays: v.workdays ?? {},
    };
  });
}

const MAX_SCAN = 400;

export function createWorkCalendar(
  years: readonly CalendarYearData[],
  opts: { onMissingYear?: (year: number) => void } = {},
): WorkCalendar {
  const data = new Map<number, CalendarYearData>();
  for (const y of years) data.set(y.year, y);
  const yearData = (date: IsoDate): CalendarYearData => {
    const { year } = parseIsoDate(date);
    const entry = data.get(year);
    if (!entry && opts.onMissingYear) {
      opts.onMissingYear(year);
      return { year, holidays: {}, workdays: {} };
    }
    if (!entry) {
      throw new RulesError(
        'CALENDAR_YEAR_MISSING',
        `工作日历缺少 ${year} 年的节假日安排，请在 calendar-extra.yaml 中补充后再计算期限`,
        { year, date },
      );
    }
    return entry;
  };
  const describeDay = (date: IsoDate): CalendarDay => {
    const entry = yearData(date);
    const adjusted = entry.workdays[date];
    if (adjusted !== undefined) return { date, working: true, kind: 'adjusted_workday', name: adjusted };
    const holiday = entry.holidays[date];
    if (holiday !== undefined) return { date, working: false, kind: 'holiday', name: holiday };
    return isWeekend(date)
      ? { date, working: false, kind: 'weekend' }
      : { date, working: true, kind: 'workday' };
  };
  const isWorkingDay = (date: IsoDate): boolean => describeDay(date).working;
  const nextWorkingDay = (date: IsoDate): IsoDate => {
    let d = date;
    for (let i = 0; i < MAX_SCAN; i++) {
      if (isWorkingDay(d)) return d;
      d = addDays(d, 1);
    }
    throw new RulesError('CALENDAR_DATA_INVALID', `自 ${date} 起 ${MAX_SCAN} 天内没有工作日`, { date });
  };
  const addWorkingDays = (start: IsoDate, n: number): IsoDate => {
    if (!Number.isInteger(n) || n < 0)
      throw new RangeError(`working days must be a non-negative integer: ${n}`);
    let d = start;
    let left = n;
    while (left > 0) {
      d = addDays(d, 1);
      if (isWorkingDay(d)) left -= 1;
    }
    return d;
  };
  const periodEnd = (start: IsoDate, days: number): IsoDate => nextWorkingDay(addDays(start, days));
  return {
    years: [...data.keys()].sort((a, b) => a - b),
    coversYear: (year) => data.has(year),
    describeDay,
    isWorkingDay,
    isHoliday: (date) => date in yearData(date).holidays,
    nextWorkingDay,
    addWorkingDays,
    workingDaysBetween(from, to) {
      let count = 0;
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) count += 1;
      return count;
    },
    periodEnd,
    isWithinDays: (start, days, date) => date >= start && date <= periodEnd(start, days),
    isWithinWorkingDays: (start, n, date) => date >= start && date <= addWorkingDays(start, n),
    withMissingYearsAs: (onMissingYear) => createWorkCalendar(years, { onMissingYear }),
  };
}

/**
 * The calendar counting years without a schedule on weekends alone (see `withMissingYearsAs`),
 * and the years it had to do so for, so a result can be shown or stored as provisional.
 */
export function trackMissingYears(calendar: WorkCalendar) {
  const missing = new Set<number>();
  return {
    calendar: calendar.withMissingYearsAs((year) => missing.add(year)),
    /** the years without a schedule the calendar was asked about so far, ascending */
    provisionalYears: () => [...missing].sort((a, b) => a - b),
  };
}

function loadExtraYears(): CalendarYearData[] {
  return parseCalendarYears(readFileSync(new URL('./calendar-extra.yaml', import.meta.url), 'utf8'));
}

/** chinese-days data, with years from calendar-extra.yaml replacing or adding whole years. */
export function defaultCalendarYears(): CalendarYearData[] {
  const merged = new Map<number, CalendarYearData>();
  for (const y of loadChineseDays()) merged.set(y.year, y);
  for (const y of loadExtraYears()) merged.set(y.year, y);
  return [...merged.values()];
}

/** The default calendar (chinese-days + calendar-extra.yaml). Years outside the data throw CALENDAR_YEAR_MISSING. */
export const workCalendar: WorkCalendar = createWorkCalendar(defaultCalendarYears());
