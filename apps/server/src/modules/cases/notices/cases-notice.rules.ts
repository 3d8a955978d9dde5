import type { WorkCalendar } from '@minsheng/rules/engine/calendar.ts';
import { addDays, daysBetween, type IsoDate } from '@minsheng/rules/engine/dates.ts';

/**
 * Pure rules of the public notice (公示): masking what the notice shows, the length of the notice
 * period, and when a notice may close. No database, no clock: "today" is always an argument.
 */

/**
 * 张*三: the first and last characters stay, everything between becomes one star each; a
 * two-character name keeps its surname (张*); a one-character name is shown as a star. Counts code
 * points, so names with characters outside the BMP (𠮷) are masked like any other. The middle dot
 * of minority names (阿依古丽·买买提) is masked too: it would give away the name's shape. ID numbers
 * appear in the registry's masked form (first four and last four characters, birth date hidden).
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** How long a policy requires its notice to run: calendar days or working days (公示期). */
export interface NoticePeriodRule {
  unit: 'days' | 'working_days';
  amount: number;
}

/**
 * Days the notice covers, counting both its first and last day (a notice "2026-10-09 至
 * 2026-10-15" covers five working days): that is how a 公示期 of N days is read in notices.
 */
export function noticeLength(
  rule: NoticePeriodRule,
  startOn: IsoDate,
  endOn: IsoDate,
  calendar: WorkCalendar,
) {
  if (endOn < startOn) return 0;
  if (rule.unit === 'days') return daysBetween(startOn, endOn) + 1;
  return calendar.workingDaysBetween(addDays(startOn, -1), endOn);
}

/** The earliest end date that satisfies the rule for a notice starting on `startOn`. */
export function earliestNoticeEnd(rule: NoticePeriodRule, startOn: IsoDate, calendar: WorkCalendar): IsoDate {
  if (rule.unit === 'days') return addDays(startOn, Math.max(rule.amount - 1, 0));
  return calendar.addWorkingDays(addDays(startOn, -1), rule.amount);
}

/** Chinese reason why a notice period is not acceptable, or null when it is. */
export function noticePeriodProblem(
  rule: NoticePeriodRule,
  startOn: IsoDate,
  endOn: IsoDate,
  today: IsoDate,
  calendar: WorkCalendar,
): string | null {
  if (startOn < today) return `公示开始日期「${startOn}」早于今天`;
  if (endOn < startOn) return `公示结束日期「${endOn}」早于开始日期「${startOn}」`;
  const unit = rule.unit === 'days' ? '日' : '个工作日';
  if (noticeLength(rule, startOn, endOn, calendar) < rule.amount) {
    return `公示期不得少于${rule.amount}${unit}，${startOn} 起最早于 ${earliestNoticeEnd(rule, startOn, calendar)} 结束`;
  }
  return null;
}

/** Chinese reason why a notice cannot close yet, or null when it can (after its end date, no open objection). */
export function noticeCloseProblem(endOn: IsoDate, today: IsoDate, openObjections: number): string | null {
  if (today <= endOn) return `公示期至 ${endOn} 结束，期满后方可结束公示`;
  if (openObjections > 0) return `尚有 ${openObjections} 件异议未处理，处理完毕后方可结束公示`;
  return null;
}
