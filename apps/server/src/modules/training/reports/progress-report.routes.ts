import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { sendXlsx } from '../../../platform/excel-export/list-export.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { Org, PeriodOut, ProgressWhere } from '../progress/progress.routes.ts';
import type { ProgressReportService } from './progress-report.service.ts';

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

/**
 * The two routes of a half-year / year-end report: `path` as JSON for the screen and the print
 * page, `path.xlsx` as a sheet whose export the service audits.
 */
export const periodReportRoutes =
  <Q extends z.ZodObject>(o: {
    path: string;
    permission: Permission;
    tags: string[];
    summary: string;
    querystring: Q;
    reports: {
      report: (actor: Actor, q: z.infer<Q>) => Promise<z.infer<typeof ReportOut>>;
      exportXlsx: (actor: Actor, q: z.infer<Q>) => Promise<{ fileName: string; workbook: Buffer }>;
    };
  }): FastifyPluginAsyncZod =>
  async (app) => {
    const read = { onRequest: requirePermission(o.permission) };
    const schema = { tags: o.tags, querystring: o.querystring };
    // validated against `querystring` (the type provider cannot follow the generic Q)
    const query = (req: { query: unknown }) => req.query as z.infer<Q>;
    app.get(
      o.path,
      {
        ...read,
        schema: { ...schema, summary: `${o.summary}（由记录生成，可打印）`, response: { 200: ReportOut } },
      },
      async (req) => o.reports.report(actorOf(req), query(req)),
    );
    app.get(
      `${o.path}.xlsx`,
      { ...read, schema: { ...schema, summary: '导出进展情况报告（xlsx，记入审计日志）' } },
      async (req, reply) => {
        const { fileName, workbook } = await o.reports.exportXlsx(actorOf(req), query(req));
        return sendXlsx(reply, fileName, workbook);
      },
    );
  };

export const progressReportRoutes = (reports: ProgressReportService) =>
  periodReportRoutes({
    path: '/api/training/progress/report',
    permission: 'training:read',
    tags: ['职业培训'],
    summary: '城镇技能再就业计划半年、年终进展情况报告',
    querystring: ProgressWhere,
    reports,
  });
