import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { ProgressPeriodQuery, ProgressService } from '../progress/progress.service.ts';
import { progressReport } from './progress-report.ts';
import { progressReportWorkbook } from './progress-report.xlsx.ts';

/** The half-year and year-end report, generated from the records whenever it is asked for. */
export function createProgressReportService(deps: { db: Db; clock: Clock; progress: ProgressService }) {
  const report = async (actor: Actor, q: ProgressPeriodQuery) =>
    progressReport(await deps.progress.progress(actor, q), deps.clock.today());

  return {
    report,

    /** The report as xlsx; the export is audited (figures only, no personal data). */
    async exportXlsx(actor: Actor, q: ProgressPeriodQuery) {
      const r = await report(actor, q);
      await recordAudit(deps.db, actor, {
        action: 'training.report.export',
        targetType: 'organisation',
        targetId: r.org.id,
        detail: { from: r.period.from, to: r.period.to, programme: q.programme ?? 'skills_reemployment' },
      });
      return { fileName: `${r.title}（${r.period.label}）.xlsx`, workbook: await progressReportWorkbook(r) };
    },
  };
}

export type ProgressReportService = ReturnType<typeof createProgressReportService>;
