import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { ProgressPeriodQuery, ProgressService } from '../progress/progress.service.ts';
import { progressReport } from './progress-report.ts';
import { auditedReportXlsx } from './progress-report.xlsx.ts';

/** The half-year and year-end report, generated from the records whenever it is asked for. */
export function createProgressReportService(deps: { db: Db; clock: Clock; progress: ProgressService }) {
  const report = async (actor: Actor, q: ProgressPeriodQuery) =>
    progressReport(await deps.progress.progress(actor, q), deps.clock.today());

  return {
    report,

    /** The report as xlsx; the export is audited (figures only, no personal data). */
    async exportXlsx(actor: Actor, q: ProgressPeriodQuery) {
      return auditedReportXlsx(deps.db, actor, await report(actor, q), {
        action: 'training.report.export',
        detail: { programme: q.programme ?? 'skills_reemployment' },
      });
    },
  };
}

export type ProgressReportService = ReturnType<typeof createProgressReportService>;
