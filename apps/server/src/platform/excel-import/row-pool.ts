import { Piscina } from 'piscina';
import { DomainError } from '../errors.ts';
import type { RowChecker } from './check-rows.ts';
import type { ImportColumn } from './importer.ts';
import type { ColumnLookups } from './parse-row.ts';
import type { RowEncoding } from './row-encoding.ts';

/** What every worker of one import's pool is given once (structured-cloned into the thread). */
export interface RowPoolSetup {
  /** URL of the kind's module exporting `buildRow`. */
  rowModule: string;
  columns: readonly ImportColumn[];
  lookups: ColumnLookups;
  /** The data key (FieldCipher.shareKey), so the workers encrypt and hash as the main thread does. */
  key: Uint8Array;
  today: string;
  userId: string;
  /** How the checked rows are sent back: the writer's form, so the main thread need not re-encode. */
  encoding: RowEncoding;
}

export const rowCheckFailed = () =>
  new DomainError('INTERNAL', '导入校验线程意外出错，本次未导入任何数据，请重新导入；如仍失败请联系管理员');

/**
 * A pool of worker threads for one import (node:worker_threads via piscina): each chunk of rows is
 * parsed and checked in a worker, so the main thread keeps reading the file and writing to the
 * database meanwhile. Answers come back per chunk, so file order is the caller's to keep. A worker
 * that throws or dies fails the import with a Chinese message (nothing of it is committed).
 */
export function rowPool(setup: RowPoolSetup, threads: number): RowChecker {
  const pool = new Piscina({
    filename: new URL('./row-worker.mjs', import.meta.url).href,
    workerData: setup,
    minThreads: threads,
    maxThreads: threads,
  });
  // A worker dying between tasks is replaced by piscina; one dying in a task fails that task.
  pool.on('error', () => undefined);
  return {
    check: (at, rows) =>
      pool.run({ at, rows }).catch(() => {
        throw rowCheckFailed();
      }),
    close: () => pool.destroy(),
  };
}
