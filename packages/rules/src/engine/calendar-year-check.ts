import type { CalendarYearData } from './calendar.ts';
import { isIsoDate, isWeekend } from './dates.ts';

/** More statutory holidays (with their attached rest days) than any published year has had. */
export const MAX_HOLIDAYS = 40;
export const MAX_DAY_NAME = 40;
/** Holidays every year's schedule names (国务院《全国年节及纪念日放假办法》). */
const REQUIRED_HOLIDAYS = [
  { pattern: /春节/, label: '春节' },
  { pattern: /国庆/, label: '国庆节' },
] as const;

/**
 * What is wrong with one year of the official holiday schedule, as Chinese sentences (empty when
 * it has the shape every published schedule has): every date inside the year, no date both a
 * holiday and an adjusted working day, adjusted working days on weekends only, a plausible number
 * of holidays, the Spring Festival and National Day present, every day named.
 */
export function calendarYearProblems(data: CalendarYearData): string[] {
  const { year } = data;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return [`年份 ${year} 无效（应为 2000–2100）`];
  const problems: string[] = [];
  const days = [
    ...Object.entries(data.holidays).map(([date, name]) => ({ date, name, kind: '节假日' })),
    ...Object.entries(data.workdays).map(([date, name]) => ({ date, name, kind: '调休上班日' })),
  ];
  for (const { date, name, kind } of days) {
    if (!isIsoDate(date)) problems.push(`${kind} ${date} 不是有效日期（应为 YYYY-MM-DD）`);
    else if (Number(date.slice(0, 4)) !== year) problems.push(`${kind} ${date} 不在 ${year} 年内`);
    const trimmed = name.trim();
    if (trimmed === '') problems.push(`${kind} ${date} 未填写名称`);
    else if (trimmed.length > MAX_DAY_NAME) problems.push(`${kind} ${date} 的名称超过 ${MAX_DAY_NAME} 个字`);
  }
  for (const date of Object.keys(data.workdays)) {
    if (date in data.holidays) problems.push(`${date} 不能既是节假日又是调休上班日`);
    else if (isIsoDate(date) && !isWeekend(date)) {
      problems.push(`调休上班日 ${date} 不是周六或周日（调休上班只安排在周末）`);
    }
  }
  const holidayCount = Object.keys(data.holidays).length;
  if (holidayCount > MAX_HOLIDAYS) {
    problems.push(`节假日共 ${holidayCount} 天，超过 ${MAX_HOLIDAYS} 天，请核对是否误录`);
  }
  const names = Object.values(data.holidays);
  for (const { pattern, label } of REQUIRED_HOLIDAYS) {
    if (!names.some((n) => pattern.test(n))) problems.push(`缺少${label}假期（每年的安排都包括${label}）`);
  }
  return problems;
}
