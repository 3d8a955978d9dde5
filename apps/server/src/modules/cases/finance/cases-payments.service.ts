import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import type { CaseDeps } from '../workflow/case-transition.ts';
import { type StageTx, stepInTx } from '../workflow/cases-stage.ts';
import { createFinanceRepo, type PaymentRow, type PlanRow } from './cases-finance.repo.ts';
import { allSettled, BANK_REFERENCE, planActionProblem } from './cases-finance.rules.ts';
import { type CasesFinanceService, stalePlan } from './cases-finance.service.ts';

/** One line of the bank's return file (银行回单): the instruction key and what the bank did. */
export interface BankReturn {
  key: string;
  result: 'paid' | 'failed';
  bankReference?: string | null | undefined;
  reason?: string | null | undefined;
}

/** Either the bank's return lines, or one reference for a whole-plan transfer (all pending paid). */
export type PayInput = { entries: BankReturn[] } | { bankReference: string };

export interface PaymentsDeps extends CaseDeps {
  finance: CasesFinanceService;
  /** test seam: called after each payment is written inside the transaction (a crash there rolls all back) */
  afterPayment?: ((done: number, total: number) => void) | undefined;
}

/**
 * Paying and reconciling a plan, exactly once. Each payment settles with a conditional update
 * (`status = 'pending'`), inside one transaction that holds the plan's row lock: a second or
 * retried submission finds the payment settled and either confirms it (same bank reference: a
 * replay) or is refused (a different one: that would be a second payment). The partial unique index
 * on payments keeps a case from holding two live payments at all. A process dying mid-batch
 * rolls the whole transaction back; running it again pays everything once.
 */
export function createCasesPaymentsService(deps: PaymentsDeps) {
  const { db } = deps;

  function linesFor(input: PayInput, pending: PaymentRow[]): BankReturn[] {
    if ('entries' in input) return input.entries;
    return pending.map((p) => ({
      key: p.idempotencyKey,
      result: 'paid',
      bankReference: input.bankReference,
    }));
  }

  function checkLine(line: BankReturn) {
    const ref = line.bankReference?.trim() ?? '';
    if (line.result === 'paid' && !BANK_REFERENCE.test(ref))
      throw invalid(`支付指令 ${line.key}：银行流水号须为4至64位字母、数字或 - _ /`);
    if (line.result === 'failed' && !line.reason?.trim())
      throw invalid(`支付指令 ${line.key}：请填写支付失败原因`);
  }

  /** Whether a settled payment already says what the line says (a replay), or conflicts with it. */
  function replayed(p: PaymentRow, line: BankReturn): boolean {
    const same =
      line.result === 'paid'
        ? (p.status === 'paid' || p.status === 'reconciled') && p.bankReference === line.bankReference?.trim()
        : p.status === 'failed' && p.failureReason === line.reason?.trim();
    if (same) return true;
    if (p.status === 'paid' || p.status === 'reconciled')
      throw conflict(`支付指令 ${p.idempotencyKey} 已支付（银行流水号 ${p.bankReference}），不能重复支付`);
    throw conflict(
      `支付指令 ${p.idempotencyKey} 已登记为支付失败（${p.failureReason}），请列入新的用款计划重新支付`,
    );
  }

  /**
   * A whole-plan transfer sent again after everything was settled: the same reference is a replay,
   * any other would be a second payment of the plan and is refused naming the recorded reference.
   */
  function replayedTransfer(plan: PlanRow, payments: PaymentRow[], input: PayInput) {
    const settled = payments.filter((p) => p.status === 'paid' || p.status === 'reconciled');
    if ('bankReference' in input) {
      const ref = input.bankReference.trim();
      const recorded = settled.find((p) => p.bankReference !== ref);
      if (recorded)
        throw conflict(
          `用款计划 ${plan.number} 已支付（银行流水号 ${recorded.bankReference}），不能重复支付`,
        );
    }
    return { applied: 0, replayed: settled.length };
  }

  async function settle(tx: StageTx, actor: Actor, plan: PlanRow, p: PaymentRow, line: BankReturn) {
    const repo = createFinanceRepo(tx);
    const now = deps.clock.now();
    if (line.result === 'paid') {
      const ref = line.bankReference!.trim();
      if (!(await repo.settle(p.id, { status: 'paid', bankReference: ref, paidAt: now }))) return false;
      await stepInTx(deps, tx, actor, p.caseId, 'pay', {
        work: () => ({
          patch: { paidAt: now },
          payload: { planNumber: plan.number, key: p.idempotencyKey, bankReference: ref },
        }),
      });
    } else {
      const reason = line.reason!.trim();
      if (!(await repo.settle(p.id, { status: 'failed', failureReason: reason, failedAt: now })))
        return false;
      await stepInTx(deps, tx, actor, p.caseId, 'fail_payment', {
        work: () => ({ note: reason, payload: { planNumber: plan.number, key: p.idempotencyKey } }),
      });
    }
    return true;
  }

  async function lockedPlan(tx: StageTx, actor: Actor, id: string, permission: 'case:pay' | 'case:finance') {
    const plan = await createFinanceRepo(tx).plan(actor, id, permission, true);
    if (!plan) throw notFound('用款计划');
    return plan;
  }

  return {
    async pay(actor: Actor, planId: string, input: PayInput) {
      if (!hasPermission(actor, 'case:pay')) throw forbidden();
      const outcome = await db.transaction(async (tx) => {
        const repo = createFinanceRepo(tx);
        const plan = await lockedPlan(tx, actor, planId, 'case:pay');
        const payments = (await repo.payments(planId)).map((r) => r.payment);
        const byKey = new Map(payments.map((p) => [p.idempotencyKey, p]));
        const lines = linesFor(
          input,
          payments.filter((p) => p.status === 'pending'),
        );
        if (lines.length === 0 && plan.status === 'paid') return replayedTransfer(plan, payments, input);
        if (lines.length === 0) throw invalid('回单中没有待支付的指令');
        if (new Set(lines.map((l) => l.key)).size !== lines.length) throw invalid('回单中支付指令重复');
        lines.forEach(checkLine);
        let applied = 0;
        let replays = 0;
        for (const line of lines) {
          const p = byKey.get(line.key);
          if (!p) throw invalid(`支付指令 ${line.key} 不属于用款计划 ${plan.number}`);
          if (p.status !== 'pending' && replayed(p, line)) {
            replays += 1;
            continue;
          }
          const problem = planActionProblem(plan.status, 'pay');
          if (problem) throw conflict(problem);
          if (!(await settle(tx, actor, plan, p, line)))
            throw conflict(`支付指令 ${line.key} 已被他人处理，请刷新后重试`);
          applied += 1;
          deps.afterPayment?.(applied, lines.length);
        }
        if (applied > 0) {
          const after = (await repo.payments(planId)).map((r) => r.payment);
          if (allSettled(after))
            await repo.updatePlan(planId, plan.version, { status: 'paid', paidAt: deps.clock.now() });
          await recordAudit(tx, actor, {
            action: 'payment_plan.pay',
            targetType: 'payment_plan',
            targetId: planId,
            detail: { number: plan.number, applied, replayed: replays },
          });
        }
        return { applied, replayed: replays };
      });
      return { ...(await deps.finance.planDetail(actor, planId)), ...outcome };
    },

    /**
     * Reconciles a paid plan against the bank statement: every paid payment is confirmed, except
     * those the bank returned (退票), which fail with their reason and send their case back to the
     * finance queue.
     */
    async reconcile(
      actor: Actor,
      planId: string,
      input: { version: number; returned?: { key: string; reason: string }[] | undefined },
    ) {
      if (!hasPermission(actor, 'case:finance')) throw forbidden();
      await db.transaction(async (tx) => {
        const repo = createFinanceRepo(tx);
        const plan = await lockedPlan(tx, actor, planId, 'case:finance');
        const problem = planActionProblem(plan.status, 'reconcile');
        if (problem) throw conflict(problem);
        if (plan.version !== input.version) throw stalePlan();
        const paid = (await repo.payments(planId)).map((r) => r.payment).filter((p) => p.status === 'paid');
        if (paid.length === 0) throw conflict(`用款计划 ${plan.number} 已对账`);
        const returned = new Map((input.returned ?? []).map((r) => [r.key, r.reason.trim()]));
        for (const key of returned.keys()) {
          if (!paid.some((p) => p.idempotencyKey === key))
            throw invalid(`支付指令 ${key} 不是本计划中已支付的指令`);
        }
        const now = deps.clock.now();
        for (const p of paid) {
          const reason = returned.get(p.idempotencyKey);
          const patch = reason
            ? { status: 'failed' as const, failureReason: reason, failedAt: now }
            : { status: 'reconciled' as const, reconciledAt: now };
          if (!(await repo.afterPaid(p.id, patch))) throw conflict('该用款计划已被他人对账，请刷新后重试');
          await stepInTx(deps, tx, actor, p.caseId, reason ? 'fail_payment' : 'reconcile', {
            work: () => ({
              note: reason ?? null,
              payload: { planNumber: plan.number, key: p.idempotencyKey },
            }),
          });
        }
        await repo.updatePlan(planId, plan.version, {});
        await recordAudit(tx, actor, {
          action: 'payment_plan.reconcile',
          targetType: 'payment_plan',
          targetId: planId,
          detail: { number: plan.number, reconciled: paid.length - returned.size, returned: returned.size },
        });
      });
      return deps.finance.planDetail(actor, planId);
    },
  };
}

export type CasesPaymentsService = ReturnType<typeof createCasesPaymentsService>;
