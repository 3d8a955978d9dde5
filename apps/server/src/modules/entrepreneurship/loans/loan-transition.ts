import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { assertMove } from './loan-status.ts';
import { createLoansRepo, type LoanRow, type NewLoan } from './loans.repo.ts';
import type { LoanStatus } from './loans.schema.ts';

export interface LoanStep {
  action: string;
  onDate: string;
  /** the status the step moves the loan to (none: an event on the loan without a status change) */
  to?: LoanStatus | undefined;
  patch?: Partial<NewLoan>;
  amountFen?: number | null;
  reason?: string | null;
  detail?: Record<string, unknown>;
}

/**
 * One step of a loan inside a transaction: the move checked against the table of allowed moves,
 * the row changed, an event row written and the step audited (no personal data in the detail).
 */
export async function stepLoan(tx: Executor, actor: Actor, loan: LoanRow, step: LoanStep): Promise<LoanRow> {
  const repo = createLoansRepo(tx);
  if (step.to && step.to !== loan.status) assertMove(loan.status, step.to);
  const to = step.to ?? loan.status;
  const row = await repo.update(loan.id, { ...step.patch, status: to });
  await repo.event({
    loanId: loan.id,
    action: step.action,
    fromStatus: step.to ? loan.status : null,
    toStatus: step.to ?? null,
    onDate: step.onDate,
    amountFen: step.amountFen ?? null,
    reason: step.reason ?? null,
    detail: step.detail ?? null,
    actorId: actor.userId,
  });
  await recordAudit(tx, actor, {
    action: `guaranteed_loan.${step.action}`,
    targetType: 'guaranteed_loan',
    targetId: loan.id,
    detail: {
      number: loan.number,
      ...(step.to ? { from: loan.status, to } : {}),
      ...(step.amountFen != null ? { amountFen: step.amountFen } : {}),
    },
  });
  return row;
}
