import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn, Version } from '../../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { CaseIdParams, tags } from '../cases.routes.ts';
import type { OverAgeService } from './over-age.service.ts';

const Line = z.object({
  id: z.string(),
  label: z.string(),
  clause: z.string(),
  citation: z.string(),
  payable: z.boolean(),
  amountFen: z.number().int(),
  amountYuan: z.string(),
});
const Payment = z
  .object({
    receiptNumber: z.string(),
    paidOn: z.string(),
    paidTotalFen: z.number().int(),
    recordedByName: z.string(),
    recordedAt: z.date(),
  })
  .nullable();
const Bill = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  applicantName: z.string(),
  decidedOn: z.string().nullable(),
  serviceYears: z.number().int().nullable(),
  lines: z.array(Line),
  totalFen: z.number().int(),
  totalYuan: z.string(),
  monthlyPension: z.array(Line),
  pensionStartMonth: z.string().nullable(),
  medicalBenefitsFromMonth: z.string().nullable(),
  retirementMonth: z.string().nullable(),
  medicalMissingYears: z.number().nullable(),
  evaluatedOn: z.string(),
  parameterDate: z.string(),
  payment: Payment,
});
const Confirmation = z.object({
  serviceYears: z.number().int(),
  deemedServiceYears: z.number().int(),
  archiveNumber: z.string(),
  basis: z.string(),
  confirmedBy: z.string(),
  confirmedByName: z.string(),
  confirmedAt: z.date(),
  version: z.number().int(),
});
const Overview = z.object({
  caseId: z.string(),
  status: z.string(),
  applicationComplete: z.boolean(),
  applicationIssues: z.array(z.object({ path: z.string(), message: z.string() })),
  confirmation: Confirmation.nullable(),
  bill: Bill.nullable(),
  payment: Payment,
  pensionStartMonth: z.string().nullable(),
});

/** 青岛超龄固定工: application fields, service-year confirmation, back-payment bill and its payment. */
export const overAgeRoutes =
  (s: OverAgeService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/cases/:id/over-age',
      {
        onRequest: requirePermission('case:read'),
        schema: {
          tags,
          summary: '超龄固定工：申请信息、工龄认定、补缴核定与缴费',
          params: CaseIdParams,
          response: { 200: Overview },
        },
      },
      async (req) => s.overview(actorOf(req), req.params.id),
    );

    app.put(
      '/api/cases/:id/over-age/application',
      {
        onRequest: requirePermission('case:create'),
        schema: {
          tags,
          summary: '超龄固定工：填写申请信息（附件1，草稿或退回补正时）',
          params: CaseIdParams,
          body: z.object({
            version: Version,
            application: z.record(z.string(), z.unknown()),
          }),
          response: { 200: Overview },
        },
      },
      async (req) => {
        await s.saveApplication(actorOf(req), req.params.id, req.body);
        return s.overview(actorOf(req), req.params.id);
      },
    );

    app.put(
      '/api/cases/:id/over-age/service-years',
      {
        onRequest: requirePermission('case:review'),
        schema: {
          tags,
          summary: '超龄固定工：市劳动保险经办机构确认连续工龄并存入电子档案',
          params: CaseIdParams,
          body: z.object({
            version: Version.optional(),
            serviceYears: z.number().int().min(0).max(60),
            deemedServiceYears: z.number().int().min(0).max(60).default(0),
            archiveNumber: z.string().trim().min(1, '请填写电子档案编号').max(50),
            basis: z.string().trim().min(1, '请填写认定依据').max(500),
          }),
          response: { 200: Confirmation },
        },
      },
      async (req) => s.confirmServiceYears(actorOf(req), req.params.id, req.body),
    );

    app.get(
      '/api/cases/:id/over-age/bill',
      {
        onRequest: requirePermission('case:read'),
        schema: {
          tags,
          summary: '超龄固定工：补缴核定单（批准时冻结的金额）',
          params: CaseIdParams,
          response: { 200: Bill },
        },
      },
      async (req) => s.bill(actorOf(req), req.params.id),
    );

    app.post(
      '/api/cases/:id/over-age/bill/paid',
      {
        onRequest: requirePermission('case:finance'),
        schema: {
          tags,
          summary: '超龄固定工：登记补缴费用已缴纳（同一收据重复提交不重复登记）',
          params: CaseIdParams,
          body: z.object({
            receiptNumber: z.string().trim().min(1, '请填写缴费收据号').max(50),
            paidOn: isoDateIn(dateRanges.casework),
          }),
          response: { 200: Bill },
        },
      },
      async (req) => s.recordPayment(actorOf(req), req.params.id, req.body),
    );
  };
