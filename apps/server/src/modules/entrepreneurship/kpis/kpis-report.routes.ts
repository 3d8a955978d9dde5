import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendXlsx } from '../../../platform/excel-export/list-export.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { ReportOut } from '../../training/reports/progress-report.routes.ts';
import { KpiWhere } from './kpis.routes.ts';
import type { KpisReportService } from './kpis-report.service.ts';

const tags = ['创业服务'];

export const kpisReportRoutes =
  (reports: KpisReportService): FastifyPluginAsyncZod =>
  async (app) => {
    const read = { onRequest: requirePermission('entrepreneurship:read') };
    app.get(
      '/api/entrepreneurship/kpis/report',
      {
        ...read,
        schema: {
          tags,
          summary:
            '创业培训半年、年终进展情况报告：接受创业服务、开业成功率、带动就业、稳定经营（由记录生成，可打印）',
          querystring: KpiWhere,
          response: { 200: ReportOut },
        },
      },
      async (req) => reports.report(actorOf(req), req.query),
    );
    app.get(
      '/api/entrepreneurship/kpis/report.xlsx',
      {
        ...read,
        schema: { tags, summary: '导出创业培训进展情况报告（xlsx，记入审计日志）', querystring: KpiWhere },
      },
      async (req, reply) => {
        const { fileName, workbook } = await reports.exportXlsx(actorOf(req), req.query);
        return sendXlsx(reply, fileName, workbook);
      },
    );
  };
