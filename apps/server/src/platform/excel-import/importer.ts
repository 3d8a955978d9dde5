import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../access/actor.ts';
import type { Permission } from '../access/permissions.ts';
import type { FieldCipher } from '../crypto.ts';
import { DomainError } from '../errors.ts';

/** How the engine reads a column before the kind sees it. */
export type ColumnType = 'text' | 'code' | 'date' | 'number' | 'dict' | 'choice' | 'org';

export interface ImportColumn {
  key: string;
  /** The Chinese header in the template; uploads are matched on it. */
  header: string;
  type: ColumnType;
  required?: boolean;
  /** Dictionary type for `dict` columns: the drop-down lists its active labels. */
  dict?: string;
  /** Fixed values for `choice` columns: label shown in the drop-down → stored code. */
  choices?: Readonly<Record<string, string>>;
  maxLength?: number;
  width?: number;
  /** Shown in the template's example row. */
  example?: string;
  /** A note on the header cell (format hints). */
  note?: string;
  /** Personal data (ID or phone number): masked in error lists, which are stored in the database. */
  personal?: boolean;
}

/** An organisation a record may be registered in. */
export interface ImportOrg {
  id: number;
  path: string;
  name: string;
}

/** A row's cells after the engine's column parsing: codes for dict/choice, ISO dates, orgs. */
export type ParsedCells = Record<string, string | number | ImportOrg | null>;

export interface ParsedRow {
  rowNo: number;
  cells: ParsedCells;
  /** The cells as written, for the error list. */
  raw: Record<string, string>;
}

export interface RowIssue {
  /** Column key ('' for the row as a whole). */
  column: string;
  message: string;
}

/** A valid row: its natural key, the target table row, and the fields compared on re-import. */
export interface Candidate {
  key: string;
  /** Column whose cell the key comes from (where duplicate errors are reported). */
  keyColumn: string;
  /** The insert row (TypeScript keys of the target table); every row of a kind has the same keys. */
  row: Record<string, unknown>;
  /** Field label → value, compared with the existing record of the same key. */
  compare: Record<string, unknown>;
}

export interface KindEnv {
  db: Executor;
  actor: Actor;
  cipher: FieldCipher;
  /** Today in China (YYYY-MM-DD). */
  today: string;
}

/** What a row check that needs no database may use: it runs in a worker thread. */
export interface RowEnv {
  cipher: FieldCipher;
  today: string;
  /** The importing user (createdBy). */
  userId: string;
}

/** A kind's checks of one row's parsed cells, pure apart from the cipher's random nonces. */
export type BuildRow = (cells: ParsedCells, env: RowEnv) => Candidate | RowIssue[];

/** One importable kind: columns, row validation (the module's own rules) and the natural key. */
export interface ImportKind {
  kind: string;
  /** Chinese name of the records, e.g. 人员. */
  label: string;
  permission: Permission;
  columns: readonly ImportColumn[];
  table: PgTable;
  /** Rows of one chunk → a candidate or the row's issues, in the same order. */
  build(rows: ParsedRow[], env: KindEnv): Promise<(Candidate | RowIssue[])[]>;
  /**
   * For a kind whose row checks need no database: the URL of a module exporting `buildRow` (a
   * `BuildRow` giving the same answers as `build`). Its rows are then parsed and checked in worker
   * threads while the main thread reads the file and writes to the database.
   */
  rowModule?: string;
  /** The existing records of these keys (in any scope), as the `compare` of a candidate. */
  existing(db: Executor, keys: string[]): Promise<Map<string, Record<string, unknown>>>;
}

/** A row's answer is either a candidate (raw or encoded, see check-rows.ts) or its issues. */
export const isCandidate = <C extends object>(x: C | RowIssue[]): x is C => !Array.isArray(x);

/** One reported problem: 1-based worksheet row number, column header, Chinese message. */
export interface ImportError {
  row: number;
  column: string;
  value: string;
  message: string;
}

export interface ImportSummary {
  kind: string;
  total: number;
  imported: number;
  unchanged: number;
  errors: number;
}

export type ImportPhase = 'validate' | 'write' | 'done';

export interface ImportProgress {
  phase: ImportPhase;
  rowsRead: number;
  /** Estimated from the bytes read so far (exact once done). */
  totalEstimate: number;
}

/**
 * Runs one of the module's own validation functions for a row: a DomainError (the same Chinese
 * message the API would answer) becomes an issue of `column`; anything else is a real failure.
 */
export function attempt<T>(issues: RowIssue[], column: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DomainError) {
      issues.push({ column, message: e.message });
      return undefined;
    }
    throw e;
  }
}
