import type { Actor } from '../../platform/access/actor.ts';
import type { IndicatorPort } from './indicator-port.ts';
import type { Figures } from './report-figures.ts';
import { type ReportPeriod, yearToDate } from './report-period.ts';
import { cellKey, cellsOf, type ReportTemplate } from './report-templates.ts';

/**
 * The figures of a template for an organisation and period, counted now from the records: each
 * cell is its row's indicator over its column's period (本期 or 本年累计).
 */
export async function countFigures(
  indicators: IndicatorPort,
  actor: Actor,
  t: ReportTemplate,
  orgId: number,
  period: ReportPeriod,
): Promise<Figures> {
  const ytd = yearToDate(period);
  const cells = await Promise.all(
    cellsOf(t).map(async ({ row, column }) => {
      const span = column.key === 'ytd' ? ytd : { from: period.from, to: period.to };
      const figure = await indicators.indicatorValue(actor, orgId, row.indicator, span);
      return [cellKey(row.key, column.key), figure] as const;
    }),
  );
  return Object.fromEntries(cells);
}
