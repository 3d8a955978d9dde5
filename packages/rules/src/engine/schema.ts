import { z } from 'zod';

/** An ISO calendar date (YYYY-MM-DD, real dates only); exported to JSON Schema as format "date". */
export const isoDate = () => z.iso.date({ error: '须为有效日期（YYYY-MM-DD）' });

/** A non-negative decimal string such as "1234.50" (money, rates in percent). */
export const decimalString = () =>
  z.string().regex(/^\d+(\.\d+)?$/, { error: '须为十进制数字字符串，如 "1234.50"' });
