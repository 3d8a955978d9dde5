/** Rows per multi-row INSERT: keeps the widest demo table well under PostgreSQL's 65 535 bind parameters. */
export const DEMO_CHUNK = 500;

/**
 * Runs `insert` over consecutive slices of `rows` and collects what each slice's RETURNING gave
 * back (an insert without RETURNING contributes nothing), so callers can count or use the rows
 * actually inserted when duplicates are skipped.
 */
export function insertChunked<T, R>(
  rows: T[],
  insert: (chunk: T[]) => PromiseLike<R[]>,
  size?: number,
): Promise<R[]>;
export function insertChunked<T>(
  rows: T[],
  insert: (chunk: T[]) => PromiseLike<unknown>,
  size?: number,
): Promise<unknown[]>;
export async function insertChunked<T>(
  rows: T[],
  insert: (chunk: T[]) => PromiseLike<unknown>,
  size = DEMO_CHUNK,
): Promise<unknown[]> {
  const inserted: unknown[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const result = await insert(rows.slice(i, i + size));
    if (Array.isArray(result)) inserted.push(...result);
  }
  return inserted;
}
