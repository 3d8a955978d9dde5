import { z } from 'zod';

/** `?page=1&pageSize=20`, shared by every paged list. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** A list page: `{ items, total }`. */
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number() });

/**
 * A `from`/`to` bound: a date (`2026-11-25`) or an instant. A bare `to` date means the whole day,
 * so it becomes the start of the next day (used as an exclusive bound).
 */
const day = /^\d{4}-\d{2}-\d{2}$/;
export const FromBound = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .transform((s) => new Date(day.test(s) ? `${s}T00:00:00+08:00` : s));
export const ToBound = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .transform((s) =>
    day.test(s) ? new Date(new Date(`${s}T00:00:00+08:00`).getTime() + 86_400_000) : new Date(s),
  );

/** Query-string booleans arrive as text. */
export const QueryBoolean = z.enum(['true', 'false']).transform((s) => s === 'true');
