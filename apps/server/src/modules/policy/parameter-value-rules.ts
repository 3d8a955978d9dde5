import type { ParamUnit } from '@minsheng/rules/engine/parameters.ts';
import { dateRanges, rangeRule } from '../../platform/dates/date-ranges.ts';

/**
 * The natural range of a local parameter value by its unit, so that a slipped digit (a rate of 8
 * instead of 0.08, an average wage of 1e9) is refused when it is set, not found in a payment. Rates
 * are fractions (0.08) unless the parameter is labelled in percent (`（%）`, e.g. 98 for 98%).
 */
const maxima: Record<Exclude<ParamUnit, 'date' | 'rate'>, number> = {
  yuan: 100_000_000,
  days: 3_660,
  months: 1_200,
  years: 100,
  count: 10_000_000,
  points: 1_000,
};

const DECIMAL = /^\d+(\.\d{1,6})?$/;

/** `null` when `value` is a sensible value of the parameter, else a Chinese message. */
export function parameterValueViolation(
  def: { label: string; unit: ParamUnit },
  value: string,
): string | null {
  if (def.unit === 'date') {
    const ok =
      /^\d{4}-\d{2}-\d{2}$/.test(value) && value >= dateRanges.policy.min && value <= dateRanges.policy.max;
    return ok ? null : `「${def.label}」应为日期，${rangeRule(dateRanges.policy)}，收到「${value}」`;
  }
  if (!DECIMAL.test(value)) return `「${def.label}」应为非负数（最多 6 位小数），收到「${value}」`;
  const max = def.unit === 'rate' ? (/[%％]/.test(def.label) ? 100 : 1) : maxima[def.unit];
  return Number(value) <= max ? null : `「${def.label}」不应大于 ${max}，收到「${value}」`;
}
