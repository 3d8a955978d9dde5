import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { bureauDate } from '../../../platform/clock.ts';
import { conflict, DomainError, forbidden, notFound } from '../../../platform/errors.ts';
import { isUniqueViolation } from '../../registry/persons/persons.service.ts';
import type { CaseTypeRow } from '../case-types/case-types.repo.ts';
import { nextNumber } from '../cases.repo.ts';
import { casePaysMoney } from '../workflow/case-lifecycle.ts';
import type { CaseStatus } from '../workflow/case-status.ts';
import type { CaseDeps } from '../workflow/case-transition.ts';
import {
  type CaseRef,
  caseConflict,
  checkCaseRefs,
  lockCases,
  type StageTx,
  stepInTx,
} from '../workflow/cases-stage.ts';
import { createFinanceRepo, type PlanRow } from './cases-finance.repo.ts';
import {
  FORWARD_LIMIT_ID,
  findLimit,
  isOverdue,
  PAY_LIMIT_ID,
  payableAmountProblem,
  planActionProblem,
  planTotals,
  workingDayDeadline,
} from './cases-finance.rules.ts';

export const stalePlan = () => new DomainError('STALE', '该用款计划已被他人处理或修改，请刷新后重试');

const stages = {
  /** approved (and publicised) cases the bureau must forward within its limit */
  forward: { permission: 'case:approve', statuses: ['approved', 'notice_passed'] },
  /** cases finance must put on a plan and pay (failed payments come back here) */
  payment: { permission: 'case:finance', statuses: ['sent_to_finance', 'payment_failed'] },
} as const satisfies Record<string, { permission: 'case:approve' | 'case:finance'; statuses: CaseStatus[] }>;
export type FinanceStage = keyof typeof stages;

export interface PlanInput {
  title: string;
  note?: string | null | undefined;
  cases: CaseRef[];
}

/**
 * Finance stage: the forwarding and payment queues with their statutory deadlines, sending cases to
 * finance, and payment plans (create, approve, cancel). Paying and reconciling are in
 * cases-payments.service.ts.
 */
export function createCasesFinanceService(deps: CaseDeps) {
  const { db } = deps;
  const repo = createFinanceRepo(db);

  const types = async (ids: Iterable<string>) => {
    const out = new Map<string, CaseTypeRow>();
    for (const id of new Set(ids)) out.set(id, await deps.caseTypes.get(id));
    return out;
  };

  async function planDetail(actor: Actor, id: string) {
    if (!hasPermission(actor, 'case:read')) throw forbidden();
    const plan = await repo.plan(actor, id, 'case:read');
    if (!plan) throw notFound('用款计划');
    return planView(plan);
  }

  async function planView(plan: PlanRow) {
    const rows = await repo.payments(plan.id);
    const list = rows.map(({ payment: p, caseNumber, caseStatus }) => ({
      id: p.id,
      caseId: p.caseId,
      caseNumber,
      caseStatus,
      payeeName: p.payeeName,
      amount: fenToYuan(p.amountFen),
      status: p.status,
      idempotencyKey: p.idempotencyKey,
      bankReference: p.bankReference,
      failureReason: p.failureReason,
      paidAt: p.paidAt,
      failedAt: p.failedAt,
      reconciledAt: p.reconciledAt,
    }));
    const totals = planTotals(rows.map((r) => r.payment));
    const { totalAmountFen, ...rest } = plan;
    return {
      ...rest,
      totalAmount: fenToYuan(totalAmountFen),
      reconciled: plan.status === 'paid' && totals.paidCount === totals.reconciledCount,
      totals,
      payments: list,
    };
  }

  return {
    planDetail,
    planView,

    /** The forwarding or payment queue with both deadlines and overdue flags. */
    async queue(
      actor: Actor,
      q: { stage: FinanceStage; caseTypeId?: string | undefined; overdue?: boolean | undefined },
    ) {
      const stage = stages[q.stage];
      if (!hasPermission(actor, stage.permission)) throw forbidden();
      const today = deps.clock.today();
      const rows = await repo.queue(actor, stage.permission, stage.statuses, q.caseTypeId);
      const byType = await types(rows.map((r) => r.caseTypeId));
      const failures = await repo.lastFailures(
        rows.filter((r) => r.status === 'payment_failed').map((r) => r.id),
      );
      const items = rows
        .filter((r) => {
          const type = byType.get(r.caseTypeId)!;
          return (
            casePaysMoney(type.paysMoney, r.approvedAmountFen) &&
            !(r.status === 'approved' && r.requiresPublicNotice)
          );
        })
        .map((r) => {
          const limits = byType.get(r.caseTypeId)!.timeLimits;
          const calendar = deps.calendar.current();
          const receivedOn = r.sentToFinanceAt ? bureauDate(r.sentToFinanceAt) : null;
          const forward = workingDayDeadline(findLimit(limits, FORWARD_LIMIT_ID), r.decidedOn, calendar);
          const pay = workingDayDeadline(findLimit(limits, PAY_LIMIT_ID), receivedOn, calendar);
          const { approvedAmountFen, dueDates: _dueDates, requiresPublicNotice: _n, ...rest } = r;
          return {
            ...rest,
            amount: approvedAmountFen === null ? null : fenToYuan(approvedAmountFen),
            receivedOn,
            forwardDueOn: forward?.dueOn ?? null,
            forwardOverdue: isOverdue(forward, today, receivedOn),
            payDueOn: pay?.dueOn ?? null,
            payOverdue: q.stage === 'payment' && isOverdue(pay, today, null),
            provisional: Boolean(forward?.provisional || pay?.provisional),
            lastFailure: failures.get(r.id) ?? null,
          };
        })
        .filter((i) => !q.overdue || (q.stage === 'forward' ? i.forwardOverdue : i.payOverdue));
      return { items, total: items.length, today };
    },

    /** Forwards approved (and publicised) cases to finance, all or none. */
    async sendToFinance(actor: Actor, refs: CaseRef[]) {
      if (!hasPermission(actor, 'case:approve')) throw forbidden();
      checkCaseRefs(refs);
      await db.transaction(async (tx) => {
        for (const ref of refs) {
          await stepInTx(deps, tx, actor, ref.id, 'send_to_finance', {
            version: ref.version,
            work: ({ now }) => ({ patch: { sentToFinanceAt: now } }),
          });
        }
      });
      return { sent: refs.length };
    },

    async plans(actor: Actor, q: { status?: string | undefined; page: number; pageSize: number }) {
      if (!hasPermission(actor, 'case:read')) throw forbidden();
      const { items, total } = await repo.plans(actor, q, q);
      return {
        items: items.map(({ totalAmountFen, ...p }) => ({ ...p, totalAmount: fenToYuan(totalAmountFen) })),
        total,
      };
    },

    /** A draft plan of cases awaiting payment; each gets one pending payment with its key. */
    async createPlan(actor: Actor, input: PlanInput) {
      if (!hasPermission(actor, 'case:finance')) throw forbidden();
      checkCaseRefs(input.cases);
      const today = deps.clock.today();
      const id = await db
        .transaction(async (tx) => {
          const txRepo = createFinanceRepo(tx);
          const inScope = new Set(
            (await txRepo.queue(actor, 'case:finance', stages.payment.statuses)).map((r) => r.id),
          );
          const locked = await lockCases(
            tx,
            input.cases.map((c) => c.id),
          );
          const rows = input.cases.map((ref) => {
            const row = locked.get(ref.id);
            if (!row || !inScope.has(ref.id)) throw notFound('案件');
            if (row.version !== ref.version)
              throw new DomainError('STALE', `案件 ${row.number} 已被他人处理或修改，请刷新后重试`);
            const problem = payableAmountProblem(row.approvedAmountFen);
            if (problem) throw caseConflict(row.number, problem);
            return row;
          });
          const orgNames = await txRepo.orgNames(
            rows.flatMap((r) => (r.applicantOrgId ? [r.applicantOrgId] : [])),
          );
          const totalAmountFen = rows.reduce((a, r) => a + r.approvedAmountFen!, 0);
          const number = await nextNumber(tx, 'payment_plan', 'PP', Number(today.slice(0, 4)));
          const plan = await txRepo.insertPlan({
            number,
            title: input.title.trim(),
            note: input.note?.trim() || null,
            caseTypeId: new Set(rows.map((r) => r.caseTypeId)).size === 1 ? rows[0]!.caseTypeId : null,
            totalCount: rows.length,
            totalAmountFen,
            orgId: actor.orgId,
            orgPath: actor.orgPath,
            createdBy: actor.userId,
          });
          const payments = [];
          for (const r of rows) {
            payments.push({
              caseId: r.id,
              planId: plan.id,
              amountFen: r.approvedAmountFen!,
              // 申请单位账户: an institution filing on behalf is paid, otherwise the applicant.
              payeeName: (r.applicantOrgId && orgNames.get(r.applicantOrgId)) || r.applicantName,
              idempotencyKey: `${r.number}-${(await txRepo.attempts(r.id)) + 1}`,
              createdBy: actor.userId,
            });
          }
          await txRepo.insertPayments(payments);
          await recordAudit(tx, actor, {
            action: 'payment_plan.create',
            targetType: 'payment_plan',
            targetId: plan.id,
            detail: { number, count: rows.length, amount: fenToYuan(totalAmountFen) },
          });
          return plan.id;
        })
        .catch((e: unknown) => {
          // The partial unique index: a case holds at most one payment that has not failed.
          if (isUniqueViolation(e)) throw conflict('所选案件已列入其他用款计划');
          throw e;
        });
      return planDetail(actor, id);
    },

    async approvePlan(actor: Actor, id: string, version: number) {
      return planStep(actor, id, version, 'approve', async (tx, plan) => {
        for (const { payment } of await createFinanceRepo(tx).payments(plan.id)) {
          await stepInTx(deps, tx, actor, payment.caseId, 'approve_plan', {
            work: () => ({ payload: { planId: plan.id, planNumber: plan.number } }),
          });
        }
        return { status: 'approved', approvedAt: deps.clock.now(), approvedBy: actor.userId };
      });
    },

    async cancelPlan(actor: Actor, id: string, version: number) {
      return planStep(actor, id, version, 'cancel', async (tx, plan) => {
        await createFinanceRepo(tx).deletePendingPayments(plan.id);
        return { status: 'cancelled' };
      });
    },
  };

  /** A plan-level step: row lock, version, state rule, the step's work and the audit row. */
  async function planStep(
    actor: Actor,
    id: string,
    version: number,
    action: 'approve' | 'cancel',
    work: (tx: StageTx, plan: PlanRow) => Promise<Partial<PlanRow>>,
  ) {
    if (!hasPermission(actor, 'case:finance')) throw forbidden();
    const plan = await db.transaction(async (tx) => {
      const txRepo = createFinanceRepo(tx);
      const current = await txRepo.plan(actor, id, 'case:finance', true);
      if (!current) throw notFound('用款计划');
      const problem = planActionProblem(current.status, action);
      if (problem) throw conflict(problem);
      if (current.version !== version) throw stalePlan();
      const patch = await work(tx, current);
      const updated = await txRepo.updatePlan(id, current.version, patch);
      if (!updated) throw stalePlan();
      await recordAudit(tx, actor, {
        action: `payment_plan.${action}`,
        targetType: 'payment_plan',
        targetId: id,
        detail: { number: current.number },
      });
      return updated;
    });
    return planView(plan);
  }
}

export type CasesFinanceService = ReturnType<typeof createCasesFinanceService>;
