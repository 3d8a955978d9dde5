import { z } from 'zod';
import { field } from './facts.ts';
import { dec } from './money.ts';

/** An ISO calendar date (YYYY-MM-DD, real dates only); exported to JSON Schema as format "date". */
export const isoDate = () => z.iso.date({ error: '须为有效日期（YYYY-MM-DD）' });

/** A period of days, first and last inclusive. */
export const datePeriod = () =>
  z.object({ from: isoDate().meta(field('起始日期')), to: isoDate().meta(field('截止日期')) });

export interface DecimalBounds {
  /** most digits before the point (default 15) */
  integerDigits?: number;
  /** most digits after the point (default 10) */
  fractionDigits?: number;
  /** largest value accepted, as a decimal string */
  max?: string;
}

/**
 * A non-negative decimal string such as "1234.50", bounded: at most `integerDigits` digits before
 * the point and `fractionDigits` after it (so its JSON Schema has a `maxLength`), and optionally
 * at most `max`. Prefer the kinds below, which say what the number is.
 */
export const decimalString = ({ integerDigits = 15, fractionDigits = 10, max }: DecimalBounds = {}) => {
  const pattern = new RegExp(`^\\d{1,${integerDigits}}(\\.\\d{1,${fractionDigits}})?$`);
  const schema = z
    .string()
    .max(integerDigits + 1 + fractionDigits)
    .regex(pattern, {
      error: `须为十进制数字字符串（整数至多${integerDigits}位、小数至多${fractionDigits}位），如 "1234.50"`,
    });
  return max === undefined
    ? schema
    : schema.refine((v) => !pattern.test(v) || dec(v).lte(max), { error: `不能大于 ${max}` });
};

/** An amount of money in yuan: below 10^12 yuan (12 integer digits), at most two decimals (fen). */
export const yuanString = () => decimalString({ integerDigits: 12, fractionDigits: 2 });

/** A percentage such as "1.5" for 1.5%: 0 to 100, at most four decimals. */
export const percentString = () => decimalString({ integerDigits: 3, fractionDigits: 4, max: '100' });

/** A rate as a fraction such as "0.0435" for 4.35% a year: 0 to 1, at most six decimals. */
export const rateString = () => decimalString({ integerDigits: 1, fractionDigits: 6, max: '1' });

/**
 * Options for a cross-field refinement: run it only once every field parsed, so a malformed value
 * (a period start of "x") is reported as invalid input instead of crashing the comparison.
 */
export const whenFieldsValid = {
  when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0,
};
