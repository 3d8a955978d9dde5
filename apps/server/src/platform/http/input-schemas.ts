import { z } from 'zod';
import { type DateRange, outOfRange, rangeRule } from '../dates/date-ranges.ts';

/**
 * Bounded building blocks for request schemas, so that no value reaches a query that PostgreSQL
 * cannot hold (an `integer` column is 32-bit) and every field says its range in the OpenAPI
 * document (docs/api-foundation.md, "Input bounds").
 */
export const INT4_MAX = 2_147_483_647;

/** A serial id (organisation, role) in a JSON body. */
export const SerialId = z.number().int().min(1).max(INT4_MAX);
/** A serial id in a path or query string. */
export const SerialIdText = z.coerce.number().int().min(1).max(INT4_MAX);
/** The optimistic-lock version of a record. */
export const Version = z.number().int().min(1).max(INT4_MAX);
/** A page number; pages beyond the last are simply empty. */
export const PageNumber = z.coerce.number().int().min(1).max(100_000);

/** A value the format check has already refused: the range check stays quiet about it. */
const malformed = (s: string) => !/^\d{4}-\d{2}(-\d{2})?$/.test(s);

/** An ISO date (`2026-03-01`) inside the range. */
export const isoDateIn = (range: DateRange, error = '日期格式应为 YYYY-MM-DD') =>
  z.iso
    .date({ error })
    .refine((d) => malformed(d) || outOfRange(d, range) === null, { message: `日期${rangeRule(range)}` })
    .meta({ description: `${range.min} 至 ${range.max}` });

/** A month (`2026-03`) inside the range. */
export const isoMonthIn = (range: DateRange) =>
  z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')
    .refine((m) => malformed(m) || outOfRange(m, range) === null, { message: `月份${rangeRule(range)}` })
    .meta({ description: `${range.min} 至 ${range.max}` });
