import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Clock } from '../../../platform/clock.ts';
import { auditedReportXlsx } from '../../training/reports/progress-report.xlsx.ts';
import type { KpiPeriodQuery, KpisService } from './kpis.service.ts';
import { kpisReport } from './kpis-report.ts';

/** The half-year and year-end entrepreneurship training report, generated from the records when asked. */
export function createKpisReportService(deps: { db: Db; clock: Clock; kpis: KpisService }) {
  const report = async (actor: Actor, q: KpiPeriodQuery) =>
    kpisReport(await deps.kpis.kpisByChild(actor, q), deps.clock.today());

  return {
    report,

    /** The report as xlsx; the export is audited (figures only, no personal data). */
    exportXlsx: async (actor: Actor, q: KpiPeriodQuery) =>
      auditedReportXlsx(deps.db, actor, await report(actor, q), {
        action: 'entrepreneurship.report.export',
        detail: {},
      }),
  };
}

export type KpisReportService = ReturnType<typeof createKpisReportService>;
