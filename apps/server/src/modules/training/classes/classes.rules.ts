import type { WorkCalendar } from '@minsheng/rules/engine/calendar.ts';
import { addDays, addMonths, compareDates } from '@minsheng/rules/engine/dates.ts';
import type { TrainingProgramme } from './classes.schema.ts';

/**
 * Pure rules of a training class: its days on the official calendar, the labour-preparation
 * duration, and whether a trainee completed it. No database, no clock.
 */

export const programmeLabels: Record<TrainingProgramme, string> = {
  skills_reemployment: '技能再就业培训',
  entrepreneurship: '创业培训',
  labour_preparation: '劳动预备制培训',
  order_training: '订单（定向）培训',
};

/**
 * The class's days: the working days from `startsOn` to `endsOn`, both included, on the platform's
 * official calendar (weekends, statutory holidays and adjusted working days as published). A class
 * meets on working days, so its attendance is counted against them; a trainee signing in on a rest
 * day adds an attended day, which may bring the share above 100 % but never lowers anyone's.
 */
export const classDays = (calendar: WorkCalendar, startsOn: string, endsOn: string): number =>
  calendar.workingDaysBetween(addDays(startsOn, -1), endsOn);

/**
 * Completion (结业): attended days ÷ class days reaches the threshold. Integer arithmetic
 * (attended × 100 ≥ threshold × days), so 80 % of 5 days is exactly 4 days, with no rounding.
 * A class with no working day cannot be completed by anyone.
 */
export const completes = (attendedDays: number, days: number, thresholdPercent: number): boolean =>
  days > 0 && attendedDays * 100 >= thresholdPercent * days;

/** The smallest number of attended days that completes a class. */
export const daysToComplete = (days: number, thresholdPercent: number): number =>
  Math.ceil((thresholdPercent * days) / 100);

/** 劳动预备制培训: "实行3个月以上、12个月以内的预备制培训" (关于进一步做好促进就业工作的实施意见 四(四)). */
export const LABOUR_PREPARATION = { minMonths: 3, maxMonths: 12, clause: '四(四)' } as const;

/**
 * Why a labour-preparation class's dates do not fit 3–12 months, or null. A class from 1 March to
 * 31 May lasts 3 months (the last day is the day before the same date 3 months on).
 */
export function preparationDurationProblem(startsOn: string, endsOn: string): string | null {
  const shortest = addDays(addMonths(startsOn, LABOUR_PREPARATION.minMonths), -1);
  const longest = addDays(addMonths(startsOn, LABOUR_PREPARATION.maxMonths), -1);
  if (compareDates(endsOn, shortest) >= 0 && compareDates(endsOn, longest) <= 0) return null;
  return `劳动预备制培训期限应为3个月以上、12个月以内（《关于进一步做好促进就业工作的实施意见》${LABOUR_PREPARATION.clause}），本班结束日期应在 ${shortest} 至 ${longest} 之间`;
}
