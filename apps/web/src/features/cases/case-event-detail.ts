import { formatFen } from '../../app/format/money';
import type { CaseEvent } from './case-types';

const outcomes: Record<string, string> = {
  eligible: '符合',
  ineligible: '不符合',
  needs_review: '待人工审核',
};

type Payload = Record<string, unknown>;
const num = (v: unknown) => (typeof v === 'number' ? v : null);
const outcome = (v: unknown) => (typeof v === 'string' ? (outcomes[v] ?? v) : '—');
const yuan = (v: unknown) => formatFen(num(v));
const obj = (v: unknown): Payload => (typeof v === 'object' && v !== null ? (v as Payload) : {});

/** A one-line Chinese summary of what a step recorded beyond its note (result, amounts, notice). */
export function eventDetail(e: CaseEvent): string | null {
  const p = obj(e.payload);
  switch (e.action) {
    case 'review':
      return `核验结论：${outcome(p.outcome)}，规则金额 ${yuan(p.proposedAmountFen)}`;
    case 're_evaluate': {
      const before = obj(p.before);
      const after = obj(p.after);
      return `核验结论：${outcome(before.outcome)} → ${outcome(after.outcome)}；规则金额 ${yuan(before.proposedAmountFen)} → ${yuan(after.proposedAmountFen)}`;
    }
    case 'override_amount':
      return `核定金额 ${yuan(p.beforeFen)} → ${yuan(p.afterFen)}（规则金额 ${yuan(p.ruleAmountFen)}）`;
    case 'return':
      return typeof p.noticeNumber === 'string' ? `补正告知书 ${p.noticeNumber}` : null;
    case 'approve':
      return num(p.approvedAmountFen) !== null ? `批准金额 ${yuan(p.approvedAmountFen)}` : null;
    case 'reject':
      return Array.isArray(p.reasons) ? `理由：${p.reasons.join('；')}` : null;
    default:
      return null;
  }
}
