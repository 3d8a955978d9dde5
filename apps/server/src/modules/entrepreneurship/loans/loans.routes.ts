import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAnyPermission, requirePermission } from '../../../platform/http/session-hook.ts';
import type { LoanServicingService } from './loan-servicing.service.ts';
import type { LoansService } from './loans.service.ts';
import {
  ApplicationBody,
  DateBody,
  DatedReasonBody,
  DisburseBody,
  GuaranteeBody,
  IdParams,
  ListQuery,
  LoanDetail,
  LoanList,
  RecoverBody,
  ReviewBody,
  tags,
} from './loans.views.ts';

const base = '/api/entrepreneurship/loans';
const read = requireAnyPermission('entrepreneurship:read', 'loan:operate');
const manage = requirePermission('entrepreneurship:manage');
const Step = z.object({ id: z.string() }).passthrough();

/** 创业担保贷款: application, review, guarantee, the bank's disbursement and the loan's life after. */
export const loansRoutes =
  (loans: LoansService, servicing: LoanServicingService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      base,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '贷款列表（市局按数据范围，经办银行仅本行）',
          querystring: ListQuery,
          response: { 200: LoanList },
        },
      },
      async (req) => loans.list(actorOf(req), req.query),
    );
    app.get(
      `${base}/:id`,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '贷款详情（规则判定、还款计划与还款、事件）',
          params: IdParams,
          response: { 200: LoanDetail },
        },
      },
      async (req) => loans.read(actorOf(req), req.params.id),
    );
    app.post(
      base,
      {
        onRequest: requirePermission('entrepreneurship:write'),
        schema: {
          tags,
          summary: '街道受理贷款申请',
          body: ApplicationBody,
          response: { 200: z.object({ id: z.string(), number: z.string() }) },
        },
      },
      async (req) => {
        const { requested, ...rest } = req.body;
        return loans.apply(actorOf(req), { ...rest, requestedFen: requested });
      },
    );
    app.post(
      `${base}/:id/review`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '市局审核（按政策规则判定资格）',
          params: IdParams,
          body: ReviewBody,
          response: { 200: Step },
        },
      },
      async (req) => loans.review(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/:id/guarantee`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '落实担保（反担保或信用社区免除反担保）',
          params: IdParams,
          body: GuaranteeBody,
          response: { 200: Step },
        },
      },
      async (req) => loans.guarantee(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/:id/disburse`,
      {
        onRequest: requirePermission('loan:operate'),
        schema: {
          tags,
          summary: '经办银行放款（生成等额本金还款计划）',
          params: IdParams,
          body: DisburseBody,
          response: { 200: Step },
        },
      },
      async (req) => {
        const { principal, ...rest } = req.body;
        return servicing.disburse(actorOf(req), req.params.id, { ...rest, principalFen: principal });
      },
    );
    app.post(
      `${base}/:id/extend`,
      {
        onRequest: requireAnyPermission('entrepreneurship:manage', 'loan:operate'),
        schema: {
          tags,
          summary: '展期（仅限一次）',
          params: IdParams,
          body: DatedReasonBody,
          response: { 200: Step },
        },
      },
      async (req) => servicing.extend(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/overdue-check`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '逾期检查（到期未还的还款计划行转为逾期）',
          response: {
            200: z.object({ checked: z.number(), overdue: z.number(), becameOverdue: z.number() }),
          },
        },
      },
      async (req) => servicing.checkOverdue(actorOf(req)),
    );
    app.post(
      `${base}/:id/compensate`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '担保基金代偿（按未还本金）',
          params: IdParams,
          body: DateBody,
          response: { 200: Step },
        },
      },
      async (req) => servicing.compensate(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/:id/recover`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '登记代偿后追偿',
          params: IdParams,
          body: RecoverBody,
          response: { 200: Step },
        },
      },
      async (req) =>
        servicing.recover(actorOf(req), req.params.id, { on: req.body.on, amountFen: req.body.amount }),
    );
    app.post(
      `${base}/:id/write-off`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '核销（代偿后无法追回的部分）',
          params: IdParams,
          body: DatedReasonBody,
          response: { 200: Step },
        },
      },
      async (req) => servicing.writeOff(actorOf(req), req.params.id, req.body),
    );
  };
