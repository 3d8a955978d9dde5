import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn } from '../../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import type { RankingService } from './ranking.service.ts';
import { requireAssessmentAccess } from './town-assessment.access.ts';
import { IdParams, Period, tags, Year } from './town-assessment.http.ts';

const Line = z.object({
  townOrgId: z.number().int(),
  townName: z.string(),
  points: z.record(z.string(), z.string()),
  total: z.string(),
  rank: z.number().int(),
  missingQuarters: z.array(z.number().int()),
});
const DocumentSummary = z.object({
  id: z.string(),
  year: z.number().int(),
  period: Period,
  orgId: z.number().int(),
  orgName: z.string(),
  number: z.string(),
  datedOn: z.string(),
  publishedAt: z.date().nullable(),
  planVersion: z.number().int(),
});
const DocumentView = DocumentSummary.extend({
  ranking: z.array(Line),
  indicators: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      clause: z.string(),
      maxPoints: z.string(),
      method: z.string(),
    }),
  ),
  canPublish: z.boolean(),
});

export const townAssessmentRankingRoutes =
  (ranking: RankingService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/town-assessment/plans/:id/ranking',
      {
        onRequest: requirePermission('assessment:review'),
        schema: {
          tags,
          summary: '按审核核定数计分排名（按占最高的百分比；半年：第1–2季度，年终：第1–4季度）',
          params: IdParams,
          querystring: z.object({ period: Period }),
          response: {
            200: z.object({
              planId: z.string(),
              planVersion: z.number().int(),
              period: Period,
              lines: z.array(Line),
            }),
          },
        },
      },
      async (req) => ranking.ranking(actorOf(req), req.params.id, req.query.period),
    );
    app.post(
      '/api/town-assessment/plans/:id/documents',
      {
        onRequest: requirePermission('assessment:review'),
        schema: {
          tags,
          summary: '生成半年通报或年终考核结果（发布前可重新生成）',
          params: IdParams,
          body: z.object({ period: Period, datedOn: isoDateIn(dateRanges.casework).optional() }),
          response: { 200: DocumentView },
        },
      },
      async (req) => ranking.generate(actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/api/town-assessment/documents',
      {
        onRequest: requireAssessmentAccess,
        schema: {
          tags,
          summary: '考核通报列表（街镇只看到已发布的）',
          querystring: z.object({ year: Year.optional() }),
          response: { 200: z.object({ items: z.array(DocumentSummary) }) },
        },
      },
      async (req) => ranking.list(actorOf(req), req.query.year),
    );
    app.get(
      '/api/town-assessment/documents/:id',
      {
        onRequest: requireAssessmentAccess,
        schema: { tags, summary: '考核通报（打印用）', params: IdParams, response: { 200: DocumentView } },
      },
      async (req) => ranking.document(actorOf(req), req.params.id),
    );
    app.post(
      '/api/town-assessment/documents/:id/publish',
      {
        onRequest: requirePermission('assessment:review'),
        schema: {
          tags,
          summary: '发布考核通报（发布后不能重新生成）',
          params: IdParams,
          response: { 200: DocumentView },
        },
      },
      async (req) => ranking.publish(actorOf(req), req.params.id),
    );
  };
