import {
  type Candidate,
  type ImportColumn,
  type ImportKind,
  isCandidate,
  type KindEnv,
  type ParsedRow,
  type RowIssue,
} from './importer.ts';
import { type ColumnLookups, parseRow } from './parse-row.ts';
import { encodeRows, type RowEncoding } from './row-encoding.ts';

/** A worksheet row as read: its 1-based number and exceljs' cell values (index = column). */
export interface SheetRow {
  rowNo: number;
  values: unknown[];
}

/** A valid row as the writer takes it: a candidate whose insert row is already encoded. */
export interface EncodedCandidate extends Omit<Candidate, 'row'> {
  /** The insert row in the writer's form (see row-encoding.ts). */
  line: string;
}

/** A checked row: the cells as written (for the error list) and a candidate or the row's issues. */
export interface CheckedRow {
  rowNo: number;
  raw: Record<string, string>;
  result: EncodedCandidate | RowIssue[];
}

/** A checked chunk: its rows in order and the column names of their encoded insert rows. */
export interface CheckedChunk {
  columns: string[];
  rows: CheckedRow[];
}

/** Checks chunks of rows in file order; `check` answers in the order of its rows. */
export interface RowChecker {
  /** `at`: column key → cell index, from the header row. */
  check(at: Map<string, number>, rows: SheetRow[]): Promise<CheckedChunk>;
  close(): Promise<void>;
}

type ChunkBuild = (rows: ParsedRow[]) => Promise<(Candidate | RowIssue[])[]> | (Candidate | RowIssue[])[];

/** Parses a chunk's cells, runs the kind's checks on the rows whose cells are all fine, encodes the valid ones. */
export async function checkRows(
  columns: readonly ImportColumn[],
  at: Map<string, number>,
  rows: SheetRow[],
  lookups: ColumnLookups,
  encoding: RowEncoding,
  build: ChunkBuild,
): Promise<CheckedChunk> {
  const parsed = rows.map((r) => ({ rowNo: r.rowNo, ...parseRow(columns, at, r.values, lookups) }));
  const clean = parsed.filter((p) => p.issues.length === 0);
  const built = await build(clean.map((p) => ({ rowNo: p.rowNo, cells: p.cells, raw: p.raw })));
  const encoded = encodeRows(
    encoding,
    built.filter((b) => isCandidate(b)).map((c) => c.row),
  );
  let nextBuilt = 0;
  let nextLine = 0;
  const result = (): EncodedCandidate | RowIssue[] => {
    const b = built[nextBuilt++]!;
    if (!isCandidate(b)) return b;
    return { key: b.key, keyColumn: b.keyColumn, compare: b.compare, line: encoded.lines[nextLine++]! };
  };
  return {
    columns: encoded.columns,
    rows: parsed.map((p) => ({
      rowNo: p.rowNo,
      raw: p.raw,
      result: p.issues.length === 0 ? result() : p.issues,
    })),
  };
}

/** Checks on the main thread with the kind's own `build` (kinds whose checks read the database). */
export function inlineChecker(
  kind: ImportKind,
  env: KindEnv,
  lookups: ColumnLookups,
  encoding: RowEncoding,
): RowChecker {
  return {
    check: (at, rows) =>
      checkRows(kind.columns, at, rows, lookups, encoding, (clean) => kind.build(clean, env)),
    close: async () => {},
  };
}
