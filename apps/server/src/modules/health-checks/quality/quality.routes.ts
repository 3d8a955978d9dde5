import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn } from '../../../platform/http/input-schemas.ts';
import { actorOf, requireAnyPermission, requirePermission } from '../../../platform/http/session-hook.ts';
import type { QualityService } from './quality.service.ts';

const tags = ['职工健康体检'];
const base = '/api/health-checks/quality';
const reader = requireAnyPermission('health_check:read', 'health_check:operate');
const manager = requirePermission('health_check:manage');
const Scope = z.object({ hospitalId: z.uuid(), planId: z.uuid() });
const Count = (max: number) => z.number().int().min(0).max(max);
const Note = z.string().trim().max(500).optional();

const Rate = z.object({
  id: z.enum(['result_error', 'missed_item', 'data_entry_error', 'satisfaction']),
  label: z.string(),
  /** percent with 4 places (half up); null when nothing was sampled (surveyed) */
  value: z.string().nullable(),
  limit: z.string(),
  /** max: the rate may not be above the limit; min: not below */
  kind: z.enum(['max', 'min']),
  out: z.boolean().nullable(),
});
const Sample = z.object({
  id: z.string(),
  examinationId: z.string(),
  examinee: z.string(),
  idNumberMasked: z.string(),
  examinedOn: z.string(),
  sampledOn: z.string(),
  itemsChecked: z.number(),
  resultErrors: z.number(),
  omittedItems: z.number(),
  entryErrors: z.number(),
  note: z.string().nullable(),
});
const Survey = z.object({
  id: z.string(),
  collectedOn: z.string(),
  forms: z.number(),
  satisfied: z.number(),
  note: z.string().nullable(),
});
const Overview = z.object({
  hospital: z.object({ id: z.string(), name: z.string() }),
  plan: z.object({ id: z.string(), name: z.string(), year: z.number(), packageItems: z.number() }),
  samples: z.array(Sample),
  surveys: z.array(Survey),
  itemsChecked: z.number(),
  forms: z.number(),
  rates: z.array(Rate),
  missing: z.string().nullable(),
});
const Created = z.object({ id: z.string() });

export const qualityRoutes =
  (quality: QualityService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      `${base}/choices`,
      {
        onRequest: reader,
        schema: {
          tags,
          summary: '可选的体检计划和体检医院（医院用户仅本院）',
          response: {
            200: z.object({
              plans: z.array(
                z.object({ id: z.string(), year: z.number(), name: z.string(), status: z.string() }),
              ),
              hospitals: z.array(z.object({ id: z.string(), name: z.string(), status: z.string() })),
            }),
          },
        },
      },
      async (req) => quality.choices(actorOf(req)),
    );
    app.get(
      base,
      {
        onRequest: reader,
        schema: {
          tags,
          summary: '一家医院一个计划的质量抽查、满意率调查和由其计算的四项比率（第二十条）',
          querystring: Scope,
          response: { 200: Overview },
        },
      },
      async (req) => quality.overview(actorOf(req), req.query.hospitalId, req.query.planId),
    );
    app.get(
      `${base}/examinations`,
      {
        onRequest: manager,
        schema: {
          tags,
          summary: '可抽查的已出结论体检（按姓名开头或证件号码末位查找；证件号码脱敏，不含体检结果）',
          querystring: Scope.extend({ q: z.string().trim().max(30).optional() }),
          response: {
            200: z.array(
              z.object({
                examinationId: z.string(),
                examinedOn: z.string(),
                name: z.string(),
                idNumberMasked: z.string(),
              }),
            ),
          },
        },
      },
      async (req) => quality.examinations(actorOf(req), req.query.hospitalId, req.query.planId, req.query.q),
    );
    app.post(
      `${base}/samples`,
      {
        onRequest: manager,
        schema: {
          tags,
          summary: '录入一份体检的抽查结果（差错、漏检、录入差错项数；每份体检只抽查一次）',
          body: Scope.extend({
            examinationId: z.uuid(),
            sampledOn: isoDateIn(dateRanges.casework).optional(),
            itemsChecked: z.number().int().min(1).max(1000).optional(),
            resultErrors: Count(1000),
            omittedItems: Count(1000),
            entryErrors: Count(1000),
            note: Note,
          }),
          response: { 200: Created },
        },
      },
      async (req) => ({ id: (await quality.addSample(actorOf(req), req.body)).id }),
    );
    app.post(
      `${base}/surveys`,
      {
        onRequest: manager,
        schema: {
          tags,
          summary: '录入一次意见箱满意率调查的汇总（收回调查表份数、其中满意份数）',
          body: Scope.extend({
            collectedOn: isoDateIn(dateRanges.casework),
            forms: z.number().int().min(1).max(100_000),
            satisfied: Count(100_000),
            note: Note,
          }),
          response: { 200: Created },
        },
      },
      async (req) => ({ id: (await quality.addSurvey(actorOf(req), req.body)).id }),
    );
  };
