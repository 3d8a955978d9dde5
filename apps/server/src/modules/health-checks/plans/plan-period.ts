import { addYears } from '@minsheng/rules/engine/dates.ts';

export interface PlanPeriod {
  year: number;
  startOn: string;
  endOn: string;
  /** YYYY-MM-01 */
  eligibilityMonth: string;
}

/**
 * What is wrong with a plan's dates, field by field (empty when nothing): the year's plan starts
 * in that year, runs at most a year, and decides eligibility by a contribution month already begun
 * when checks start.
 */
export function periodViolations(p: PlanPeriod): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (Number(p.startOn.slice(0, 4)) !== p.year)
    out.push({ path: 'startOn', message: `开始日期须在${p.year}年内` });
  if (p.endOn < p.startOn) out.push({ path: 'endOn', message: '结束日期不能早于开始日期' });
  else if (p.endOn >= addYears(p.startOn, 1)) out.push({ path: 'endOn', message: '体检期间不能超过一年' });
  if (p.eligibilityMonth.slice(0, 7) > p.startOn.slice(0, 7))
    out.push({ path: 'eligibilityMonth', message: '参保缴费月份不能晚于体检开始月份' });
  return out;
}

/** Whether `on` lies within the plan's period. */
export const withinPeriod = (p: { startOn: string; endOn: string }, on: string) =>
  on >= p.startOn && on <= p.endOn;
