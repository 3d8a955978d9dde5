import { z } from 'zod';
import { dateRanges, outOfRange, rangeRule } from '../dates/date-ranges.ts';
import { PageNumber } from './input-schemas.ts';

/** `?page=1&pageSize=20`, shared by every paged list. */
export const PageQuery = z.object({
  page: PageNumber.default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** A list page: `{ items, total }`. */
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number() });

/**
 * A `from`/`to` bound: a date (`2026-11-25`) or an instant. A bare `to` date means the whole day,
 * so it becomes the start of the next day (used as an exclusive bound).
 */
const day = /^\d{4}-\d{2}-\d{2}$/;
const Bound = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .refine((s) => outOfRange(s.slice(0, 10), dateRanges.filter) === null, {
    message: `日期${rangeRule(dateRanges.filter)}`,
  });
export const FromBound = Bound.transform((s) => new Date(day.test(s) ? `${s}T00:00:00+08:00` : s));
export const ToBound = Bound.transform((s) =>
  day.test(s) ? new Date(new Date(`${s}T00:00:00+08:00`).getTime() + 86_400_000) : new Date(s),
);

/** Query-string booleans arrive as text. */
export const QueryBoolean = z.enum(['true', 'false']).transform((s) => s === 'true');
