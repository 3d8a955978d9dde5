import { getPolicy } from '@minsheng/rules/catalogue.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoMonthIn, PageNumber, Version } from '../../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import {
  entitlementPeriodKinds,
  entitlementStatuses,
  postKinds,
  recoveryStatuses,
} from '../entitlements.schema.ts';
import type { EntitlementsServices } from '../entitlements.services.ts';
import { recurringPolicies, recurringPolicyIds } from './recurring-policies.ts';

const tags = ['定期待遇'];
const base = '/api/entitlements';
const IdParams = z.object({ id: z.uuid() });
const month = isoMonthIn({ min: '2000-01', max: dateRanges.casework.max.slice(0, 7) });
const PageSize = z.coerce.number().int().min(1).max(200).default(20);
const PolicyId = z.enum(recurringPolicyIds as [string, ...string[]]);

const Entitlement = z.object({
  id: z.string(),
  number: z.string(),
  policyId: z.string(),
  policyName: z.string(),
  personId: z.string(),
  holderName: z.string(),
  holderIdNumberMasked: z.string(),
  employerId: z.string().nullable(),
  employerName: z.string().nullable(),
  postId: z.string().nullable(),
  periodKind: z.enum(entitlementPeriodKinds),
  periodKindLabel: z.string(),
  startMonth: z.string(),
  endMonth: z.string().nullable(),
  status: z.enum(entitlementStatuses),
  statusLabel: z.string(),
  listedThroughMonth: z.string().nullable(),
  stopCode: z.string().nullable(),
  stopLabel: z.string().nullable(),
  stoppedOn: z.string().nullable(),
  stopReason: z.string().nullable(),
  sourceCaseId: z.string(),
  createdAt: z.string(),
  version: z.number(),
});

const Recovery = z.object({
  id: z.string(),
  entitlementId: z.string(),
  entitlementNumber: z.string(),
  holderName: z.string(),
  holderIdNumberMasked: z.string(),
  periodId: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  fromMonth: z.string(),
  toMonth: z.string(),
  /** yuan */
  amount: z.string(),
  stopCode: z.string(),
  stopLabel: z.string().nullable(),
  eventOn: z.string(),
  reason: z.string(),
  status: z.enum(recoveryStatuses),
  statusLabel: z.string(),
  resolvedAt: z.string().nullable(),
  resolutionNote: z.string().nullable(),
  createdAt: z.string(),
  version: z.number(),
});

const Period = z.object({
  id: z.string(),
  runId: z.string(),
  runNumber: z.string(),
  fromMonth: z.string(),
  toMonth: z.string(),
  outcome: z.enum(['listed', 'stopped']),
  outcomeLabel: z.string(),
  paidToMonth: z.string().nullable(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  caseStatus: z.string().nullable(),
  caseStatusLabel: z.string().nullable(),
  /** yuan: the rule's amount of the filed claim */
  amount: z.string().nullable(),
  stopCode: z.string().nullable(),
  reason: z.string().nullable(),
});

const EntitlementDetail = Entitlement.extend({
  sourceCaseNumber: z.string().nullable(),
  retirementCategory: z.string().nullable(),
  post: z
    .object({
      id: z.string(),
      title: z.string(),
      kind: z.enum(postKinds),
      kindLabel: z.string(),
      startOn: z.string(),
      continuousSinceMonth: z.string().nullable(),
      extensionApprovedAt: z.string().nullable(),
      endedOn: z.string().nullable(),
      endReason: z.string().nullable(),
    })
    .nullable(),
  periods: z.array(Period),
  recoveries: z.array(Recovery),
});

const Run = z.object({
  id: z.string(),
  number: z.string(),
  policyId: z.string(),
  policyName: z.string(),
  periodKind: z.enum(entitlementPeriodKinds),
  periodKindLabel: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  batchId: z.string().nullable(),
  batchNumber: z.string().nullable(),
  listedCount: z.number(),
  stoppedCount: z.number(),
  recoveryCount: z.number(),
  /** yuan */
  totalAmount: z.string(),
  createdAt: z.string(),
});

const RunDetail = Run.extend({
  lines: z.array(
    z.object({
      periodId: z.string(),
      entitlementId: z.string(),
      entitlementNumber: z.string(),
      holderName: z.string(),
      holderIdNumberMasked: z.string(),
      fromMonth: z.string(),
      toMonth: z.string(),
      outcome: z.enum(['listed', 'stopped']),
      outcomeLabel: z.string(),
      paidToMonth: z.string().nullable(),
      caseId: z.string().nullable(),
      caseNumber: z.string().nullable(),
      caseStatus: z.string().nullable(),
      caseStatusLabel: z.string().nullable(),
      amount: z.string().nullable(),
      stopCode: z.string().nullable(),
      stopLabel: z.string().nullable(),
      reason: z.string().nullable(),
    }),
  ),
});

/** /api/entitlements: recurring entitlements, their period runs and over-payment recoveries. */
export function recurringRoutes(s: EntitlementsServices) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const read = requirePermission('entitlement:read');

    // Fixed paths first (policies, runs, recoveries), then /:id.
    app.get(
      `${base}/policies`,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '可定期发放的政策及其发放周期',
          response: {
            200: z.array(
              z.object({
                id: PolicyId,
                name: z.string(),
                periodKinds: z.array(z.enum(entitlementPeriodKinds)),
                applicant: z.enum(['post_employer', 'person']),
              }),
            ),
          },
        },
      },
      async () =>
        recurringPolicies.map((p) => ({
          id: p.policyId,
          name: getPolicy(p.policyId)?.name ?? p.policyId,
          periodKinds: [...p.periodKinds],
          applicant: p.applicant,
        })),
    );
    app.get(
      `${base}/runs`,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '定期待遇发放批次列表',
          querystring: z.object({ page: PageNumber.default(1), pageSize: PageSize }),
          response: { 200: z.object({ items: z.array(Run), total: z.number() }) },
        },
      },
      async (req) => s.runs.list(actorOf(req), req.query),
    );
    app.post(
      `${base}/runs`,
      {
        onRequest: requirePermission('entitlement:run'),
        schema: {
          tags,
          summary: '按月发放：核对登记信息中的停发情形，将应发月份立案并生成发放批次，多发的生成追回任务',
          body: z.object({ policyId: PolicyId, month }),
          response: { 200: RunDetail },
        },
      },
      async (req) => s.runs.run(actorOf(req), req.body),
    );
    app.get(
      `${base}/runs/:id`,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '发放批次详情（列入与停发名单）',
          params: IdParams,
          response: { 200: RunDetail },
        },
      },
      async (req) => s.runs.detail(actorOf(req), req.params.id),
    );
    app.get(
      `${base}/recoveries`,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '多发追回任务',
          querystring: z.object({
            status: z.enum(recoveryStatuses).optional(),
            page: PageNumber.default(1),
            pageSize: PageSize,
          }),
          response: { 200: z.object({ items: z.array(Recovery), total: z.number() }) },
        },
      },
      async (req) => s.recoveries.list(actorOf(req), req.query.status, req.query),
    );
    app.post(
      `${base}/recoveries/:id/resolve`,
      {
        onRequest: requirePermission('entitlement:run'),
        schema: {
          tags,
          summary: '处理追回任务：已追回或核销',
          params: IdParams,
          body: z.object({
            version: Version,
            status: z.enum(['recovered', 'waived']),
            note: z.string().trim().min(2, '说明至少 2 个字').max(200, '说明不超过 200 个字'),
          }),
          response: { 200: Recovery },
        },
      },
      async (req) => s.recoveries.resolve(actorOf(req), req.params.id, req.body),
    );
    app.get(
      base,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '定期待遇列表',
          querystring: z.object({
            status: z.enum(entitlementStatuses).optional(),
            policyId: PolicyId.optional(),
            page: PageNumber.default(1),
            pageSize: PageSize,
          }),
          response: { 200: z.object({ items: z.array(Entitlement), total: z.number() }) },
        },
      },
      async (req) =>
        s.entitlements.list(
          actorOf(req),
          { status: req.query.status, policyId: req.query.policyId },
          req.query,
        ),
    );
    app.post(
      base,
      {
        onRequest: requirePermission('entitlement:manage'),
        schema: {
          tags,
          summary: '由已批准的案件设立定期待遇',
          body: z.object({
            caseId: z.uuid(),
            periodKind: z.enum(entitlementPeriodKinds),
            startMonth: month,
            endMonth: month.optional(),
            postId: z.uuid().optional(),
            retirementCategory: z.enum(['female_cadre', 'female_worker']).optional(),
          }),
          response: { 200: EntitlementDetail },
        },
      },
      async (req) => s.entitlements.setUp(actorOf(req), req.body),
    );
    app.get(
      `${base}/:id`,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '定期待遇详情（各期发放、停发与追回）',
          params: IdParams,
          response: { 200: EntitlementDetail },
        },
      },
      async (req) => s.entitlements.detail(actorOf(req), req.params.id),
    );
  };
}
