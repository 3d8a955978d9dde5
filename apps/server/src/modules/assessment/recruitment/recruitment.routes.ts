import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hasPermission } from '../../../platform/access/actor.ts';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { DomainError } from '../../../platform/errors.ts';
import { isoDateIn, SerialId, Version } from '../../../platform/http/input-schemas.ts';
import { actorOf, requireActor, requirePermission } from '../../../platform/http/session-hook.ts';
import { recruitedWorkerStatuses, recruitmentUnitKinds } from './recruitment.schema.ts';
import type { RecruitmentService } from './recruitment.service.ts';
import type { RecruitmentLedgerService } from './recruitment-ledger.service.ts';

const tags = ['招工服务考核'];
const base = '/api/assessment/recruitment';

const Progress = z.object({
  draft: z.number(),
  submitted: z.number(),
  verified: z.number(),
  rejected: z.number(),
  verifiedSpecial: z.number(),
});
const Unit = z.object({
  id: z.string(),
  year: z.number(),
  kind: z.enum(recruitmentUnitKinds),
  name: z.string(),
  orgId: z.number(),
  annualTarget: z.number(),
  specialTarget: z.number(),
  specialTask: z.string().nullable(),
  planSubmittedOnTime: z.boolean(),
  migrantSurveyAndLedger: z.boolean(),
  labourResourceLedger: z.boolean(),
  missingPlansAndSummaries: z.number(),
  version: z.number(),
  progress: Progress,
});
const Worker = z.object({
  id: z.string(),
  unitId: z.string(),
  personId: z.string(),
  personName: z.string(),
  idNumberMasked: z.string(),
  employerId: z.string(),
  employerName: z.string(),
  hiredOn: z.string(),
  forSpecialTask: z.boolean(),
  status: z.enum(recruitedWorkerStatuses),
  checkedOn: z.string().nullable(),
  checkNote: z.string().nullable(),
  createdAt: z.date(),
  version: z.number(),
});
const LedgerItem = Worker.extend({
  evidence: z.array(z.string()),
  counts: z.boolean(),
  reasons: z.array(z.string()),
});
const UnitScore = z.object({
  unitId: z.string(),
  name: z.string(),
  kind: z.enum(recruitmentUnitKinds).nullable(),
  annualTaskScore: z.string(),
  specialTaskScore: z.string(),
  otherScore: z.string(),
  total: z.string(),
  annualRatio: z.string(),
  specialRatio: z.string(),
  tasksMet: z.boolean(),
  qualifies: z.boolean(),
  rank: z.number(),
  award: z.string().nullable(),
  reasons: z.array(z.string()),
});
const Results = z.object({
  year: z.number(),
  cutoff: z.string(),
  scoredAt: z.date(),
  publishedAt: z.date().nullable(),
  tiedAtCutoff: z.array(z.string()),
  parameters: z.array(z.object({ name: z.string(), label: z.string(), value: z.string() })),
  units: z.array(UnitScore),
});
const YearParams = z.object({ year: z.coerce.number().int().min(2023).max(2099) });
const IdParams = z.object({ id: z.uuid() });
const Count = z.number().int().min(0).max(1_000_000);

/** Anyone taking part in the assessment: a town that submits or the city that reviews. */
const participant = async (req: Parameters<typeof requireActor>[0]) => {
  const actor = requireActor(req);
  if (!hasPermission(actor, 'assessment:submit') && !hasPermission(actor, 'assessment:review'))
    throw new DomainError('FORBIDDEN', '无权执行此操作');
};

export const recruitmentRoutes =
  (assessment: RecruitmentService, ledger: RecruitmentLedgerService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      `${base}/years/:year/units`,
      {
        onRequest: participant,
        schema: {
          tags,
          summary: '年度招工责任单位（乡镇、单位）的任务和认定进度',
          params: YearParams,
          response: {
            200: z.object({
              year: z.number(),
              cutoff: z.string(),
              published: z.boolean(),
              items: z.array(Unit),
            }),
          },
        },
      },
      async (req) => assessment.units(actorOf(req), req.params.year),
    );
    app.post(
      `${base}/years/:year/units`,
      {
        onRequest: requirePermission('assessment:configure'),
        schema: {
          tags,
          summary: '下达年度招工任务（新增责任单位）',
          params: YearParams,
          body: z.object({
            kind: z.enum(recruitmentUnitKinds),
            name: z.string().trim().min(1).max(60),
            orgId: SerialId,
            annualTarget: Count,
            specialTarget: Count,
            specialTask: z.string().trim().max(200).nullish(),
          }),
          response: { 200: Unit },
        },
      },
      async (req) => assessment.createUnit(actorOf(req), req.params.year, req.body),
    );
    app.patch(
      `${base}/units/:id`,
      {
        onRequest: participant,
        schema: {
          tags,
          summary: '修改任务（设置考核权限）或登记其它工作完成情况（审核权限）',
          params: IdParams,
          body: z.object({
            annualTarget: Count.optional(),
            specialTarget: Count.optional(),
            specialTask: z.string().trim().max(200).nullish(),
            planSubmittedOnTime: z.boolean().optional(),
            migrantSurveyAndLedger: z.boolean().optional(),
            labourResourceLedger: z.boolean().optional(),
            missingPlansAndSummaries: z.number().int().min(0).max(5).optional(),
            version: Version.optional(),
          }),
          response: { 200: Unit },
        },
      },
      async (req) => assessment.updateUnit(actorOf(req), req.params.id, req.body),
    );
    app.get(
      `${base}/units/:id/workers`,
      {
        onRequest: participant,
        schema: {
          tags,
          summary:
            '招工台账（证件号码已遮蔽；evidence 为已上传的“五符合”材料，counts/reasons 为规则核验结果）',
          params: IdParams,
          response: {
            200: z.object({
              unit: z.object({ id: z.string(), name: z.string(), year: z.number() }),
              asOf: z.string(),
              items: z.array(LedgerItem),
            }),
          },
        },
      },
      async (req) => ledger.list(actorOf(req), req.params.id),
    );
    app.post(
      `${base}/units/:id/workers`,
      {
        onRequest: requirePermission('assessment:submit'),
        schema: {
          tags,
          summary: '录入招工人员（人员和用人单位须已登记；随后上传“五符合”材料）',
          params: IdParams,
          body: z.object({
            personId: z.uuid(),
            employerId: z.uuid(),
            hiredOn: isoDateIn(dateRanges.working),
            forSpecialTask: z.boolean().optional(),
          }),
          response: { 200: Worker },
        },
      },
      async (req) => ledger.add(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/workers/:id/submit`,
      {
        onRequest: requirePermission('assessment:submit'),
        schema: {
          tags,
          summary: '提交认定（须五项材料齐全并符合认定条件）',
          params: IdParams,
          response: { 200: Worker },
        },
      },
      async (req) => ledger.submit(actorOf(req), req.params.id),
    );
    app.post(
      `${base}/workers/:id/check`,
      {
        onRequest: requirePermission('assessment:review'),
        schema: {
          tags,
          summary: '每月核查：认定或不予认定（须填原因），截止日后不再核查',
          params: IdParams,
          body: z.object({
            verdict: z.enum(['verified', 'rejected']),
            note: z.string().trim().max(200).optional(),
          }),
          response: { 200: Worker },
        },
      },
      async (req) => ledger.check(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/years/:year/score`,
      {
        onRequest: requirePermission('assessment:review'),
        schema: {
          tags,
          summary: '按已认定的台账评分（100分制，评先）',
          params: YearParams,
          response: { 200: Results },
        },
      },
      async (req) => assessment.score(actorOf(req), req.params.year),
    );
    app.post(
      `${base}/years/:year/publish`,
      {
        onRequest: requirePermission('assessment:review'),
        schema: {
          tags,
          summary: '发布考核结果（发布后不能再修改或重新评分）',
          params: YearParams,
          response: { 200: Results },
        },
      },
      async (req) => assessment.publish(actorOf(req), req.params.year),
    );
    app.get(
      `${base}/years/:year/results`,
      {
        onRequest: participant,
        schema: {
          tags,
          summary: '考核结果（乡镇在发布后可见）',
          params: YearParams,
          response: { 200: Results },
        },
      },
      async (req) => assessment.results(actorOf(req), req.params.year),
    );
  };
