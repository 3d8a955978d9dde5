import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contributionMonths } from '../../../platform/dates/date-ranges.ts';
import { INT4_MAX, isoMonthIn, PageNumber } from '../../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { Contract } from '../contracts/contracts.routes.ts';
import { contributionStatuses } from './contributions.schema.ts';
import type { ContributionsService } from './contributions.service.ts';
import type { InsuranceSummaryService } from './insurance-summary.service.ts';

const tags = ['社保缴费'];

const Contribution = z.object({
  id: z.string(),
  personId: z.string(),
  employer: z.object({ id: z.string(), name: z.string() }).nullable(),
  kind: z.string(),
  month: z.string(),
  status: z.enum(contributionStatuses),
  baseFen: z.number().int(),
  personalFen: z.number().int(),
  unitFen: z.number().int(),
  createdAt: z.date(),
});
const IdParams = z.object({ id: z.uuid() });
const Fields = z.object({
  employerId: z.uuid().nullish(),
  kind: z.string().trim().min(1).max(20),
  month: isoMonthIn(contributionMonths),
  status: z.enum(contributionStatuses).default('paid'),
  // Amounts are checked in the service, so the messages name the field in Chinese; the edge only
  // keeps them within the integer column.
  baseFen: z.number().int().max(INT4_MAX),
  personalFen: z.number().int().max(INT4_MAX),
  unitFen: z.number().int().max(INT4_MAX),
});
const KindSummary = z.object({
  kind: z.string(),
  label: z.string(),
  insuredMonths: z.number().int(),
  fullYears: z.number().int(),
  continuousMonthsToDate: z.number().int(),
  longestContinuousMonths: z.number().int(),
  firstMonth: z.string().nullable(),
  lastMonth: z.string().nullable(),
  arrearsMonths: z.number().int(),
});

export const contributionsRoutes =
  (contributions: ContributionsService, summary: InsuranceSummaryService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/persons/:id/contributions',
      {
        onRequest: requirePermission('person:read'),
        schema: {
          tags,
          summary:
            '人员的社保缴费记录（按月份倒序；可按险种、起止月份筛选；totals 为筛选范围内合计，金额以分计）',
          params: IdParams,
          querystring: z.object({
            kind: z.string().trim().max(20).optional(),
            from: isoMonthIn(contributionMonths).optional(),
            to: isoMonthIn(contributionMonths).optional(),
            page: PageNumber.default(1),
            pageSize: z.coerce.number().int().min(1).max(500).default(100),
          }),
          response: {
            200: z.object({
              items: z.array(Contribution),
              total: z.number(),
              totals: z.object({
                records: z.number(),
                arrears: z.number(),
                personalFen: z.number(),
                unitFen: z.number(),
              }),
            }),
          },
        },
      },
      async (req) => contributions.list(actorOf(req), req.params.id, req.query),
    );
    app.post(
      '/api/persons/:id/contributions',
      {
        onRequest: requirePermission('person:write'),
        schema: {
          tags,
          summary: '登记一条社保缴费记录（同一人员、险种、月份、缴费单位只能登记一次；金额以分计）',
          params: IdParams,
          body: Fields,
          response: { 200: Contribution },
        },
      },
      async (req) => contributions.create(actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/api/persons/:id/insurance-summary',
      {
        onRequest: requirePermission('person:read'),
        schema: {
          tags,
          summary: '人员的参保情况汇总（各险种累计及连续缴费月数、首末月份、当前劳动合同）',
          params: IdParams,
          response: {
            200: z.object({
              asOf: z.string(),
              kinds: z.array(KindSummary),
              contracts: z.object({
                total: z.number().int(),
                current: Contract.nullable(),
                currentAtLeastOneYear: z.boolean().nullable(),
              }),
            }),
          },
        },
      },
      async (req) => summary.ofPerson(actorOf(req), req.params.id),
    );
  };
