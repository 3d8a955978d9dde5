import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn, Version } from '../../../platform/http/input-schemas.ts';
import { PageQuery, pageOf } from '../../../platform/http/paging.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { jobEvidenceKinds, survivalEvidenceKinds } from './business-evidence.sql.ts';
import type { BusinessesService } from './businesses.service.ts';

const tags = ['创业服务'];
const day = isoDateIn(dateRanges.casework);
const IdParams = z.object({ id: z.uuid() });
const kinds = ['enterprise', 'individual'] as const;

export const BusinessOut = z.object({
  id: z.string(),
  fileId: z.string(),
  fileNumber: z.string(),
  personId: z.string(),
  personName: z.string(),
  idNumberMasked: z.string(),
  kind: z.enum(kinds),
  creditCode: z.string(),
  name: z.string(),
  sector: z.string(),
  employerId: z.string().nullable(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  closedReason: z.string().nullable(),
  declaredJobs: z.number().nullable(),
  orgName: z.string().nullable(),
  version: z.number(),
  registryJobs: z.number(),
  jobs: z.number(),
  yearOld: z.boolean(),
  survived: z.boolean(),
  survivalEvidenceKind: z.enum(survivalEvidenceKinds).nullable(),
  survivalEvidenceId: z.string().nullable(),
  survivalEvidenceOn: z.string().nullable(),
});
const BusinessDetail = BusinessOut.extend({
  asOf: z.string(),
  jobsSource: z.enum(['registry', 'declared']),
  jobPersons: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      idNumberMasked: z.string(),
      records: z.array(
        z.object({ kind: z.enum(jobEvidenceKinds), recordId: z.string(), onDate: z.string() }),
      ),
    }),
  ),
  rules: z.object({ jobs: z.string(), survival: z.string() }),
});

export const businessesRoutes =
  (businesses: BusinessesService): FastifyPluginAsyncZod =>
  async (app) => {
    const read = { onRequest: requirePermission('entrepreneurship:read') };
    const write = { onRequest: requirePermission('entrepreneurship:write') };
    app.get(
      '/api/entrepreneurship/businesses',
      {
        ...read,
        schema: {
          tags,
          summary: '学员创办的企业和个体工商户（本人范围内；带动就业和稳定经营按今日计）',
          querystring: PageQuery.extend({
            q: z.string().trim().max(50).optional().meta({ description: '名称或统一社会信用代码' }),
          }),
          response: { 200: pageOf(BusinessOut) },
        },
      },
      async (req) => businesses.list(actorOf(req), req.query),
    );
    app.get(
      '/api/entrepreneurship/businesses/:id',
      {
        ...read,
        schema: {
          tags,
          summary:
            '创业实体：创业者（身份证号脱敏）、开业日期、带动就业人员及其登记记录、稳定经营证据（查看留痕）',
          params: IdParams,
          response: { 200: BusinessDetail },
        },
      },
      async (req) => businesses.get(actorOf(req), req.params.id),
    );
    app.post(
      '/api/entrepreneurship/businesses',
      {
        ...write,
        schema: {
          tags,
          summary: '登记学员创办的企业或个体工商户（校验统一社会信用代码，关联或新建用人单位）',
          body: z.object({
            fileId: z.uuid(),
            kind: z.enum(kinds),
            creditCode: z.string().trim().min(1).max(30),
            name: z.string().trim().min(2).max(100),
            sector: z.string().trim().min(1).max(50),
            industry: z
              .string()
              .trim()
              .min(1)
              .max(10)
              .meta({ description: '国民经济行业门类代码（新建用人单位时使用）' }),
            openedOn: day,
          }),
          response: { 200: BusinessDetail },
        },
      },
      async (req) => businesses.create(actorOf(req), req.body),
    );
    app.patch(
      '/api/entrepreneurship/businesses/:id',
      {
        ...write,
        schema: {
          tags,
          summary: '登记跟踪回访申报的就业人数，或注销（停业）日期和原因',
          params: IdParams,
          body: z.object({
            version: Version,
            declaredJobs: z.number().int().min(0).max(100_000).nullable().optional(),
            closedOn: day.nullable().optional(),
            closedReason: z.string().trim().max(200).nullable().optional(),
          }),
          response: { 200: BusinessDetail },
        },
      },
      async (req) => businesses.update(actorOf(req), req.params.id, req.body),
    );
  };
