import type { EvaluationResult } from '@minsheng/rules/engine/evaluate.ts';
import { fenToYuan } from '@minsheng/rules/engine/money.ts';

/** 信用社区 (001 篇3 三(二)2): recognition, its reward (工作经费) and the counter-guarantee waiver. */
export const CREDIT_COMMUNITY = 'county-city.credit-community';

/**
 * The evaluation window of a year. The seed counts "当年小额担保贷款3人以上" and "到期贷款回收率":
 * - the year's loans are those disbursed through the community from 1 January to 31 December;
 * - the matured loans are the community's loans (of any disbursement year) whose maturity falls in
 *   the same calendar year — the extended maturity (展期) when the loan was extended, since an
 *   extended loan is not due before it — and what counts as recovered is the principal the bank
 *   booked as repaid on or before that maturity. What the guarantee fund compensated (代偿) or
 *   wrote off was not recovered by maturity, and a recovery after 代偿 does not make it so.
 */
export const yearWindow = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** The figures the rule reads, counted from the community's ledger (money in fen). */
export interface LedgerFigures {
  borrowers: number;
  issuedFen: number;
  maturedDueFen: number;
  maturedRecoveredFen: number;
  commitmentsSigned: number;
  trackingCards: number;
  /** informational: compensated or written-off principal not repaid, of the loans matured in the year */
  badDebtFen: number;
}

/** The bureau's answers the ledger cannot give: 充分就业社区 and the rule's human checks. */
export interface EvaluatorStatement {
  fullEmployment: boolean;
  /** the rule's checks by id (debt_recovery_cooperation, joint_recognition, no_matured_loans) */
  checks: Record<string, boolean>;
}

/** The input of `county-city.credit-community` (purpose recognition) for a community's year. */
export const recognitionInput = (year: number, fullEmployment: boolean, f: LedgerFigures) => ({
  purpose: 'recognition' as const,
  year,
  community: { fullEmployment },
  loans: {
    borrowers: f.borrowers,
    issuedTotal: fenToYuan(f.issuedFen),
    maturedDue: fenToYuan(f.maturedDueFen),
    maturedRecovered: fenToYuan(f.maturedRecoveredFen),
    commitmentsSigned: f.commitmentsSigned,
    trackingCards: f.trackingCards,
  },
});

export interface Reason {
  met: boolean;
  text: string;
  clause?: string;
}

/**
 * The rule's reasons as stored on the evaluation: each condition that applied (met or not, with its
 * detail) and each human check as the evaluator answered it, with the clause as the deployment cites it.
 */
export function reasonsOf(e: EvaluationResult): Reason[] {
  const conditions = e.conditions
    .filter((c) => c.status === 'pass' || c.status === 'fail')
    .map((c) => ({
      met: c.status === 'pass',
      text: c.detail ? `${c.sentence}（${c.detail}）` : c.sentence,
      clause: c.citation,
    }));
  const checks = e.checks.map((c) => ({
    met: c.status === 'confirmed',
    text: `${c.label}：${c.status === 'confirmed' ? '是' : c.status === 'rejected' ? '否' : '待核查'}`,
    clause: c.citation,
  }));
  return [...conditions, ...checks];
}

/**
 * The rule's outcome as the evaluation's: eligible → recognised, ineligible → not recognised; a
 * pending check means the evaluator has not answered it yet (null: nothing is stored).
 */
export function outcomeOf(e: EvaluationResult): 'recognised' | 'not_recognised' | null {
  if (e.outcome === 'eligible') return 'recognised';
  if (e.outcome === 'ineligible') return 'not_recognised';
  return null;
}
