import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PageQuery } from '../../../platform/http/paging.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { Org, PeriodOut, ProgressWhere } from '../../training/progress/progress.routes.ts';
import { survivalEvidenceKinds } from '../businesses/business-evidence.sql.ts';
import { kpiFigures } from './kpis.repo.ts';
import type { KpisService } from './kpis.service.ts';

const tags = ['创业服务'];

export const KpiWhere = ProgressWhere.omit({ programme: true });
const Figure = z.enum(kpiFigures);

const KpisOut = z.object({
  org: Org,
  period: PeriodOut,
  figures: z.object({
    trainees: z.number(),
    passed: z.number(),
    served: z.number(),
    opened3: z.number(),
    opened6: z.number(),
    businesses: z.number(),
    jobs: z.number(),
    cohort: z.number(),
    survived: z.number(),
  }),
  note: z.string().nullable(),
  definitions: z.object({
    trainees: z.string(),
    served: z.string(),
    opened: z.string(),
    jobs: z.string(),
    survival: z.string(),
  }),
  indicators: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      kind: z.enum(['count', 'ratio']),
      target: z.string(),
      numerator: z.number().nullable(),
      denominator: z.number().nullable(),
      fraction: z.string().nullable(),
      actual: z.string().nullable(),
      status: z.enum(['met', 'not_met', 'no_data']),
      sentence: z.string(),
      citation: z.string(),
      drill: z.object({ numerator: Figure, denominator: Figure.nullable() }).nullable(),
    }),
  ),
});
const DrillRow = z.object({
  fileId: z.string(),
  fileNumber: z.string(),
  personName: z.string(),
  idNumberMasked: z.string(),
  orgName: z.string().nullable(),
  trainingEndedOn: z.string().nullable(),
  result: z.string().nullable(),
  businessId: z.string().nullable(),
  businessName: z.string().nullable(),
  openedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  jobs: z.number().nullable(),
  survivalEvidenceKind: z.enum(survivalEvidenceKinds).nullable(),
  survivalEvidenceId: z.string().nullable(),
  survivalEvidenceOn: z.string().nullable(),
});

export const kpisRoutes =
  (kpis: KpisService): FastifyPluginAsyncZod =>
  async (app) => {
    const read = { onRequest: requirePermission('entrepreneurship:read') };
    app.get(
      '/api/entrepreneurship/kpis',
      {
        ...read,
        schema: {
          tags,
          summary: '创业计划进展：培训人数、3个月和半年开业成功率、带动就业、稳定经营一年比率，对照计划指标',
          querystring: KpiWhere,
          response: { 200: KpisOut },
        },
      },
      async (req) => kpis.kpis(actorOf(req), req.query),
    );
    app.get(
      '/api/entrepreneurship/kpis/drilldown',
      {
        ...read,
        schema: {
          tags,
          summary: '创业计划进展数字的学员档案或创业实体明细（身份证号脱敏；查看留痕）',
          querystring: KpiWhere.extend({ figure: Figure }).extend(PageQuery.shape),
          response: {
            200: z.object({
              org: Org,
              period: PeriodOut,
              figure: Figure,
              items: z.array(DrillRow),
              total: z.number(),
            }),
          },
        },
      },
      async (req) => kpis.drilldown(actorOf(req), req.query),
    );
  };
