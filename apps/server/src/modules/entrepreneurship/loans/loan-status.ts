import { LOAN_STATUS_LABELS } from '@minsheng/rules/policies/county-city/guaranteed-loan/loan-statuses.ts';
import { conflict } from '../../../platform/errors.ts';
import type { LoanStatus } from './loans.schema.ts';

/** The labels the web app shows too (one source, in the rules package). */
export const loanStatusLabels = LOAN_STATUS_LABELS;

/**
 * Every status change a loan may make, and nothing else: review (approved or refused), guarantee,
 * disbursement, the one extension, overdue and its cure (back to repaying, extended or not),
 * 代偿 by the guarantee fund, settlement (by the borrower, or by recoveries after 代偿) and write-off.
 */
export const loanMoves: Readonly<Record<LoanStatus, readonly LoanStatus[]>> = {
  applied: ['approved', 'refused'],
  refused: [],
  approved: ['guaranteed'],
  guaranteed: ['disbursed'],
  disbursed: ['extended', 'overdue', 'repaid'],
  extended: ['overdue', 'repaid'],
  overdue: ['disbursed', 'extended', 'compensated', 'repaid'],
  compensated: ['repaid', 'written_off'],
  repaid: [],
  written_off: [],
};

export const canMove = (from: LoanStatus, to: LoanStatus): boolean => loanMoves[from].includes(to);

/** Refuses a move the table does not allow, naming both statuses in Chinese. */
export function assertMove(from: LoanStatus, to: LoanStatus): void {
  if (!canMove(from, to))
    throw conflict(`贷款状态为「${loanStatusLabels[from]}」，不能变更为「${loanStatusLabels[to]}」`);
}

/** A loan that is being repaid: the statuses in which the bank books repayments. */
export const repayingStatuses: readonly LoanStatus[] = ['disbursed', 'extended', 'overdue'];
