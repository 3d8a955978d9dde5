import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Version } from '../../../../platform/http/input-schemas.ts';
import { actorOf, requireAnyPermission, requirePermission } from '../../../../platform/http/session-hook.ts';
import { BatchDetail } from '../../../cases/batches/cases-batch.routes.ts';
import type { InterestSubsidyService } from './interest-subsidy.service.ts';
import type { InterestSubsidySubmitService } from './interest-subsidy-submit.service.ts';

const tags = ['创业服务'];
const base = '/api/entrepreneurship/interest-subsidies';
const reader = requireAnyPermission('entrepreneurship:manage', 'loan:operate');
const IdParams = z.object({ id: z.uuid() });

const Claim = z.object({
  id: z.string(),
  number: z.string(),
  bankId: z.string(),
  bankName: z.string(),
  bankCode: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  status: z.enum(['computed', 'submitted', 'paid']),
  statusLabel: z.string(),
  loans: z.number(),
  total: z.string(),
  batchId: z.string().nullable(),
  computedAt: z.string(),
  version: z.number(),
});
const Line = z.object({
  loanId: z.string(),
  loanNumber: z.string(),
  contractNumber: z.string().nullable(),
  borrower: z.string(),
  idNumberMasked: z.string(),
  days: z.number(),
  /** Σ subsidised balance × days, yuan·days */
  balanceDays: z.string(),
  ratio: z.string(),
  amount: z.string(),
  reason: z.string().nullable(),
});
const Evaluation = z.looseObject({
  outcome: z.enum(['eligible', 'ineligible', 'needs_review']),
  amounts: z.record(z.string(), z.string()),
  payableTotal: z.string().nullable(),
  explanation: z.string(),
  explanationLines: z.array(z.string()),
});

export const interestSubsidyRoutes =
  (subsidies: InterestSubsidyService, submission: InterestSubsidySubmitService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      `${base}/banks`,
      {
        onRequest: reader,
        schema: {
          tags,
          summary: '可查看贴息申报的经办银行（银行用户仅本行）',
          response: { 200: z.array(z.object({ id: z.string(), name: z.string(), code: z.string() })) },
        },
      },
      async (req) => subsidies.banks(actorOf(req)),
    );
    app.get(
      base,
      {
        onRequest: reader,
        schema: {
          tags,
          summary: '贴息申报列表（市局按数据范围，银行用户仅本行）',
          querystring: z.object({ bankId: z.uuid().optional() }),
          response: { 200: z.array(Claim) },
        },
      },
      async (req) => subsidies.list(actorOf(req), req.query.bankId),
    );
    app.post(
      base,
      {
        onRequest: requirePermission('entrepreneurship:manage'),
        schema: {
          tags,
          summary: '核算一家经办银行一个季度的贴息：按台账逐笔计算（未提交的重新核算即替换）',
          body: z.object({
            bankId: z.uuid(),
            year: z.number().int().min(2009).max(2100),
            quarter: z.number().int().min(1).max(4),
          }),
          response: {
            200: Claim.extend({
              lineCount: z.number(),
              dayBasis: z.number(),
              dayBasisPlaceholder: z.boolean(),
            }),
          },
        },
      },
      async (req) => subsidies.compute(actorOf(req), req.body),
    );
    app.get(
      `${base}/:id`,
      {
        onRequest: reader,
        schema: {
          tags,
          summary: '贴息申报汇总',
          params: IdParams,
          response: { 200: Claim.extend({ counts: z.object({ all: z.number(), payable: z.number() }) }) },
        },
      },
      async (req) => subsidies.get(actorOf(req), req.params.id),
    );
    app.get(
      `${base}/:id/lines`,
      {
        onRequest: reader,
        schema: {
          tags,
          summary: '贴息申报明细（借款人姓名、证件号码脱敏）',
          params: IdParams,
          querystring: z.object({
            offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
            limit: z.coerce.number().int().min(1).max(500).default(50),
          }),
          response: { 200: z.array(Line) },
        },
      },
      async (req) => subsidies.lines(actorOf(req), req.params.id, req.query),
    );
    app.get(
      `${base}/:id/lines/:loanId/explanation`,
      {
        onRequest: reader,
        schema: {
          tags,
          summary: '一笔贷款本期贴息的计算依据：按政策规则逐日核算的结论、金额和条款',
          params: IdParams.extend({ loanId: z.uuid() }),
          response: {
            200: z.object({
              lineAmount: z.string(),
              input: z.record(z.string(), z.unknown()),
              evaluation: Evaluation,
            }),
          },
        },
      },
      async (req) => subsidies.explain(actorOf(req), req.params.id, req.params.loanId),
    );
    app.post(
      `${base}/:id/submit`,
      {
        onRequest: requirePermission('entrepreneurship:manage'),
        schema: {
          tags,
          summary: '提交贴息申报：每笔应贴息贷款生成借款人的贴息案件（同一批次），按案件流程审批拨付',
          params: IdParams,
          body: z.object({ version: Version }),
          response: { 200: BatchDetail },
        },
      },
      async (req) => submission.submit(actorOf(req), req.params.id, req.body.version),
    );
  };
