import type { Candidate, ImportColumn, ImportKind, KindEnv, ParsedRow, RowIssue } from './importer.ts';
import { type ColumnLookups, parseRow } from './parse-row.ts';

/** A worksheet row as read: its 1-based number and exceljs' cell values (index = column). */
export interface SheetRow {
  rowNo: number;
  values: unknown[];
}

/** A checked row: the cells as written (for the error list) and a candidate or the row's issues. */
export interface CheckedRow {
  rowNo: number;
  raw: Record<string, string>;
  result: Candidate | RowIssue[];
}

/** Checks chunks of rows in file order; `check` answers in the order of its rows. */
export interface RowChecker {
  /** `at`: column key → cell index, from the header row. */
  check(at: Map<string, number>, rows: SheetRow[]): Promise<CheckedRow[]>;
  close(): Promise<void>;
}

type ChunkBuild = (rows: ParsedRow[]) => Promise<(Candidate | RowIssue[])[]> | (Candidate | RowIssue[])[];

/** Parses a chunk's cells, then runs the kind's checks on the rows whose cells are all fine. */
export async function checkRows(
  columns: readonly ImportColumn[],
  at: Map<string, number>,
  rows: SheetRow[],
  lookups: ColumnLookups,
  build: ChunkBuild,
): Promise<CheckedRow[]> {
  const parsed = rows.map((r) => ({ rowNo: r.rowNo, ...parseRow(columns, at, r.values, lookups) }));
  const clean = parsed.filter((p) => p.issues.length === 0);
  const built = await build(clean.map((p) => ({ rowNo: p.rowNo, cells: p.cells, raw: p.raw })));
  let next = 0;
  return parsed.map((p) => ({
    rowNo: p.rowNo,
    raw: p.raw,
    result: p.issues.length === 0 ? built[next++]! : p.issues,
  }));
}

/** Checks on the main thread with the kind's own `build` (kinds whose checks read the database). */
export function inlineChecker(kind: ImportKind, env: KindEnv, lookups: ColumnLookups): RowChecker {
  return {
    check: (at, rows) => checkRows(kind.columns, at, rows, lookups, (clean) => kind.build(clean, env)),
    close: async () => {},
  };
}
