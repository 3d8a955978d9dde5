import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { is } from 'drizzle-orm';
import { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { FieldCipher } from '../crypto.ts';
import { conflict, DomainError, invalid } from '../errors.ts';
import {
  type CheckedChunk,
  type CheckedRow,
  type EncodedCandidate,
  inlineChecker,
  type RowChecker,
  type SheetRow,
} from './check-rows.ts';
import { createErrorWorkbook, type ErrorWorkbook } from './errors-workbook.ts';
import { type ImportWriter, rowFormatOf, type WrittenRow, withImportWriter } from './import-writer.ts';
import {
  type ImportError,
  type ImportKind,
  type ImportProgress,
  type ImportSummary,
  isCandidate,
  type RowIssue,
} from './importer.ts';
import { columnNamesOf, createImportsRepo } from './imports.repo.ts';
import { loadLookups } from './lookups.ts';
import { type ColumnLookups, isBlankRow, mapHeaders } from './parse-row.ts';
import type { RowEncoding } from './row-encoding.ts';
import { rowPool } from './row-pool.ts';
import { openWorkbookReader } from './xlsx-reader.ts';

/** Rows per validation chunk and per staging statement. */
const CHUNK = 1000;
/** Chunks read ahead of the one being written: enough to keep every worker busy, memory bounded. */
const AHEAD = 4;
/** Errors kept for the JSON answer; the error workbook has all of them. */
export const MAX_LISTED_ERRORS = 1000;

export interface RunImportOptions {
  db: Db;
  kind: ImportKind;
  actor: Actor;
  cipher: FieldCipher;
  /** The xlsx bytes and their size (for the progress estimate). */
  input: Readable;
  size: number;
  /** Uncompressed size of the data sheet (zip directory), for exact progress; else estimated. */
  sheetBytes?: number | null;
  fileName: string;
  /** Organisation for rows that leave the org column empty (default: the actor's own). */
  defaultOrgId?: number | undefined;
  onProgress?: (p: ImportProgress) => Promise<void> | void;
  /** Where the error workbook goes, opened on the first error. */
  errorOutput?: () => Writable;
  /** Today in China; tests pin it. */
  today: string;
  /**
   * Worker threads that parse and check rows (kinds with a `rowModule`); 0 checks on the main
   * thread. Default: one per core but the main thread's.
   */
  workers?: number;
}

export interface ImportOutcome {
  summary: ImportSummary;
  /** The first MAX_LISTED_ERRORS errors. */
  errors: ImportError[];
}

function isUniqueViolation(e: unknown): boolean {
  for (let err = e as { code?: string; cause?: unknown } | undefined; err; err = err.cause as typeof err) {
    if (err.code === '23505') return true;
  }
  return false;
}

const defaultWorkers = () => Math.max(1, availableParallelism() - 1);

/** The row checks of this import: in worker threads when the kind allows it, else in-process. */
function openChecker(opts: RunImportOptions, lookups: ColumnLookups, encoding: RowEncoding): RowChecker {
  const { kind, actor, cipher, today } = opts;
  const workers = opts.workers ?? defaultWorkers();
  if (!kind.rowModule || workers === 0)
    return inlineChecker(kind, { db: opts.db, actor, cipher, today }, lookups, encoding);
  return rowPool(
    {
      rowModule: kind.rowModule,
      columns: kind.columns,
      lookups,
      key: cipher.shareKey(),
      today,
      userId: actor.userId,
      encoding,
    },
    workers,
  );
}

/** Counts the bytes the reader has consumed, for a progress estimate before the row count is known. */
function countingStream(input: Readable) {
  const counter = { bytes: 0 };
  const through = new PassThrough();
  input.on('data', (chunk: Buffer) => {
    counter.bytes += chunk.length;
  });
  input.on('error', (e) => through.destroy(e));
  input.pipe(through);
  return { stream: through, counter };
}

/**
 * Imports one workbook, all or nothing. One pass over the file: every row is checked (cells,
 * the module's rules, duplicates within the file and against the database); while no error has
 * been seen, valid new rows go to the import writer (import-writer.ts: staged on PGlite, streamed
 * into an open transaction's COPY on PostgreSQL). At the end either one commit makes all of them
 * visible, or — if any row was bad — nothing is committed and the complete error list is
 * reported. A process killed midway leaves nothing in the target table.
 */
export async function runImport(opts: RunImportOptions): Promise<ImportOutcome> {
  const { db, kind, actor } = opts;
  const repo = createImportsRepo(db);
  const lookups = await loadLookups(db, actor, kind, opts.defaultOrgId);
  const dbKind = databaseKind(db);
  const encoding: RowEncoding = { format: rowFormatOf(dbKind), names: columnNamesOf(kind.table) };
  const headerOf = new Map(kind.columns.map((c) => [c.key, c.header]));
  const personal = new Set(kind.columns.filter((c) => c.personal).map((c) => c.key));
  const importId = randomUUID();
  await repo.sweepStaleStaging();

  const listed: ImportError[] = [];
  let errorCount = 0;
  let errorBook: ErrorWorkbook | null = null;
  const report = (rowNo: number, issue: RowIssue, raw: Record<string, string>) => {
    const e: ImportError = {
      row: rowNo,
      column: headerOf.get(issue.column) ?? '',
      value: personal.has(issue.column) ? maskValue(raw[issue.column] ?? '') : (raw[issue.column] ?? ''),
      message: issue.message,
    };
    errorCount++;
    if (listed.length < MAX_LISTED_ERRORS) listed.push(e);
    if (opts.errorOutput) {
      errorBook ??= createErrorWorkbook(opts.errorOutput());
      errorBook.add(e);
    }
  };

  const seen = new Map<string, number>();
  let total = 0;
  let unchanged = 0;
  let staged = 0;

  /** Settles one checked chunk: duplicates, existing records, writing; errors reported in row order. */
  async function finishChunk(writer: ImportWriter, checked: CheckedChunk) {
    const found: { row: CheckedRow; issue: RowIssue }[] = [];
    const fresh: { row: CheckedRow; c: EncodedCandidate }[] = [];
    for (const row of checked.rows) {
      const b = row.result;
      if (!isCandidate(b)) {
        for (const issue of b) found.push({ row, issue });
        continue;
      }
      const first = seen.get(b.key);
      if (first !== undefined) {
        found.push({ row, issue: { column: b.keyColumn, message: `与第 ${first} 行重复` } });
        continue;
      }
      seen.set(b.key, row.rowNo);
      fresh.push({ row, c: b });
    }
    const existing =
      fresh.length > 0
        ? await kind.existing(
            db,
            fresh.map((f) => f.c.key),
          )
        : new Map();
    const toStage: WrittenRow[] = [];
    for (const { row, c } of fresh) {
      const old = existing.get(c.key);
      if (!old) {
        toStage.push({ rowNo: row.rowNo, line: c.line });
        continue;
      }
      const differs = Object.keys(c.compare).filter((f) => !sameValue(old[f], c.compare[f]));
      if (differs.length === 0) unchanged++;
      else
        found.push({
          row,
          issue: { column: c.keyColumn, message: `已存在且内容不同：${differs.join('、')}` },
        });
    }
    // Array.prototype.sort is stable: a row's issues keep their column order.
    for (const f of found.sort((x, y) => x.row.rowNo - y.row.rowNo)) report(f.row.rowNo, f.issue, f.row.raw);
    // Once any row is bad nothing will be imported: stop writing, keep checking.
    if (errorCount === 0 && toStage.length > 0) {
      await writer.write(checked.columns, toStage);
      staged += toStage.length;
    }
  }

  const { stream, counter } = countingStream(opts.input);
  let sheetRead = 0;
  const progress = async (phase: ImportProgress['phase']) => {
    const estimate =
      opts.sheetBytes && sheetRead > 0
        ? Math.round((total * opts.sheetBytes) / Math.min(sheetRead, opts.sheetBytes))
        : counter.bytes > 0
          ? Math.round((total * opts.size) / counter.bytes)
          : total;
    await opts.onProgress?.({ phase, rowsRead: total, totalEstimate: Math.max(total, estimate) });
  };

  /**
   * Reads and checks the whole sheet, writing valid rows while no row has been bad. Chunks are
   * checked ahead (in worker threads when there are) while earlier ones are settled and written in
   * file order, at most AHEAD chunks in flight.
   */
  async function readAll(writer: ImportWriter, checker: RowChecker) {
    let settled: Promise<void> = Promise.resolve();
    const inFlight: Promise<void>[] = [];
    let failed = false;
    const submit = async (at: Map<string, number>, chunk: SheetRow[]) => {
      if (chunk.length === 0) return;
      const checked = checker.check(at, chunk);
      checked.catch(() => undefined); // surfaces through `settled`
      settled = settled.then(() => checked).then((rows) => (failed ? undefined : finishChunk(writer, rows)));
      settled.catch(() => undefined); // awaited below
      inFlight.push(settled);
      while (inFlight.length > AHEAD) await inFlight.shift();
    };
    try {
      await progress('validate');
      const reader = openWorkbookReader(stream, (n) => {
        sheetRead += n;
      });
      let sheetsRead = 0;
      for await (const ws of reader) {
        // Only the first worksheet holds data; later ones (the template's lists) are skipped.
        if (sheetsRead++ > 0) {
          for await (const _ of ws) void _;
          continue;
        }
        let at: Map<string, number> | null = null;
        let chunk: SheetRow[] = [];
        for await (const row of ws) {
          const values = (row.values as unknown[]) ?? [];
          if (row.number === 1) {
            at = mapHeaders(kind.columns, values);
            continue;
          }
          if (!at) throw invalid('第 1 行应为表头，请使用导入模板');
          if (isBlankRow(values)) continue;
          total++;
          chunk.push({ rowNo: row.number, values });
          if (chunk.length >= CHUNK) {
            await submit(at, chunk);
            chunk = [];
          }
          if (total % CHUNK === 0) await progress('validate');
        }
        if (!at) throw invalid('工作表为空，请使用导入模板');
        await submit(at, chunk);
      }
      if (sheetsRead === 0) throw invalid('文件中没有工作表');
      await settled;
    } catch (e) {
      failed = true;
      throw readError(e);
    } finally {
      // Nothing may touch the writer once this returns.
      await settled.catch(() => undefined);
      stream.destroy();
    }
  }

  const summary: ImportSummary = { kind: kind.kind, total, imported: 0, unchanged, errors: 0 };
  const audit = () => ({
    action: 'import.run',
    targetType: kind.kind,
    detail: { fileName: opts.fileName, ...summary },
  });
  const checker = openChecker(opts, lookups, encoding);
  await withImportWriter(db, dbKind, kind.table, importId, async (writer) => {
    await readAll(writer, checker);
    Object.assign(summary, { total, unchanged, errors: errorCount });
    // Any bad row: no commit, so nothing written is kept.
    if (errorCount > 0) return;
    await progress('write');
    summary.imported = staged;
    await writer.commit((tx) => recordAudit(tx, actor, audit()));
  })
    .catch((e: unknown) => {
      // Someone registered one of these records while the file was being checked.
      if (isUniqueViolation(e))
        throw conflict('导入期间有相同记录被他人登记，本次未导入任何数据，请重新导入');
      throw e;
    })
    .finally(() => checker.close());
  if (errorCount > 0) {
    await db.transaction((tx) => recordAudit(tx, actor, audit()));
    await (errorBook as ErrorWorkbook | null)?.close();
    return { summary, errors: listed };
  }
  await progress('done');
  return { summary, errors: listed };
}

const databaseKind = (db: Db) => (is(db, NodePgDatabase) ? 'postgres' : 'pglite');

/** 3709**********1234: enough to find the row again, not enough to be personal data at rest. */
export const maskValue = (v: string) =>
  v.length <= 8 ? '*'.repeat(v.length) : `${v.slice(0, 4)}${'*'.repeat(v.length - 8)}${v.slice(-4)}`;

/** Dates come back from the database as strings, numbers sometimes as strings: compare as text. */
const sameValue = (a: unknown, b: unknown) =>
  (a ?? null) === (b ?? null) || String(a ?? '') === String(b ?? '');

/** A file exceljs cannot read is the uploader's problem, told in Chinese; our own errors pass. */
function readError(e: unknown): unknown {
  const dbError = typeof e === 'object' && e !== null && ('code' in e || 'cause' in e);
  if (e instanceof DomainError || dbError) return e;
  return invalid('无法读取该文件：请上传用导入模板填写的 .xlsx 文件');
}
