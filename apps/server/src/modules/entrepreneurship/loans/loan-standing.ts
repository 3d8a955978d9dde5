import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { arrearsFen, firstUnpaidDueOn } from './loan-schedule.ts';
import { repayingStatuses } from './loan-status.ts';
import { stepLoan } from './loan-transition.ts';
import { createLoansRepo, type LoanRow } from './loans.repo.ts';

/** Principal still owed to the bank: the principal lent less the principal repaid. */
export const outstandingFen = (loan: LoanRow, paidPrincipalFen: number) =>
  Math.max(0, (loan.principalFen ?? 0) - paidPrincipalFen);

/**
 * Brings a repaying loan's status in line with its ledger as of `today`: settled when nothing is
 * owed; overdue when an instalment is still unpaid after its due date (since that date); back to
 * repaying (extended or not) once the arrears are paid. Each change is a step with its event.
 */
export async function refreshStanding(tx: Executor, actor: Actor, loanId: string, today: string) {
  const repo = createLoansRepo(tx);
  const loan = await repo.lock(loanId);
  if (!repayingStatuses.includes(loan.status)) return loan;
  const paid = await repo.paidPrincipal(loan.id);
  if (outstandingFen(loan, paid) === 0)
    return stepLoan(tx, actor, loan, {
      action: 'repaid',
      to: 'repaid',
      onDate: today,
      patch: { overdueSince: null },
    });
  const schedule = await repo.schedule(loan.id);
  const arrears = arrearsFen(schedule, paid, today);
  if (arrears > 0 && loan.status !== 'overdue')
    return stepLoan(tx, actor, loan, {
      action: 'overdue',
      to: 'overdue',
      onDate: today,
      amountFen: arrears,
      patch: { overdueSince: firstUnpaidDueOn(schedule, paid) },
    });
  if (arrears === 0 && loan.status === 'overdue')
    return stepLoan(tx, actor, loan, {
      action: 'overdue_cured',
      to: loan.extendedTo ? 'extended' : 'disbursed',
      onDate: today,
      patch: { overdueSince: null },
    });
  return loan;
}
