import { createWorkCalendar, workCalendar } from '@minsheng/rules/engine/calendar.ts';
import { fenToYuan, yuanToFen } from '@minsheng/rules/engine/money.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allSettled,
  isOverdue,
  payableAmountProblem,
  planActionProblem,
  planTotals,
  workingDayDeadline,
} from './cases-finance.rules.ts';

const forward = { unit: 'working_days' as const, amount: 8, clause: '第四条第（三）项第1目' };
const pay = { unit: 'working_days' as const, amount: 7, clause: '第四条第（三）项第2目' };

describe('finance deadlines', () => {
  it('forwards within 8 working days across National Day 2026 (10-10 is an adjusted working day)', () => {
    // 09-30 (1), 10-08 (2), 10-09 (3), 10-10 (4), 10-12 (5), 10-13 (6), 10-14 (7), 10-15 (8)
    expect(workingDayDeadline(forward, '2026-09-29', workCalendar)).toEqual({
      dueOn: '2026-10-15',
      provisional: false,
      clause: '第四条第（三）项第1目',
    });
  });
  it('pays within 7 working days of receipt, holidays postponing the date', () => {
    // received on a holiday: 10-08 (1), 10-09 (2), 10-10 (3), 10-12 (4), 10-13 (5), 10-14 (6), 10-15 (7)
    expect(workingDayDeadline(pay, '2026-10-02', workCalendar)?.dueOn).toBe('2026-10-15');
    expect(workingDayDeadline(pay, '2026-03-02', workCalendar)?.dueOn).toBe('2026-03-11');
  });
  it('marks a deadline in a year without a published schedule as provisional instead of failing', () => {
    const only2026 = createWorkCalendar([{ year: 2026, holidays: {}, workdays: {} }]);
    expect(workingDayDeadline(pay, '2026-12-30', only2026)).toEqual({
      dueOn: '2027-01-08',
      provisional: true,
      clause: '第四条第（三）项第2目',
    });
  });
  it('has no deadline when the policy sets none or the step has not started', () => {
    expect(workingDayDeadline(undefined, '2026-03-02', workCalendar)).toBeNull();
    expect(workingDayDeadline(pay, null, workCalendar)).toBeNull();
  });
  it('is overdue only after the due date, or when done late', () => {
    const d = { dueOn: '2026-10-15', provisional: false, clause: '' };
    expect(isOverdue(d, '2026-10-15', null)).toBe(false);
    expect(isOverdue(d, '2026-10-16', null)).toBe(true);
    expect(isOverdue(d, '2026-10-20', '2026-10-14')).toBe(false);
    expect(isOverdue(d, '2026-10-20', '2026-10-16')).toBe(true);
    expect(isOverdue(null, '2030-01-01', null)).toBe(false);
  });
});

describe('payment plans', () => {
  it('sums amounts by outcome exactly, in fen', () => {
    const totals = planTotals([
      { status: 'paid', amountFen: 130000 },
      { status: 'reconciled', amountFen: 10 },
      { status: 'failed', amountFen: 20 },
      { status: 'pending', amountFen: 180000 },
    ]);
    expect(totals).toEqual({
      count: 4,
      amount: '3100.30',
      paidCount: 2,
      paidAmount: '1300.10',
      failedCount: 1,
      failedAmount: '0.20',
      pendingCount: 1,
      pendingAmount: '1800.00',
      reconciledCount: 1,
      reconciledAmount: '0.10',
    });
  });
  it('converts between yuan strings and fen without float error', () => {
    expect(fenToYuan(1)).toBe('0.01');
    expect(yuanToFen('0.29')).toBe(29);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (fen) => {
        expect(yuanToFen(fenToYuan(fen))).toBe(fen);
      }),
    );
  });
  it('allows each action only from its states', () => {
    expect(planActionProblem('draft', 'approve')).toBeNull();
    expect(planActionProblem('approved', 'approve')).toBe('用款计划当前状态为「已审批」，不能审批用款计划');
    expect(planActionProblem('draft', 'pay')).toBe('用款计划当前状态为「待审批」，不能登记支付结果');
    expect(planActionProblem('approved', 'pay')).toBeNull();
    expect(planActionProblem('approved', 'reconcile')).toBe('用款计划当前状态为「已审批」，不能对账');
    expect(planActionProblem('paid', 'reconcile')).toBeNull();
    expect(planActionProblem('approved', 'cancel')).toBe('用款计划当前状态为「已审批」，不能撤销用款计划');
  });
  it('is settled once no payment is pending', () => {
    expect(allSettled([{ status: 'paid' }, { status: 'failed' }])).toBe(true);
    expect(allSettled([{ status: 'paid' }, { status: 'pending' }])).toBe(false);
  });
  it('pays only positive whole-fen amounts', () => {
    expect(payableAmountProblem(130000)).toBeNull();
    expect(payableAmountProblem(0)).toBe('核定金额须大于零');
    expect(payableAmountProblem(null)).toBe('没有核定金额');
  });
});
