import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn } from '../../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { businessPlanStatuses } from './files.schema.ts';
import { planIndustries, YuanInput } from './plan-rules.ts';
import type { BusinessPlansService } from './plans.service.ts';

const tags = ['创业服务'];
const IdParams = z.object({ id: z.uuid() });

export const PlanView = z.object({
  id: z.string(),
  fileId: z.string(),
  title: z.string(),
  sector: z.string(),
  industry: z.string(),
  serviceSector: z.boolean(),
  /** 元, two decimals */
  investment: z.string(),
  plannedJobs: z.number(),
  summary: z.string().nullable(),
  submittedOn: z.string(),
  status: z.enum(businessPlanStatuses),
  decidedOn: z.string().nullable(),
});

export const ReviewView = z.object({
  id: z.string(),
  planId: z.string(),
  expertId: z.string(),
  expertName: z.string(),
  assignedOn: z.string(),
  feasible: z.boolean().nullable(),
  score: z.number().nullable(),
  opinion: z.string().nullable(),
  reviewedOn: z.string().nullable(),
});

/** A plan as its assigned expert sees it: the summary, the trainee's name (no ID number), their own review. */
const AssignedPlan = PlanView.omit({ id: true, fileId: true, decidedOn: true })
  .extend(
    ReviewView.pick({ assignedOn: true, feasible: true, score: true, opinion: true, reviewedOn: true }).shape,
  )
  .extend({ reviewId: z.string(), planId: z.string(), fileNumber: z.string(), traineeName: z.string() });

export const businessPlansRoutes =
  (plans: BusinessPlansService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/entrepreneurship/files/:id/plans',
      {
        onRequest: requirePermission('entrepreneurship:write'),
        schema: {
          tags,
          summary: '提交创业计划书摘要（计划书文件作为附件上传，附件类型 entrepreneurship.plan）',
          params: IdParams,
          body: z.object({
            title: z.string().trim().min(1).max(200),
            sector: z.string().trim().min(1).max(100),
            industry: z.enum(planIndustries).default('other'),
            serviceSector: z.boolean(),
            investment: YuanInput,
            plannedJobs: z.number().int().min(0).max(100_000),
            summary: z.string().trim().max(2000).nullable().default(null),
            submittedOn: isoDateIn(dateRanges.casework),
          }),
          response: { 200: PlanView },
        },
      },
      async (req) => plans.submit(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/entrepreneurship/plans/:id/experts',
      {
        onRequest: requirePermission('entrepreneurship:write'),
        schema: {
          tags,
          summary: '指派专家评审创业计划书（在册且未暂停的专家，可多位）',
          params: IdParams,
          body: z.object({ expertIds: z.array(z.uuid()).min(1).max(10) }),
          response: { 200: z.array(ReviewView) },
        },
      },
      async (req) => plans.assign(actorOf(req), req.params.id, req.body.expertIds),
    );
    app.get(
      '/api/entrepreneurship/reviews',
      {
        onRequest: requirePermission('entrepreneurship:review'),
        schema: {
          tags,
          summary: '专家本人：指派给我的创业计划书',
          response: { 200: z.array(AssignedPlan) },
        },
      },
      async (req) => plans.assigned(actorOf(req)),
    );
    app.get(
      '/api/entrepreneurship/reviews/:id',
      {
        onRequest: requirePermission('entrepreneurship:review'),
        schema: {
          tags,
          summary: '专家本人：一份指派给我的计划书（按计划书编号）',
          params: IdParams,
          response: { 200: AssignedPlan },
        },
      },
      async (req) => plans.assignedOne(actorOf(req), req.params.id),
    );
    app.post(
      '/api/entrepreneurship/reviews/:id',
      {
        onRequest: requirePermission('entrepreneurship:review'),
        schema: {
          tags,
          summary: '专家本人：提交评审意见（是否可行、评分 0–100、意见）；一位专家认为可行即评审通过',
          params: IdParams,
          body: z.object({
            feasible: z.boolean(),
            score: z.number().int().min(0).max(100),
            opinion: z.string().trim().min(2).max(2000),
          }),
          response: {
            200: z.object({
              planId: z.string(),
              status: z.enum(businessPlanStatuses),
              decidedOn: z.string().nullable(),
            }),
          },
        },
      },
      async (req) => plans.review(actorOf(req), req.params.id, req.body),
    );
  };
