import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requireAnyPermission, requirePermission } from '../../../platform/http/session-hook.ts';
import type { ExaminationReadsService } from './examination-reads.service.ts';
import type { ExaminationsService } from './examinations.service.ts';
import {
  ExaminationHealthView,
  ExaminationList,
  ExaminationListQuery,
  ExaminationPage,
  ExaminationStep,
  FindingList,
  FindingListQuery,
  FindingSummary,
  IdParams,
  NotifiedBody,
  PurposeBody,
  ResultsBody,
  tags,
  VerifyIdentityBody,
} from './examinations.views.ts';
import type { FindingsService } from './findings.service.ts';

const base = '/api/health-checks';
const operate = requirePermission('health_check:operate');
const read = requireAnyPermission('health_check:read', 'health_check:operate');
const reveal = requireAnyPermission('health_check:reveal', 'health_check:operate');

/** 体检登记 (identity, results, conclusion), the purpose-stated view, and 重要异常通知 tasks. */
export const examinationsRoutes =
  (
    exams: ExaminationsService,
    reads: ExaminationReadsService,
    findings: FindingsService,
  ): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      `${base}/examinees/:id/examination`,
      {
        onRequest: operate,
        schema: {
          tags,
          summary: '体检登记页（本院参检职工、体检套餐、录入中的结果）',
          params: IdParams,
          response: { 200: ExaminationPage },
        },
      },
      async (req) => exams.page(actorOf(req), req.params.id),
    );
    app.post(
      `${base}/examinees/:id/verify-identity`,
      {
        onRequest: operate,
        schema: {
          tags,
          summary: '核验身份（身份证号码与登记信息比对，不保存号码）',
          params: IdParams,
          body: VerifyIdentityBody,
          response: { 200: ExaminationStep },
        },
      },
      async (req) => exams.verifyIdentity(actorOf(req), req.params.id, req.body),
    );
    app.put(
      `${base}/examinations/:id/results`,
      {
        onRequest: operate,
        schema: {
          tags,
          summary: '保存体检结果（草稿）',
          params: IdParams,
          body: ResultsBody,
          response: { 200: ExaminationStep },
        },
      },
      async (req) => exams.save(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/examinations/:id/conclude`,
      {
        onRequest: operate,
        schema: {
          tags,
          summary: '出具结论（建立体检档案，重要异常生成通知任务）',
          params: IdParams,
          body: ResultsBody,
          response: { 200: ExaminationStep },
        },
      },
      async (req) => exams.conclude(actorOf(req), req.params.id, req.body),
    );
    app.get(
      `${base}/examinations`,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '体检记录列表（不含健康数据）',
          querystring: ExaminationListQuery,
          response: { 200: ExaminationList },
        },
      },
      async (req) => reads.list(actorOf(req), req.query),
    );
    app.post(
      `${base}/examinations/:id/view`,
      {
        onRequest: reveal,
        schema: {
          tags,
          summary: '查看体检结果（须说明用途，逐次审计）',
          params: IdParams,
          body: PurposeBody,
          response: { 200: ExaminationHealthView },
        },
      },
      async (req) => reads.view(actorOf(req), req.params.id, req.body.purpose),
    );
    app.get(
      `${base}/findings`,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '重要异常通知任务（不含异常内容）',
          querystring: FindingListQuery,
          response: { 200: FindingList },
        },
      },
      async (req) => {
        const { overdue, ...rest } = req.query;
        return findings.list(actorOf(req), { ...rest, overdue: overdue === 'true' });
      },
    );
    app.post(
      `${base}/findings/:id/notified`,
      {
        onRequest: operate,
        schema: {
          tags,
          summary: '登记已通知参检单位或家属（第十七条）',
          params: IdParams,
          body: NotifiedBody,
          response: { 200: ExaminationStep },
        },
      },
      async (req) => findings.notified(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/findings/:id/view`,
      {
        onRequest: reveal,
        schema: {
          tags,
          summary: '查看重要异常内容（须说明用途，逐次审计）',
          params: IdParams,
          body: PurposeBody,
          response: { 200: FindingSummary },
        },
      },
      async (req) => findings.view(actorOf(req), req.params.id, req.body.purpose),
    );
  };
