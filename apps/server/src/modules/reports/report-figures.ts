import { cellKey, cellsOf, type ReportTemplate } from './report-templates.ts';

/**
 * A count, or a rate kept as numerator and denominator so that it can be rolled up. A figure the
 * records cannot give has a null value and the reason.
 */
export type Figure = { value: number | null; reason?: string } | { numerator: number; denominator: number };

/** The figures of one report version, by cell key (`row:column`). */
export type Figures = Record<string, Figure>;

export const isRate = (f: Figure): f is { numerator: number; denominator: number } => 'numerator' in f;

/** A rate in percent with two decimals (no denominator → null, printed as —). */
export function percent(f: { numerator: number; denominator: number }): number | null {
  if (f.denominator === 0) return null;
  return Math.round((f.numerator / f.denominator) * 10_000) / 100;
}

/** The number a cell shows: the value, or the rate in percent. */
export const shown = (f: Figure | undefined): number | null =>
  f === undefined ? null : isRate(f) ? percent(f) : f.value;

export const sameFigure = (a: Figure | undefined, b: Figure | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function sum(cells: Figure[]): Figure {
  if (cells.every(isRate))
    return {
      numerator: cells.reduce((s, f) => s + f.numerator, 0),
      denominator: cells.reduce((s, f) => s + f.denominator, 0),
    };
  const values = cells.map((f) => (isRate(f) ? null : f.value));
  if (values.some((v) => v === null)) {
    const reason = cells.find((f): f is { value: null; reason: string } => !isRate(f) && Boolean(f.reason));
    return { value: null, ...(reason ? { reason: reason.reason } : {}) };
  }
  return { value: values.reduce((s: number, v) => s + (v ?? 0), 0) };
}

/**
 * The roll-up of several organisations' figures: counts add up, rates are recomputed from the
 * summed numerators and denominators (never averaged); rows marked `sums: false` stay empty.
 */
export function rollUp(t: ReportTemplate, parts: Figures[]): Figures {
  const out: Figures = {};
  for (const { row, column } of cellsOf(t)) {
    if (row.sums === false) continue;
    const key = cellKey(row.key, column.key);
    const cells = parts.map((p) => p[key]).filter((f): f is Figure => f !== undefined);
    if (cells.length === 0) continue;
    out[key] = sum(cells);
  }
  return out;
}

/** The cells whose figure differs between two sets, in the template's order. */
export function changedCells(t: ReportTemplate, before: Figures, after: Figures) {
  return cellsOf(t)
    .map(({ row, column }) => ({ row, column, key: cellKey(row.key, column.key) }))
    .filter(({ key }) => !sameFigure(before[key], after[key]))
    .map(({ row, column, key }) => ({
      key,
      row: row.label,
      column: column.label,
      before: before[key] ?? null,
      after: after[key] ?? null,
    }));
}
