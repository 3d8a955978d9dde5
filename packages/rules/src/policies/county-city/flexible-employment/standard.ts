import { z } from 'zod';
import { field } from '../../../engine/facts.ts';
import { D, type Dec } from '../../../engine/money.ts';
import type { RuleContext } from '../../../engine/policy.ts';

/**
 * 灵活就业社保补贴标准 (seed 001 篇3 三(三)4): 上年度本市平均工资 × 6% (养老) and × 5% (医疗) a
 * year; a claim for n months gets n/12. Months of calendar year Y use the average wage dated Y-01-01
 * (the figure of year Y−1). Shared by 三(三)4, 三(三)5 and 三(四), which must declare
 * STANDARD_PARAMETERS in usesParameters.
 */
export const STANDARD_PARAMETERS = ['subsidy_rate', 'previous_year_city_average_wage'] as const;

/** A calendar month "YYYY-MM" of the years 2000–2099. */
export const yearMonth = () =>
  z
    .string()
    .max(7)
    .regex(/^20\d{2}-(0[1-9]|1[0-2])$/, { error: '须为2000年至2099年间的年月（YYYY-MM）' });

/** The months claimed, first to last inclusive (申领月份). */
export const claimedMonths = () =>
  z
    .object({
      fromMonth: yearMonth().meta(field('起始月份')),
      toMonth: yearMonth().meta(field('终止月份')),
    })
    .meta(field('申领月份'));

export const monthIndex = (ym: string): number => {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
};
export const monthFromIndex = (i: number): string =>
  `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
/** Months from `from` to `to` inclusive. */
export const monthCount = (from: string, to: string): number => monthIndex(to) - monthIndex(from) + 1;

export interface StandardAmounts {
  pension: Dec;
  medical: Dec;
}

/** Unrounded standard for the months `from`…`to` (inclusive), split by calendar year. */
export function standardFor(ctx: RuleContext<unknown>, from: string, to: string): StandardAmounts {
  let pension = new D(0);
  let medical = new D(0);
  const last = monthIndex(to);
  for (let i = monthIndex(from); i <= last; ) {
    const year = Math.floor(i / 12);
    const yearEnd = Math.min(last, year * 12 + 11);
    const months = yearEnd - i + 1;
    const wage = ctx.paramOn('previous_year_city_average_wage', `${year}-01-01`);
    const share = wage.times(months).div(12);
    pension = pension.plus(share.times(ctx.paramOn('subsidy_rate', `${year}-01-01`, 'pension')));
    medical = medical.plus(share.times(ctx.paramOn('subsidy_rate', `${year}-01-01`, 'medical')));
    i = yearEnd + 1;
  }
  return { pension, medical };
}
