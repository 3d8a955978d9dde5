import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hasPermission } from '../../platform/access/actor.ts';
import { forbidden } from '../../platform/errors.ts';
import { sendXlsx } from '../../platform/excel-export/list-export.ts';
import { SerialId, SerialIdText } from '../../platform/http/input-schemas.ts';
import { PageQuery, pageOf } from '../../platform/http/paging.ts';
import { actorOf, requireActor, requirePermission } from '../../platform/http/session-hook.ts';
import { reportReading } from './report-access.ts';
import { Overview, ReportDetail, ReportItem, TemplateWithDue } from './reports.schemas.ts';
import type { ReportsService } from './reports.service.ts';
import type { ReportsQueryService } from './reports-query.service.ts';

const tags = ['定期统计报表'];

/** Reading reports: those who prepare them, those who review them, and readers such as 局领导. */
const requireReportReader = async (req: FastifyRequest) => {
  const actor = requireActor(req);
  if (!reportReading.some((p) => hasPermission(actor, p))) throw forbidden();
};

const PeriodKey = z.string().trim().max(10);
const IdParams = z.object({ id: z.uuid() });
const VersionQuery = z.object({ version: z.coerce.number().int().min(1).max(10_000).optional() });
const Ok = z.object({ ok: z.literal(true) });
const ok = { ok: true as const };

export const reportsRoutes =
  (reports: ReportsService, query: ReportsQueryService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/reports/templates',
      {
        onRequest: requireReportReader,
        schema: {
          tags,
          summary: '报表模板（行、列、指标及其出处，报送时限）',
          response: { 200: z.array(TemplateWithDue) },
        },
      },
      async () => query.templates(),
    );
    app.put(
      '/api/reports/templates/:code/due',
      {
        onRequest: requirePermission('report:review'),
        schema: {
          tags,
          summary: '设置报送时限：报告期结束后第几个工作日（记入审计日志）',
          params: z.object({ code: z.string().max(50) }),
          body: z.object({ workingDays: z.number().int().min(1).max(60) }),
          response: { 200: Ok },
        },
      },
      async (req) => {
        await query.setDueDays(actorOf(req), req.params.code, req.body.workingDays);
        return ok;
      },
    );
    app.get(
      '/api/reports',
      {
        onRequest: requireReportReader,
        schema: {
          tags,
          summary: '报表列表（本单位及下级）',
          querystring: PageQuery.extend({
            templateCode: z.string().max(50).optional(),
            period: PeriodKey.optional(),
            orgId: SerialIdText.optional(),
          }),
          response: { 200: pageOf(ReportItem) },
        },
      },
      async (req) => query.list(actorOf(req), req.query),
    );
    app.post(
      '/api/reports/generate',
      {
        onRequest: requirePermission('report:prepare'),
        schema: {
          tags,
          summary: '从业务记录生成报表（草稿可重新生成；已上报的不能）',
          body: z.object({ templateCode: z.string().max(50), period: PeriodKey, orgId: SerialId }),
          response: { 200: z.object({ id: z.string() }) },
        },
      },
      async (req) => reports.generate(actorOf(req), req.body),
    );
    app.get(
      '/api/reports/overview',
      {
        onRequest: requireReportReader,
        schema: {
          tags,
          summary: '下级报送情况（状态、时限、逾期）及已上报数据汇总',
          querystring: z.object({
            templateCode: z.string().max(50),
            period: PeriodKey,
            orgId: SerialIdText.optional(),
          }),
          response: { 200: Overview },
        },
      },
      async (req) => query.overview(actorOf(req), req.query),
    );
    app.get(
      '/api/reports/:id',
      {
        onRequest: requireReportReader,
        schema: {
          tags,
          summary: '报表详情：所选版本的数据、当前重新计算的数据、各版本及与上一版本的差异',
          params: IdParams,
          querystring: VersionQuery,
          response: { 200: ReportDetail },
        },
      },
      async (req) => query.get(actorOf(req), req.params.id, req.query.version),
    );
    app.get(
      '/api/reports/:id/export.xlsx',
      {
        onRequest: requireReportReader,
        schema: {
          tags,
          summary: '导出报表（xlsx，记入审计日志）',
          params: IdParams,
          querystring: VersionQuery,
        },
      },
      async (req, reply) => {
        const { fileName, workbook } = await query.exportXlsx(actorOf(req), req.params.id, req.query.version);
        return sendXlsx(reply, fileName, workbook);
      },
    );
    app.post(
      '/api/reports/:id/submit',
      {
        onRequest: requirePermission('report:prepare'),
        schema: {
          tags,
          summary: '上报（上报后锁定）',
          params: IdParams,
          body: z.object({
            unitHead: z.string().trim().min(1).max(30),
            preparer: z.string().trim().min(1).max(30),
          }),
          response: { 200: Ok },
        },
      },
      async (req) => {
        await reports.submit(actorOf(req), req.params.id, req.body);
        return ok;
      },
    );
    app.post(
      '/api/reports/:id/review',
      {
        onRequest: requirePermission('report:review'),
        schema: {
          tags,
          summary: '上级审核：通过或退回（退回须说明原因）',
          params: IdParams,
          body: z.object({
            decision: z.enum(['accept', 'return']),
            note: z.string().trim().max(500).optional(),
          }),
          response: { 200: Ok },
        },
      },
      async (req) => {
        await reports.review(actorOf(req), req.params.id, req.body);
        return ok;
      },
    );
    app.post(
      '/api/reports/:id/correct',
      {
        onRequest: requirePermission('report:prepare'),
        schema: {
          tags,
          summary: '更正：生成新版本并说明原因（旧版本保留）',
          params: IdParams,
          body: z.object({ reason: z.string().trim().min(1).max(500) }),
          response: { 200: z.object({ version: z.number().int() }) },
        },
      },
      async (req) => reports.correct(actorOf(req), req.params.id, req.body),
    );
  };
