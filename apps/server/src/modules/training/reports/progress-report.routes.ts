import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../../../platform/excel-export/list-export.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { Org, PeriodOut, ProgressWhere } from '../progress/progress.routes.ts';
import type { ProgressReportService } from './progress-report.service.ts';

const tags = ['职业培训'];

/** A half-year / year-end report generated from the records (PeriodReport), with the plan's checks. */
export const ReportOut = z.object({
  title: z.string(),
  org: Org,
  period: PeriodOut,
  generatedOn: z.string(),
  summary: z.array(z.string()),
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  total: z.array(z.string()),
  statuses: z.array(z.object({ label: z.string(), status: z.string() })),
  notes: z.array(z.string()),
});

export const progressReportRoutes =
  (reports: ProgressReportService): FastifyPluginAsyncZod =>
  async (app) => {
    const read = { onRequest: requirePermission('training:read') };
    app.get(
      '/api/training/progress/report',
      {
        ...read,
        schema: {
          tags,
          summary: '城镇技能再就业计划半年、年终进展情况报告（由记录生成，可打印）',
          querystring: ProgressWhere,
          response: {
            200: ReportOut,
          },
        },
      },
      async (req) => reports.report(actorOf(req), req.query),
    );
    app.get(
      '/api/training/progress/report.xlsx',
      {
        ...read,
        schema: { tags, summary: '导出进展情况报告（xlsx，记入审计日志）', querystring: ProgressWhere },
      },
      async (req, reply) => {
        const { fileName, workbook } = await reports.exportXlsx(actorOf(req), req.query);
        return sendXlsx(reply, fileName, workbook);
      },
    );
  };
