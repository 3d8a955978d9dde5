import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SerialIdText } from '../../../platform/http/input-schemas.ts';
import { PageQuery } from '../../../platform/http/paging.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { trainingProgrammes } from '../classes/classes.schema.ts';
import { evidenceKinds } from '../outcomes/reemployment.sql.ts';
import { progressFigures } from './progress.repo.ts';
import type { ProgressService } from './progress.service.ts';

const tags = ['职业培训'];

export const ProgressWhere = z.object({
  orgId: SerialIdText.optional().meta({ description: '机构（含下级）；缺省为本人所在机构' }),
  year: z.coerce.number().int().min(2000).max(2100),
  half: z.coerce
    .number()
    .int()
    .min(1)
    .max(2)
    .optional()
    .meta({ description: '1 上半年，2 下半年；缺省为全年' }),
  programme: z.enum(trainingProgrammes).optional().meta({ description: '缺省为技能再就业培训' }),
});
export const Org = z.object({ id: z.number(), name: z.string(), level: z.string() });
export const PeriodOut = z.object({ kind: z.string(), from: z.string(), to: z.string(), label: z.string() });
export const ProgressFiguresOut = z.object({
  trained: z.number(),
  passed: z.number(),
  certified: z.number(),
  reemployed: z.number(),
  passRate: z.number().nullable(),
  certificateRate: z.number().nullable(),
  reemploymentRate: z.number().nullable(),
  target: z.object({ trainees: z.number(), basis: z.string() }).nullable(),
  targetStatus: z.enum(['met', 'not_met', 'no_target']),
  kpis: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      target: z.string(),
      status: z.enum(['met', 'not_met', 'no_data']),
      sentence: z.string(),
      citation: z.string(),
    }),
  ),
});
export const ProgressOut = z.object({
  org: Org,
  period: PeriodOut,
  programme: z.enum(trainingProgrammes),
  window: z.object({ months: z.number(), citation: z.string() }),
  kpiNote: z.string().nullable(),
  total: ProgressFiguresOut,
  rows: z.array(ProgressFiguresOut.extend({ org: Org })),
});
const TraineeRow = z.object({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  idNumberMasked: z.string(),
  orgName: z.string().nullable(),
  classId: z.string(),
  classNumber: z.string(),
  institutionName: z.string(),
  endsOn: z.string(),
  result: z.string().nullable(),
  certificateNumber: z.string().nullable(),
  evidenceKind: z.enum(evidenceKinds).nullable(),
  evidenceId: z.string().nullable(),
  evidenceOn: z.string().nullable(),
});

export const progressRoutes =
  (progress: ProgressService): FastifyPluginAsyncZod =>
  async (app) => {
    const read = { onRequest: requirePermission('training:read') };
    app.get(
      '/api/training/progress',
      {
        ...read,
        schema: {
          tags,
          summary:
            '培训计划进展：培训、合格、取证、培训后再就业人数及比率，对照年度目标和计划指标，按下级机构分列',
          querystring: ProgressWhere,
          response: { 200: ProgressOut },
        },
      },
      async (req) => progress.progress(actorOf(req), req.query),
    );
    app.get(
      '/api/training/progress/drilldown',
      {
        ...read,
        schema: {
          tags,
          summary: '进展数字的学员明细（身份证号脱敏；查看留痕）',
          querystring: ProgressWhere.extend({ figure: z.enum(progressFigures) }).extend(PageQuery.shape),
          response: {
            200: z.object({
              org: Org,
              period: PeriodOut,
              figure: z.enum(progressFigures),
              items: z.array(TraineeRow),
              total: z.number(),
            }),
          },
        },
      },
      async (req) => progress.drilldown(actorOf(req), req.query),
    );
  };
