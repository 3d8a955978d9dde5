import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Version } from '../../../platform/http/input-schemas.ts';
import { actorOf, requireAnyPermission, requirePermission } from '../../../platform/http/session-hook.ts';
import { settlementStatuses } from './settlements.schema.ts';
import type { SettlementsService } from './settlements.service.ts';

const tags = ['职工健康体检'];
const base = '/api/health-checks/settlements';
const reader = requireAnyPermission('health_check:read', 'health_check:operate');
const manager = requirePermission('health_check:manage');
const IdParams = z.object({ id: z.uuid() });

const CaseLink = z
  .object({ id: z.string(), number: z.string(), status: z.string(), statusLabel: z.string() })
  .nullable();
const Item = z.object({ examinee: z.string(), item: z.string(), fee: z.string() });
const Detail = z.object({
  id: z.string(),
  hospitalId: z.string(),
  hospitalName: z.string(),
  planId: z.string(),
  status: z.enum(settlementStatuses),
  statusLabel: z.string(),
  /** the rule's input as stored (and filed as the case's application) */
  input: z.looseObject({
    examinationsEndedOn: z.string(),
    fee: z.string(),
    unsignedWaivedItems: z.array(Item),
    rates: z.record(z.string(), z.string()),
  }),
  net: z.string(),
  outcome: z.enum(['eligible', 'ineligible', 'needs_review']),
  document: z.string().nullable(),
  lines: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      amount: z.string(),
      clause: z.string(),
      excessPoints: z.string().nullable(),
      limit: z.string().nullable(),
      rate: z.string().nullable(),
      items: z.array(Item).nullable(),
    }),
  ),
  failedConditions: z.array(z.object({ text: z.string(), clause: z.string() })),
  checks: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      citation: z.string(),
      /** what the records say: archives not returned, weeks not reported */
      ok: z.boolean(),
      records: z.string(),
      figures: z.record(z.string(), z.unknown()),
    }),
  ),
  case: CaseLink,
  /** what finance paid, once the case is paid */
  paidAmount: z.string().nullable(),
  /** examinees booked at the hospital not yet examined nor marked absent: filing waits for them */
  pendingExaminees: z.number().int(),
  computedAt: z.string(),
  version: z.number(),
});

export const settlementsRoutes =
  (settlements: SettlementsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      base,
      {
        onRequest: reader,
        schema: {
          tags,
          summary: '一个体检计划各医院的体检费用结算（医院用户仅本院）',
          querystring: z.object({ planId: z.uuid() }),
          response: {
            200: z.array(
              z.object({
                hospitalId: z.string(),
                hospitalName: z.string(),
                examinations: z.number(),
                settlement: z
                  .object({
                    id: z.string(),
                    status: z.enum(settlementStatuses),
                    statusLabel: z.string(),
                    net: z.string(),
                    computedAt: z.string(),
                    version: z.number(),
                  })
                  .nullable(),
                case: CaseLink,
              }),
            ),
          },
        },
      },
      async (req) => settlements.list(actorOf(req), req.query.planId),
    );
    app.post(
      base,
      {
        onRequest: manager,
        schema: {
          tags,
          summary: '核算（或在提交前重新核算）一家医院一个计划的体检费用：按规则由体检、抽查和满意率记录计算',
          body: z.object({ hospitalId: z.uuid(), planId: z.uuid(), version: Version.optional() }),
          response: { 200: Detail },
        },
      },
      async (req) => settlements.compute(actorOf(req), req.body),
    );
    app.get(
      `${base}/:id`,
      {
        onRequest: reader,
        schema: {
          tags,
          summary: '体检费用结算明细：逐项金额及条款、人工核查事项及记录情况',
          params: IdParams,
          response: { 200: Detail },
        },
      },
      async (req) => settlements.detail(actorOf(req), req.params.id),
    );
    app.post(
      `${base}/:id/file`,
      {
        onRequest: manager,
        schema: {
          tags,
          summary: '提交经办：以结算的规则输入为申请生成医院的结算案件，按案件流程受理、审核、审批、拨付',
          params: IdParams,
          body: z.object({ version: Version }),
          response: { 200: Detail },
        },
      },
      async (req) => settlements.file(actorOf(req), req.params.id, req.body.version),
    );
  };
