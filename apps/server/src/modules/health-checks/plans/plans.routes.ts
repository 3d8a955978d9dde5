import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import type { ExamineesService } from './examinees.service.ts';
import type { PlansService } from './plans.service.ts';
import {
  AllocateBody,
  Changed,
  ExamineeList,
  ExamineeQuery,
  Generated,
  IdParams,
  Notice,
  NoticeQuery,
  NotifyBody,
  PlanBody,
  PlanDetail,
  PlanEmployers,
  PlanList,
  PlanPatch,
  PlanQuery,
  tags,
  VersionBody,
} from './plans.views.ts';

const base = '/api/health-checks/plans';
const read = requirePermission('health_check:read');
const manage = requirePermission('health_check:manage');
/** `none` in a query names the flexible workers (no employer). */
const employerKey = (ref: string) => (ref === 'none' ? null : ref);

/** 体检计划: the year's plan, its examinees from the contributions, allocation and notice. */
export const plansRoutes =
  (plans: PlansService, examinees: ExamineesService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      base,
      {
        onRequest: read,
        schema: { tags, summary: '年度体检计划列表', querystring: PlanQuery, response: { 200: PlanList } },
      },
      async (req) => plans.list(actorOf(req), req.query),
    );
    app.post(
      base,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '制定年度体检计划（未给项目时采用标准体检项目）',
          body: PlanBody,
          response: { 200: PlanDetail },
        },
      },
      async (req) => plans.create(actorOf(req), req.body),
    );
    app.get(
      `${base}/:id`,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '体检计划（项目、人数、定点医院）',
          params: IdParams,
          response: { 200: PlanDetail },
        },
      },
      async (req) => plans.detail(actorOf(req), req.params.id),
    );
    app.patch(
      `${base}/:id`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '修改体检计划（仅编制中）',
          params: IdParams,
          body: PlanPatch,
          response: { 200: PlanDetail },
        },
      },
      async (req) => plans.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/:id/open`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '开始体检',
          params: IdParams,
          body: VersionBody,
          response: { 200: PlanDetail },
        },
      },
      async (req) => plans.open(actorOf(req), req.params.id, req.body.version),
    );
    app.post(
      `${base}/:id/close`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '结束体检',
          params: IdParams,
          body: VersionBody,
          response: { 200: PlanDetail },
        },
      },
      async (req) => plans.close(actorOf(req), req.params.id, req.body.version),
    );
    app.post(
      `${base}/:id/examinees/generate`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '生成参检名单（按参保月份已缴基本医疗保险；重复生成只增加新人员）',
          params: IdParams,
          response: { 200: Generated },
        },
      },
      async (req) => plans.generate(actorOf(req), req.params.id),
    );
    app.get(
      `${base}/:id/examinees`,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '参检职工（按医院、日期、状态、单位筛选；身份号码脱敏）',
          params: IdParams,
          querystring: ExamineeQuery,
          response: { 200: ExamineeList },
        },
      },
      async (req) => {
        const { employerId, ...rest } = req.query;
        return examinees.list(actorOf(req), req.params.id, {
          ...rest,
          employerId: employerId === undefined ? undefined : employerKey(employerId),
        });
      },
    );
    app.get(
      `${base}/:id/employers`,
      {
        onRequest: read,
        schema: { tags, summary: '参检单位及人数', params: IdParams, response: { 200: PlanEmployers } },
      },
      async (req) => examinees.employers(actorOf(req), req.params.id),
    );
    app.post(
      `${base}/:id/allocate`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '分配体检医院和日期（按单位或所选职工；不超过医院计划日均受检人数）',
          params: IdParams,
          body: AllocateBody,
          response: { 200: Changed },
        },
      },
      async (req) => {
        const { target, ...rest } = req.body;
        return examinees.allocate(actorOf(req), req.params.id, {
          ...rest,
          target:
            target.kind === 'employer'
              ? { kind: 'employer', employerId: employerKey(target.employerId) }
              : target,
        });
      },
    );
    app.post(
      `${base}/:id/notify`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '标记已通知单位和职工（第十条）',
          params: IdParams,
          body: NotifyBody,
          response: { 200: Changed },
        },
      },
      async (req) => {
        const { target } = req.body;
        return examinees.notify(
          actorOf(req),
          req.params.id,
          target.kind === 'employer'
            ? { kind: 'employer', employerId: employerKey(target.employerId) }
            : target,
        );
      },
    );
    app.get(
      `${base}/:id/notice`,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '单位体检通知（体检时间、医院、体检禁忌及注意事项）',
          params: IdParams,
          querystring: NoticeQuery,
          response: { 200: Notice },
        },
      },
      async (req) => examinees.notice(actorOf(req), req.params.id, employerKey(req.query.employerId)),
    );
  };
