import type { Actor } from '../../platform/access/actor.ts';
import type { IndicatorPort } from './indicator-port.ts';
import type { Figures } from './report-figures.ts';
import { type ReportPeriod, yearToDate } from './report-period.ts';
import { cellKey, cellsOf, type ReportTemplate } from './report-templates.ts';

/**
 * The figures of a template for an organisation and period, counted now from the records: each
 * cell is its row's indicator over its column's period (本期 or 本年累计), one query per column.
 */
export async function countFigures(
  indicators: IndicatorPort,
  actor: Actor,
  t: ReportTemplate,
  orgId: number,
  period: ReportPeriod,
): Promise<Figures> {
  const figures: Figures = {};
  for (const column of t.columns) {
    const span = column.key === 'ytd' ? yearToDate(period) : { from: period.from, to: period.to };
    const cells = cellsOf(t).filter((c) => c.column.key === column.key);
    const codes = [...new Set(cells.map((c) => c.row.indicator))];
    const values = await indicators.indicatorValues(actor, orgId, codes, span);
    for (const { row } of cells) {
      const figure = values.get(row.indicator);
      if (figure) figures[cellKey(row.key, column.key)] = figure;
    }
  }
  return figures;
}
