import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Version } from '../../../platform/http/input-schemas.ts';
import { PageQuery, QueryBoolean } from '../../../platform/http/paging.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { CaseRefs } from '../notices/cases-notice.routes.ts';
import { caseStatuses } from '../workflow/case-status.ts';
import { paymentStatuses, planStatuses } from './cases-finance.rules.ts';
import type { CasesFinanceService } from './cases-finance.service.ts';
import type { CasesPaymentsService } from './cases-payments.service.ts';

const tags = ['经办·财政拨付'];

const IdParams = z.object({ id: z.uuid() });
const Totals = z.object({
  count: z.number(),
  amount: z.string(),
  paidCount: z.number(),
  paidAmount: z.string(),
  failedCount: z.number(),
  failedAmount: z.string(),
  pendingCount: z.number(),
  pendingAmount: z.string(),
  reconciledCount: z.number(),
  reconciledAmount: z.string(),
});
const PlanItem = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  caseTypeId: z.string().nullable(),
  status: z.enum(planStatuses),
  totalCount: z.number(),
  note: z.string().nullable(),
  approvedAt: z.date().nullable(),
  paidAt: z.date().nullable(),
  createdAt: z.date(),
  version: z.number().int(),
});
const PlanDetail = PlanItem.extend({
  totalAmount: z.string(),
  reconciled: z.boolean(),
  totals: Totals,
  payments: z.array(
    z.object({
      id: z.string(),
      caseId: z.string(),
      caseNumber: z.string(),
      caseStatus: z.enum(caseStatuses),
      payeeName: z.string(),
      amount: z.string(),
      status: z.enum(paymentStatuses),
      idempotencyKey: z.string(),
      bankReference: z.string().nullable(),
      failureReason: z.string().nullable(),
      paidAt: z.date().nullable(),
      failedAt: z.date().nullable(),
      reconciledAt: z.date().nullable(),
    }),
  ),
});
const QueueItem = z.object({
  id: z.string(),
  number: z.string(),
  caseTypeId: z.string(),
  caseTypeName: z.string(),
  applicantName: z.string(),
  status: z.enum(caseStatuses),
  amount: z.string().nullable(),
  decidedOn: z.string().nullable(),
  receivedOn: z.string().nullable(),
  forwardDueOn: z.string().nullable(),
  forwardOverdue: z.boolean(),
  payDueOn: z.string().nullable(),
  payOverdue: z.boolean(),
  provisional: z.boolean(),
  lastFailure: z.string().nullable(),
  batchId: z.string().nullable(),
  version: z.number().int(),
});
const BankReturn = z.object({
  key: z.string().trim().min(1).max(100),
  result: z.enum(['paid', 'failed']),
  bankReference: z.string().trim().max(64).nullish(),
  reason: z.string().trim().max(500).nullish(),
});

export const casesFinanceRoutes =
  (finance: CasesFinanceService, payments: CasesPaymentsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/finance/queue',
      {
        onRequest: requirePermission('case:read'),
        schema: {
          tags,
          summary:
            '转财政与拨付队列：forward（待转送财政，市局8个工作日内）/ payment（待拨付，财政7个工作日内；含拨付失败退回的案件）',
          querystring: z.object({
            stage: z.enum(['forward', 'payment']),
            caseTypeId: z.string().max(100).optional(),
            overdue: QueryBoolean.optional(),
          }),
          response: { 200: z.object({ items: z.array(QueueItem), total: z.number(), today: z.string() }) },
        },
      },
      async (req) => finance.queue(actorOf(req), req.query),
    );
    app.post(
      '/api/finance/send',
      {
        onRequest: requirePermission('case:approve'),
        schema: {
          tags,
          summary: '转送财政（已批准且无需公示、或公示期满的案件；全部成功或全部不变）',
          body: z.object({ cases: CaseRefs }),
          response: { 200: z.object({ sent: z.number() }) },
        },
      },
      async (req) => finance.sendToFinance(actorOf(req), req.body.cases),
    );
    app.get(
      '/api/payment-plans',
      {
        onRequest: requirePermission('case:read'),
        schema: {
          tags,
          summary: '用款计划列表',
          querystring: PageQuery.extend({ status: z.enum(planStatuses).optional() }),
          response: {
            200: z.object({
              items: z.array(PlanItem.extend({ totalAmount: z.string() })),
              total: z.number(),
            }),
          },
        },
      },
      async (req) => finance.plans(actorOf(req), req.query),
    );
    app.post(
      '/api/payment-plans',
      {
        onRequest: requirePermission('case:finance'),
        schema: {
          tags,
          summary: '编制用款计划（待拨付案件；每件生成一条带支付指令号的待支付记录）',
          body: z.object({
            title: z.string().trim().min(1).max(200),
            note: z.string().trim().max(500).nullish(),
            cases: CaseRefs,
          }),
          response: { 200: PlanDetail },
        },
      },
      async (req) => finance.createPlan(actorOf(req), req.body),
    );
    app.get(
      '/api/payment-plans/:id',
      {
        onRequest: requirePermission('case:read'),
        schema: {
          tags,
          summary: '用款计划详情（支付明细与合计）',
          params: IdParams,
          response: { 200: PlanDetail },
        },
      },
      async (req) => finance.planDetail(actorOf(req), req.params.id),
    );
    for (const [path, summary, run] of [
      ['approve', '审批用款计划（案件转为「已列入用款计划」）', finance.approvePlan],
      ['cancel', '撤销未审批的用款计划（案件回到待拨付队列）', finance.cancelPlan],
    ] as const) {
      app.post(
        `/api/payment-plans/:id/${path}`,
        {
          onRequest: requirePermission('case:finance'),
          schema: {
            tags,
            summary,
            params: IdParams,
            body: z.object({ version: Version }),
            response: { 200: PlanDetail },
          },
        },
        async (req) => run(actorOf(req), req.params.id, req.body.version),
      );
    }
    app.post(
      '/api/payment-plans/:id/pay',
      {
        onRequest: requirePermission('case:pay'),
        schema: {
          tags,
          summary:
            '登记支付结果：银行回单逐条（entries）或整笔划款的一个银行流水号（bankReference）。重复提交同一回单不会重复支付',
          params: IdParams,
          body: z.union([
            z.object({ entries: z.array(BankReturn).min(1).max(5000) }),
            z.object({ bankReference: z.string().trim().min(1).max(64) }),
          ]),
          response: { 200: PlanDetail.extend({ applied: z.number(), replayed: z.number() }) },
        },
      },
      async (req) => payments.pay(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/payment-plans/:id/reconcile',
      {
        onRequest: requirePermission('case:finance'),
        schema: {
          tags,
          summary: '对账：已支付的确认为已对账；银行退回的（returned）登记失败原因，案件退回财政待重新拨付',
          params: IdParams,
          body: z.object({
            version: Version,
            returned: z
              .array(
                z.object({
                  key: z.string().trim().min(1).max(100),
                  reason: z.string().trim().min(1).max(500),
                }),
              )
              .max(5000)
              .optional(),
          }),
          response: { 200: PlanDetail },
        },
      },
      async (req) => payments.reconcile(actorOf(req), req.params.id, req.body),
    );
  };
