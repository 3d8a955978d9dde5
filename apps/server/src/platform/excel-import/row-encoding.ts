/**
 * The form in which checked rows travel to the database writer, chosen by the writer (see
 * import-writer.ts): `copy` — one line of PostgreSQL's COPY text format per row, in the order of
 * the chunk's column list; `json` — one JSON object per row keyed by column name (PGlite's staging
 * table). Rows are encoded where they are checked — in a worker thread when there is one — so the
 * main thread passes strings on without copying or stringifying the rows again.
 */
export type RowFormat = 'copy' | 'json';

export interface RowEncoding {
  format: RowFormat;
  /** TypeScript key → column name of the target table. */
  names: Map<string, string>;
}

/** COPY text format: a backslash, tab, newline or carriage return inside a value is escaped. */
const COPY_SPECIAL = /[\\\t\n\r]/g;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value as COPY text: `\N` for null; dates as ISO 8601; objects as JSON (json/jsonb columns). */
function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  const text = v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return text.replace(COPY_SPECIAL, (c) => COPY_ESCAPES[c]!);
}

/**
 * Encodes the insert rows of one chunk. Every row of a kind has the same keys, so the first row's
 * keys are the chunk's columns and every row is encoded in that order (a key a row lacks is null).
 */
export function encodeRows(
  encoding: RowEncoding,
  rows: Record<string, unknown>[],
): { columns: string[]; lines: string[] } {
  const keys = rows.length > 0 ? Object.keys(rows[0]!) : [];
  const columns = keys.map((k) => encoding.names.get(k) ?? k);
  const lines =
    encoding.format === 'copy'
      ? rows.map((r) => `${keys.map((k) => copyValue(r[k])).join('\t')}\n`)
      : rows.map((r) => JSON.stringify(Object.fromEntries(keys.map((k, i) => [columns[i], r[k] ?? null]))));
  return { columns, lines };
}
