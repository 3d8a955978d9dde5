import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db, Executor } from '../../db/client.ts';
import { createImportsRepo } from './imports.repo.ts';

/** One validated row as the target table's own record (column names), with its worksheet row. */
export interface WrittenRow {
  rowNo: number;
  data: Record<string, unknown>;
}

/**
 * Where the valid rows of an import go while the workbook is still being read. Writes are
 * pipelined: `write` starts a chunk and returns once the previous one has landed, so reading and
 * checking the next chunk overlaps the database's work on this one (on PostgreSQL, another
 * process), with at most one chunk in flight — memory stays flat.
 */
export interface ImportWriter {
  write(rows: WrittenRow[]): Promise<void>;
  /**
   * Makes every written row visible at once, together with `also` (the audit record) in the same
   * transaction. Without a commit nothing written ever reaches the target table.
   */
  commit(columnNames: string[], also: (tx: Executor) => Promise<void>): Promise<void>;
}

/** Runs one chunk write at a time in the background; a failure surfaces at the next call. */
function pipeline() {
  let inFlight: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | null = null;
  return {
    async next(start: () => Promise<unknown>) {
      await inFlight;
      if (failure) throw failure.error;
      inFlight = start().then(
        () => undefined,
        (error: unknown) => {
          failure = { error };
        },
      );
    },
    async drain() {
      await inFlight;
      if (failure) throw failure.error;
    },
  };
}

/**
 * PGlite (one connection shared with every request of the process): rows are staged in short
 * statements so other requests interleave, and one final transaction moves them. A process killed
 * midway leaves only staged rows, which never reach the target table and are swept later.
 */
async function viaStaging<T>(
  db: Db,
  table: PgTable,
  importId: string,
  body: (w: ImportWriter) => Promise<T>,
): Promise<T> {
  const repo = createImportsRepo(db);
  const writes = pipeline();
  let committed = false;
  try {
    return await body({
      write: (rows) => writes.next(() => repo.stage(importId, rows)),
      async commit(columnNames, also) {
        await writes.drain();
        await db.transaction(async (tx) => {
          if (columnNames.length > 0) await createImportsRepo(tx).moveStaged(importId, table, columnNames);
          await also(tx);
        });
        committed = true;
      },
    });
  } finally {
    if (!committed) {
      await writes.drain().catch(() => undefined);
      await repo.dropStaging(importId);
    }
  }
}

class RolledBack extends Error {}

/**
 * PostgreSQL: one transaction on a connection of its own for the whole import; rows go straight
 * into the target table, invisible to everyone else until the commit. Other requests use the other
 * connections of the pool, so nothing waits; a process killed midway loses its connection and the
 * server rolls the transaction back — nothing of the import remains.
 */
async function direct<T>(db: Db, table: PgTable, body: (w: ImportWriter) => Promise<T>): Promise<T> {
  let result: { value: T } | null = null;
  try {
    await db.transaction(async (tx) => {
      const repo = createImportsRepo(tx);
      const writes = pipeline();
      let committed = false;
      const value = await body({
        write: (rows) => writes.next(() => repo.insertRows(table, rows)),
        async commit(_columnNames, also) {
          await writes.drain();
          await also(tx);
          committed = true;
        },
      }).finally(() => writes.drain().catch(() => undefined));
      result = { value };
      if (!committed) throw new RolledBack();
    });
  } catch (e) {
    if (!(e instanceof RolledBack)) throw e;
  }
  return (result as { value: T } | null)!.value;
}

/** Opens the writer that suits the database (see `viaStaging` and `direct`) for one import. */
export function withImportWriter<T>(
  db: Db,
  kind: 'pglite' | 'postgres',
  table: PgTable,
  importId: string,
  body: (w: ImportWriter) => Promise<T>,
): Promise<T> {
  return kind === 'postgres' ? direct(db, table, body) : viaStaging(db, table, importId, body);
}
