import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../../db/client.ts';

/** The next number of a yearly series, four digits (`CY-2026-0001`), from the shared counters. */
export async function nextYearlyNumber(db: Executor, kind: string, prefix: string, year: number) {
  const [row] = await queryRows<{ last: number }>(
    db,
    sql`insert into document_counters (kind, year, last) values (${kind}, ${year}, 1)
        on conflict (kind, year) do update set last = document_counters.last + 1
        returning last`,
  );
  return `${prefix}-${year}-${String(row!.last).padStart(4, '0')}`;
}
