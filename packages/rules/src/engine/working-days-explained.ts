import { type CalendarDay, trackMissingYears, type WorkCalendar } from './calendar.ts';
import { addDays, type IsoDate } from './dates.ts';

/**
 * The answers of the working-day calculators (办事工具, `minsheng workdays`) with their reasons:
 * which days were skipped (weekends, named holidays) or counted although on a weekend (调休上班),
 * and which years had no published schedule and were counted on weekends alone.
 */
interface Answer {
  start: IsoDate;
  end: IsoDate;
  /** years without a schedule in the calendar: their weekends only were skipped */
  provisionalYears: number[];
}

export interface WorkingDaysAnswer extends Answer {
  workingDays: number;
  /** the days between start (exclusive) and end (inclusive) that are not ordinary weekdays */
  notable: CalendarDay[];
}

export interface PeriodEndAnswer extends Answer {
  days: number;
  /** start + days, before moving off a rest day */
  nominalEnd: IsoDate;
  /** the rest days the end moved over (节假日顺延), in order */
  postponedOver: CalendarDay[];
}

function notableDays(cal: WorkCalendar, start: IsoDate, end: IsoDate): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (let d = addDays(start, 1); d <= end; d = addDays(d, 1)) {
    const day = cal.describeDay(d);
    if (day.kind !== 'workday') days.push(day);
  }
  return days;
}

/** The n-th working day after `start` (the start day not counted), with the days skipped on the way. */
export function explainAddWorkingDays(calendar: WorkCalendar, start: IsoDate, n: number): WorkingDaysAnswer {
  const { calendar: cal, provisionalYears } = trackMissingYears(calendar);
  const end = cal.addWorkingDays(start, n);
  return {
    start,
    workingDays: n,
    end,
    notable: notableDays(cal, start, end),
    provisionalYears: provisionalYears(),
  };
}

/**
 * The last day of a period of `days` calendar days from `start` under the Civil Code (第二百零一条、
 * 第二百零三条: the start day is not counted; a last day on a rest day or holiday moves to the next
 * working day), with the days the end moved over.
 */
export function explainPeriodEnd(calendar: WorkCalendar, start: IsoDate, days: number): PeriodEndAnswer {
  const { calendar: cal, provisionalYears } = trackMissingYears(calendar);
  const nominalEnd = addDays(start, days);
  const end = cal.periodEnd(start, days);
  return {
    start,
    days,
    nominalEnd,
    end,
    postponedOver: notableDays(cal, addDays(nominalEnd, -1), addDays(end, -1)),
    provisionalYears: provisionalYears(),
  };
}
