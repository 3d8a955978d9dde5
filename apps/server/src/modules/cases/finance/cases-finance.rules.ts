import type { WorkCalendar } from '@minsheng/rules/engine/calendar.ts';
import type { IsoDate } from '@minsheng/rules/engine/dates.ts';
import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import type { TimeLimit } from '@minsheng/rules/engine/policy.ts';

/**
 * Pure rules of the finance stage: the two statutory deadlines (bureau → finance, finance → paid),
 * payment-plan totals and the plan and payment state machines. "Today" is always an argument.
 */

/** Time-limit ids the policies use for the finance stage (see zhuhai high-skill-subsidy meta.ts). */
export const FORWARD_LIMIT_ID = 'bureau_to_finance';
export const PAY_LIMIT_ID = 'finance_approval';

export interface FinanceDeadline {
  dueOn: IsoDate;
  /** the calendar had no published schedule for a year in the period: Saturdays and Sundays only */
  provisional: boolean;
  clause: string | null;
}

/**
 * The due date of a working-day limit counted from `from` (the start day not counted, holidays
 * and rest days skipped, adjusted working days counted: 节假日顺延). Years without a published
 * schedule do not fail the queue; the date is marked provisional instead.
 */
export function workingDayDeadline(
  limit: (Pick<TimeLimit, 'amount' | 'unit'> & { clause?: string | undefined }) | undefined,
  from: IsoDate | null,
  calendar: WorkCalendar,
): FinanceDeadline | null {
  if (!limit || !from || limit.unit !== 'working_days') return null;
  let provisional = false;
  const cal = calendar.withMissingYearsAs(() => {
    provisional = true;
  });
  return { dueOn: cal.addWorkingDays(from, limit.amount), provisional, clause: limit.clause ?? null };
}

export const findLimit = <L extends { id: string }>(limits: readonly L[], id: string) =>
  limits.find((l) => l.id === id);

/** Overdue when today is past the due date and the step has not been done. */
export const isOverdue = (deadline: FinanceDeadline | null, today: IsoDate, doneOn: IsoDate | null) =>
  deadline !== null && (doneOn ? doneOn > deadline.dueOn : today > deadline.dueOn);

// ---------------------------------------------------------------- payment plans

/** Plan statuses as the schema stores them; a plan stays `approved` while payments are pending. */
export const planStatuses = ['draft', 'approved', 'paid', 'cancelled'] as const;
export type PlanStatus = (typeof planStatuses)[number];
export const planStatusLabels: Record<PlanStatus, string> = {
  draft: '待审批',
  approved: '已审批',
  paid: '支付完毕',
  cancelled: '已撤销',
};

export const paymentStatuses = ['pending', 'paid', 'failed', 'reconciled'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];
export const paymentStatusLabels: Record<PaymentStatus, string> = {
  pending: '待支付',
  paid: '已支付',
  failed: '支付失败',
  reconciled: '已对账',
};

export type PlanAction = 'approve' | 'pay' | 'reconcile' | 'cancel';

const planMoves: Record<PlanAction, { from: readonly PlanStatus[]; label: string }> = {
  approve: { from: ['draft'], label: '审批用款计划' },
  pay: { from: ['approved'], label: '登记支付结果' },
  reconcile: { from: ['paid'], label: '对账' },
  cancel: { from: ['draft'], label: '撤销用款计划' },
};

/** Chinese reason why `action` is not allowed on a plan in `status`, or null. */
export function planActionProblem(status: PlanStatus, action: PlanAction): string | null {
  const move = planMoves[action];
  if (move.from.includes(status)) return null;
  return `用款计划当前状态为「${planStatusLabels[status]}」，不能${move.label}`;
}

/** A plan is paid once no payment is pending any more. */
export const allSettled = (payments: readonly { status: PaymentStatus }[]) =>
  payments.every((p) => p.status !== 'pending');

export interface PlanTotals {
  count: number;
  amount: string;
  paidCount: number;
  paidAmount: string;
  failedCount: number;
  failedAmount: string;
  pendingCount: number;
  pendingAmount: string;
  reconciledCount: number;
  reconciledAmount: string;
}

/**
 * Exact totals of a plan's payments by outcome. "paid" counts every payment the bank made,
 * reconciled ones included; integer fen are summed, so no rounding can creep in.
 */
export function planTotals(payments: readonly { status: PaymentStatus; amountFen: number }[]): PlanTotals {
  const of = (...s: PaymentStatus[]) => payments.filter((p) => s.includes(p.status));
  const total = (list: readonly { amountFen: number }[]) =>
    fenToYuan(list.reduce((a, p) => a + p.amountFen, 0));
  return {
    count: payments.length,
    amount: total(payments),
    paidCount: of('paid', 'reconciled').length,
    paidAmount: total(of('paid', 'reconciled')),
    failedCount: of('failed').length,
    failedAmount: total(of('failed')),
    pendingCount: of('pending').length,
    pendingAmount: total(of('pending')),
    reconciledCount: of('reconciled').length,
    reconciledAmount: total(of('reconciled')),
  };
}

/** Chinese reason why an approved amount (integer fen) cannot be paid, or null. */
export function payableAmountProblem(amountFen: number | null): string | null {
  if (amountFen === null) return '没有核定金额';
  if (!Number.isSafeInteger(amountFen)) return '核定金额无效';
  if (amountFen <= 0) return '核定金额须大于零';
  return null;
}

/** Bank references are what the bank returns: letters, digits and - _ /, 4–64 characters. */
export const BANK_REFERENCE = /^[A-Za-z0-9\-_/]{4,64}$/;
