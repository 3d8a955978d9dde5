import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SerialId, Version } from '../../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import type { PlansService } from './plans.service.ts';
import { requireAssessmentAccess } from './town-assessment.access.ts';
import { IdParams, PlanIndicatorBody, PlanIndicators, Reason, tags, Year } from './town-assessment.http.ts';

const PlanView = z.object({
  id: z.string(),
  year: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  version: z.number().int(),
  reason: z.string().nullable(),
  createdAt: z.date(),
  createdByName: z.string(),
  isLatest: z.boolean(),
  towns: z.array(z.object({ id: z.number().int(), name: z.string() })),
  indicators: z.array(PlanIndicatorBody),
});

export const townAssessmentPlansRoutes =
  (plans: PlansService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/town-assessment/plans',
      {
        onRequest: requireAssessmentAccess,
        schema: {
          tags,
          summary: '考核方案列表（各年度最新版本；街镇看到考核本街镇的方案）',
          querystring: z.object({ year: Year.optional() }),
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.string(),
                  year: z.number().int(),
                  orgId: z.number().int(),
                  orgName: z.string(),
                  version: z.number().int(),
                  createdAt: z.date(),
                }),
              ),
            }),
          },
        },
      },
      async (req) => plans.list(actorOf(req), req.query.year),
    );
    app.get(
      '/api/town-assessment/plans/:id',
      {
        onRequest: requireAssessmentAccess,
        schema: {
          tags,
          summary: '考核方案的一个版本：指标、分值、计分方法和各街镇目标（街镇只看到本街镇的目标）',
          params: IdParams,
          response: { 200: PlanView },
        },
      },
      async (req) => plans.view(actorOf(req), req.params.id),
    );
    app.get(
      '/api/town-assessment/plans/:id/history',
      {
        onRequest: requireAssessmentAccess,
        schema: {
          tags,
          summary: '考核方案的全部版本（新到旧，含修改理由）',
          params: IdParams,
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.string(),
                  version: z.number().int(),
                  reason: z.string().nullable(),
                  createdAt: z.date(),
                  createdByName: z.string().nullable(),
                }),
              ),
            }),
          },
        },
      },
      async (req) => plans.history(actorOf(req), req.params.id),
    );
    app.post(
      '/api/town-assessment/plans',
      {
        onRequest: requirePermission('assessment:configure'),
        schema: {
          tags,
          summary: '制定年度考核方案（评分标准：指标、分值、计分方法、各街镇目标）',
          body: z.object({ orgId: SerialId, year: Year, indicators: PlanIndicators }),
          response: { 200: PlanView },
        },
      },
      async (req) => plans.create(actorOf(req), req.body),
    );
    app.put(
      '/api/town-assessment/plans/:id',
      {
        onRequest: requirePermission('assessment:configure'),
        schema: {
          tags,
          summary: '修改考核方案：生成新版本并记录理由（须在最新版本上修改）',
          params: IdParams,
          body: z.object({ indicators: PlanIndicators, reason: Reason, version: Version }),
          response: { 200: PlanView },
        },
      },
      async (req) => plans.revise(actorOf(req), req.params.id, req.body),
    );
  };
