import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import type { LoanStatus } from './loans.schema.ts';

export interface LoanEventFacts {
  action: string;
  toStatus: LoanStatus | null;
  amountFen: number | null;
  reason: string | null;
  detail: Record<string, unknown> | null;
}

/** The order of a loan's life, to keep events recorded in one transaction (same instant) in order. */
const lifeOrder: readonly string[] = [
  'apply',
  'review',
  'guarantee',
  'disburse',
  'repayment',
  'extend',
  'overdue',
  'overdue_cured',
  'compensate',
  'recover',
  'repaid',
  'write_off',
];

/** Events as they happened: by the instant recorded, then (same transaction) by the loan's life. */
export const recordedOrder = (a: { at: Date; action: string }, b: { at: Date; action: string }) =>
  a.at.getTime() - b.at.getTime() || lifeOrder.indexOf(a.action) - lifeOrder.indexOf(b.action);

const yuan = (fen: number | null) => `${fenToYuan(fen ?? 0)} 元`;
const joined = (...parts: (string | null)[]) => parts.filter(Boolean).join('；') || null;

/**
 * A loan event in a person's words: its title and what it adds (amount, reason). Repayments are
 * left out (they are the loan page's ledger, not milestones), as is any action it does not know.
 */
export function loanEventText(e: LoanEventFacts): { title: string; detail: string | null } | null {
  switch (e.action) {
    case 'apply':
      return { title: '申请创业担保贷款', detail: `申请 ${yuan(e.amountFen)}` };
    case 'review':
      return e.toStatus === 'approved'
        ? { title: '贷款审核通过', detail: null }
        : { title: '贷款审核未通过', detail: e.reason };
    case 'guarantee':
      return {
        title:
          e.detail?.kind === 'credit_community' ? '落实担保（信用社区免除反担保）' : '落实担保（反担保）',
        detail: null,
      };
    case 'disburse':
      return { title: '贷款放款', detail: yuan(e.amountFen) };
    case 'extend':
      return { title: '贷款展期', detail: e.reason };
    case 'overdue':
      return { title: '贷款逾期', detail: `逾期未还本金 ${yuan(e.amountFen)}` };
    case 'overdue_cured':
      return { title: '逾期已还清', detail: null };
    case 'compensate':
      return { title: '担保基金代偿', detail: `代偿 ${yuan(e.amountFen)}` };
    case 'recover':
      return {
        title: '代偿后追偿',
        detail: joined(`追回 ${yuan(e.amountFen)}`, e.toStatus === 'repaid' ? '代偿已全部追回' : null),
      };
    case 'repaid':
      return { title: '贷款结清', detail: null };
    case 'write_off':
      return { title: '贷款核销', detail: joined(`核销未追回金额 ${yuan(e.amountFen)}`, e.reason) };
    default:
      return null;
  }
}
