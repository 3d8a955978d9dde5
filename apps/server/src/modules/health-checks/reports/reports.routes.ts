import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../../../platform/excel-export/list-export.ts';
import { actorOf, requireAnyPermission, requirePermission } from '../../../platform/http/session-hook.ts';
import type { AnalysisService } from './analysis.service.ts';
import {
  AnalysisOut,
  AnalysisQuery,
  AnalysisSubmissions,
  AnalysisSubmitBody,
  PlanQuery,
  ReportPlans,
  tags,
  WeeklyOverview,
  WeeklyPreview,
  WeeklySubmitBody,
  WeeklySubmitted,
  WeekQuery,
} from './reports.views.ts';
import type { WeeklyReportsService } from './weekly-reports.service.ts';

const read = requireAnyPermission('health_check:read', 'health_check:operate');
const operate = requirePermission('health_check:operate');

/** 第十六条: the weekly progress tables and the closing analysis report. */
export const healthCheckReportsRoutes =
  (s: { weekly: WeeklyReportsService; analysis: AnalysisService }): FastifyPluginAsyncZod =>
  async (app) => {
    const weekly = '/api/health-checks/weekly-reports';
    app.get(
      weekly,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '体检进度周报报送情况（医院 × 周）',
          querystring: PlanQuery,
          response: { 200: WeeklyOverview },
        },
      },
      async (req) => s.weekly.overview(actorOf(req), req.query),
    );
    app.get(
      `${weekly}/plans`,
      {
        onRequest: read,
        schema: { tags, summary: '可报送、查看的体检计划', response: { 200: ReportPlans } },
      },
      async (req) => s.weekly.plans(actorOf(req)),
    );
    app.get(
      `${weekly}/preview`,
      {
        onRequest: operate,
        schema: {
          tags,
          summary: '本院某周进度情况统计表（由记录生成）',
          querystring: WeekQuery,
          response: { 200: WeeklyPreview },
        },
      },
      async (req) => s.weekly.preview(actorOf(req), req.query),
    );
    app.post(
      weekly,
      {
        onRequest: operate,
        schema: {
          tags,
          summary: '报送本周进度（重报覆盖，记入审计）',
          body: WeeklySubmitBody,
          response: { 200: WeeklySubmitted },
        },
      },
      async (req) => s.weekly.submit(actorOf(req), req.body),
    );

    const analysis = '/api/health-checks/analysis';
    app.get(
      analysis,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '体检分析报告（按年龄段、性别、单位、异常发现汇总，不足5人显示<5）',
          querystring: AnalysisQuery,
          response: { 200: AnalysisOut },
        },
      },
      async (req) => s.analysis.generate(actorOf(req), req.query),
    );
    app.get(
      `${analysis}.xlsx`,
      {
        onRequest: read,
        schema: { tags, summary: '导出体检分析报告（xlsx，记入审计日志）', querystring: AnalysisQuery },
      },
      async (req, reply) => {
        const { fileName, workbook } = await s.analysis.exportXlsx(actorOf(req), req.query);
        return sendXlsx(reply, fileName, workbook);
      },
    );
    app.get(
      `${analysis}/submissions`,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '各医院已提交的分析报告',
          querystring: PlanQuery,
          response: { 200: AnalysisSubmissions },
        },
      },
      async (req) => s.analysis.submissions(actorOf(req), req.query),
    );
    app.post(
      `${analysis}/submissions`,
      {
        onRequest: operate,
        schema: {
          tags,
          summary: '医院提交分析报告（附分析说明）',
          body: AnalysisSubmitBody,
          response: { 200: z.object({ id: z.string(), submittedAt: z.string() }) },
        },
      },
      async (req) => s.analysis.submit(actorOf(req), req.body),
    );
  };
