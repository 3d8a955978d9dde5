import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { getTableName } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgTable } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { type CopyStreamQuery, from as copyFrom } from 'pg-copy-streams';
import type { Db, Executor } from '../../db/client.ts';
import { createImportsRepo } from './imports.repo.ts';
import type { RowFormat } from './row-encoding.ts';

/** One validated row, encoded in the writer's form (see `rowFormatOf`), with its worksheet row. */
export interface WrittenRow {
  rowNo: number;
  line: string;
}

/**
 * Where the valid rows of an import go while the workbook is still being read. Writes are
 * pipelined: `write` hands a chunk on and returns while the database is still working on it, so
 * reading and checking the next chunk overlaps the database's work, with at most about one chunk
 * in flight — memory stays flat.
 */
export interface ImportWriter {
  /** `columns`: the target table's column names the rows' lines hold, the same for every chunk. */
  write(columns: string[], rows: WrittenRow[]): Promise<void>;
  /**
   * Makes every written row visible at once, together with `also` (the audit record) in the same
   * transaction. Without a commit nothing written ever reaches the target table.
   */
  commit(also: (tx: Executor) => Promise<void>): Promise<void>;
}

type DatabaseKind = 'pglite' | 'postgres';

/** The row form each writer takes: COPY text lines on PostgreSQL, JSON records for PGlite's staging. */
export const rowFormatOf = (kind: DatabaseKind): RowFormat => (kind === 'postgres' ? 'copy' : 'json');

/** The column list of an import's rows, taken from the first chunk; every later chunk must match. */
function columnList() {
  let first: string[] | null = null;
  return {
    take(columns: string[]) {
      first ??= columns;
      if (columns.join() !== first.join())
        throw new Error(`import rows changed their columns: ${first.join()} → ${columns.join()}`);
    },
    get: () => first,
  };
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
  const columns = columnList();
  let committed = false;
  try {
    return await body({
      write(cols, rows) {
        columns.take(cols);
        return writes.next(() => repo.stage(importId, rows));
      },
      async commit(also) {
        await writes.drain();
        const names = columns.get();
        await db.transaction(async (tx) => {
          if (names) await createImportsRepo(tx).moveStaged(importId, table, names);
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

/**
 * PostgreSQL: one transaction on a connection of its own for the whole import, and in it one
 * `COPY … FROM STDIN` into the target table that every chunk streams into (no statement per chunk,
 * no JSON for the server to take apart). The rows are invisible to everyone else until the commit;
 * other requests use the other connections of the pool, so nothing waits. A process killed midway
 * loses its connection and the server rolls the transaction back — nothing of the import remains.
 */
async function copying<T>(db: Db, table: PgTable, body: (w: ImportWriter) => Promise<T>): Promise<T> {
  const client = await (db as unknown as NodePgDatabase & { $client: pg.Pool }).$client.connect();
  let failure: { error: unknown } | null = null;
  const fail = (error: unknown) => {
    failure ??= { error };
  };
  const check = () => {
    if (failure) throw failure.error;
  };
  // A connection lost mid-import is reported here rather than crashing the process.
  client.on('error', fail);
  let copy: CopyStreamQuery | null = null;
  const columns = columnList();
  let committed = false;
  let broken = false;
  try {
    await client.query('begin');
    return await body({
      async write(cols, rows) {
        check();
        columns.take(cols);
        if (!copy) {
          const list = cols.map((c) => client.escapeIdentifier(c)).join(', ');
          copy = client.query(
            copyFrom(`copy ${client.escapeIdentifier(getTableName(table))} (${list}) from stdin`),
          );
          copy.on('error', fail);
        }
        const text = rows.map((r) => r.line).join('');
        // Wait only for the socket to take the chunk; the server works on it while the next is read.
        if (!copy.write(text)) await once(copy, 'drain');
      },
      async commit(also) {
        check();
        if (copy) {
          copy.end();
          await finished(copy);
          copy = null;
        }
        await also(drizzle(client) as unknown as Executor);
        await client.query('commit');
        committed = true;
      },
    });
  } finally {
    if (!committed) {
      try {
        // An open COPY is abandoned with CopyFail (not possible once the server has ended it with an error).
        if (copy && !failure) {
          const open: CopyStreamQuery = copy;
          open.destroy();
          await finished(open).catch(() => undefined);
        }
        await client.query('rollback');
      } catch {
        broken = true;
      }
    }
    client.off('error', fail);
    // A connection whose state is unknown is closed, not returned to the pool.
    client.release(broken);
  }
}

/** Opens the writer that suits the database (see `viaStaging` and `copying`) for one import. */
export function withImportWriter<T>(
  db: Db,
  kind: DatabaseKind,
  table: PgTable,
  importId: string,
  body: (w: ImportWriter) => Promise<T>,
): Promise<T> {
  return kind === 'postgres' ? copying(db, table, body) : viaStaging(db, table, importId, body);
}
