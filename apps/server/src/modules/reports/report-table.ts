import { indicatorByCode } from '../statistics/indicator-catalogue.ts';
import { type Figure, type Figures, isRate, sameFigure, shown } from './report-figures.ts';
import { cellKey, type ReportTemplate } from './report-templates.ts';

export interface TableCell {
  /** the figure as printed: a count, or a rate in percent with two decimals */
  value: number | null;
  /** why there is no figure (the records cannot give it, or a rate has no denominator) */
  reason: string | null;
  /** the figure counted now from the records, when given and different from the stored one */
  live?: number | null;
  differs?: boolean;
}

const reasonOf = (f: Figure | undefined) =>
  f === undefined
    ? '未生成'
    : isRate(f)
      ? f.denominator === 0
        ? '分母为0，比率不适用'
        : null
      : (f.reason ?? null);

const cell = (f: Figure | undefined): TableCell => ({
  value: shown(f),
  reason: shown(f) === null ? reasonOf(f) : null,
});

/**
 * A template filled with figures as the screen, the print page and the xlsx show it: one line per
 * row, one cell per column (null where the row has no such cell, e.g. 本年累计 of a stock). With
 * `live`, each cell also carries the figure counted now and whether it differs.
 */
export function reportTable(t: ReportTemplate, figures: Figures, live?: Figures) {
  return {
    columns: t.columns,
    rows: t.rows.map((row) => ({
      key: row.key,
      label: row.label,
      indent: row.indent ?? 0,
      unit: row.unit,
      source: row.source,
      definition: indicatorByCode(row.indicator)?.definition ?? '',
      cells: t.columns.map((c): TableCell | null => {
        if (row.stock && c.key === 'ytd') return null;
        const key = cellKey(row.key, c.key);
        const stored = cell(figures[key]);
        if (!live) return stored;
        const differs = !sameFigure(figures[key], live[key]);
        return { ...stored, differs, ...(differs ? { live: shown(live[key]) } : {}) };
      }),
    })),
  };
}

export type ReportTable = ReturnType<typeof reportTable>;
