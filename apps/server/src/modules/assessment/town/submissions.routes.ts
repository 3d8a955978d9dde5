import { scoringMethods } from '@minsheng/rules/policies/feicheng/town-assessment/plan-scoring.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SerialId } from '../../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import type { SubmissionReviewService } from './submission-review.service.ts';
import type { SubmissionsService } from './submissions.service.ts';
import { requireAssessmentAccess } from './town-assessment.access.ts';
import { Figure, IdParams, PlanIndicatorBody, Quarter, Reason, tags, Year } from './town-assessment.http.ts';
import { submissionStatuses } from './town-assessment.schema.ts';

const Count = z.object({ value: z.number().int(), denominator: z.number().int().nullish() });
const SubmissionItem = z.object({
  id: z.string(),
  year: z.number().int(),
  quarter: z.number().int(),
  townOrgId: z.number().int(),
  townName: z.string(),
  status: z.enum(submissionStatuses),
  submittedAt: z.date().nullable(),
  reviewedAt: z.date().nullable(),
});
const SubmissionView = SubmissionItem.extend({
  version: z.number().int(),
  planId: z.string(),
  planVersion: z.number().int(),
  figures: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      clause: z.string(),
      unit: PlanIndicatorBody.shape.unit,
      method: z.enum(scoringMethods),
      evidence: z.string(),
      /** the attachment category of this indicator's evidence files */
      evidenceCategory: z.string(),
      target: z.number().int().nullable(),
      figureId: z.string().nullable(),
      claimed: z.number().int().nullable(),
      claimedDenominator: z.number().int().nullable(),
      note: z.string().nullable(),
      accepted: z.number().int().nullable(),
      acceptedDenominator: z.number().int().nullable(),
      adjustReason: z.string().nullable(),
      systemCount: Count.nullable(),
    }),
  ),
});
const Figures = z
  .array(
    z.object({
      code: z.string().min(1).max(40),
      claimed: Figure,
      denominator: Figure.nullish(),
      note: z.string().trim().max(200).nullish(),
    }),
  )
  .max(40);

export const townAssessmentSubmissionsRoutes =
  (submissions: SubmissionsService, review: SubmissionReviewService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/town-assessment/submissions',
      {
        onRequest: requireAssessmentAccess,
        schema: {
          tags,
          summary: '街镇季度上报列表（本机构及下级）',
          querystring: z.object({
            year: Year.optional(),
            quarter: Quarter.optional(),
            status: z.enum(submissionStatuses).optional(),
          }),
          response: {
            200: z.object({ items: z.array(SubmissionItem) }),
          },
        },
      },
      async (req) => submissions.list(actorOf(req), req.query),
    );
    app.get(
      '/api/town-assessment/submissions/:id',
      {
        onRequest: requireAssessmentAccess,
        schema: {
          tags,
          summary: '一个季度上报：各指标的上报数、系统统计数、核定数和调整理由',
          params: IdParams,
          response: { 200: SubmissionView },
        },
      },
      async (req) => submissions.view(actorOf(req), req.params.id),
    );
    app.post(
      '/api/town-assessment/submissions',
      {
        onRequest: requirePermission('assessment:submit'),
        schema: {
          tags,
          summary: '街镇填报季度完成情况（草稿；上报前可修改）',
          body: z.object({ townOrgId: SerialId, year: Year, quarter: Quarter, figures: Figures }),
          response: { 200: SubmissionView },
        },
      },
      async (req) => submissions.create(actorOf(req), req.body),
    );
    app.put(
      '/api/town-assessment/submissions/:id/figures',
      {
        onRequest: requirePermission('assessment:submit'),
        schema: {
          tags,
          summary: '修改草稿中的上报数（已上报须先撤回，已审核不能修改）',
          params: IdParams,
          body: z.object({ figures: Figures }),
          response: { 200: SubmissionView },
        },
      },
      async (req) => submissions.saveFigures(actorOf(req), req.params.id, req.body),
    );
    for (const [action, summary] of [
      ['submit', '上报（每项指标均须填写）'],
      ['withdraw', '撤回上报（审核前）'],
    ] as const) {
      app.post(
        `/api/town-assessment/submissions/:id/${action}`,
        {
          onRequest: requirePermission('assessment:submit'),
          schema: { tags, summary, params: IdParams, response: { 200: SubmissionView } },
        },
        async (req) => submissions[action](actorOf(req), req.params.id),
      );
    }
    app.post(
      '/api/town-assessment/submissions/:id/review',
      {
        onRequest: requirePermission('assessment:review'),
        schema: {
          tags,
          summary: '市局审核：逐项确认或调整（调整须说明理由，告知街镇），审核后锁定',
          params: IdParams,
          body: z.object({
            decisions: z
              .array(
                z.object({
                  code: z.string().min(1).max(40),
                  accepted: Figure,
                  denominator: Figure.nullish(),
                  reason: Reason.nullish(),
                }),
              )
              .max(40),
          }),
          response: { 200: SubmissionView },
        },
      },
      async (req) => review.review(actorOf(req), req.params.id, req.body),
    );
  };
