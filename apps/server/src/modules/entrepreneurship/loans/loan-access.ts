import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { forbidden, notFound } from '../../../platform/errors.ts';
import { loanReadFilter, requireOwnBank } from './bank-scope.ts';
import { createLoansRepo, loanScopeCols } from './loans.repo.ts';
import { guaranteedLoans } from './loans.schema.ts';

/** A loan the actor may read (bureau by data scope, bank staff their own bank's), else 404. */
export async function readableLoan(db: Executor, actor: Actor, id: string) {
  const row = await createLoansRepo(db).row(await loanReadFilter(db, actor, loanScopeCols), id);
  if (!row) throw notFound('贷款');
  return row;
}

/** A loan in the reach of the actor's `permission` (the bureau's side of the lifecycle). */
export async function bureauLoan(
  db: Executor,
  actor: Actor,
  id: string,
  permission: 'entrepreneurship:write' | 'entrepreneurship:manage',
) {
  if (!hasPermission(actor, permission)) throw forbidden();
  const row = await createLoansRepo(db).row(accessFilter(actor, permission, loanScopeCols), id);
  if (!row) throw notFound('贷款');
  return row;
}

/** A loan of the bank user's own bank (`loan:operate`); another bank's loan does not exist for them. */
export async function ownBankLoan(db: Executor, actor: Actor, id: string) {
  const bankId = await requireOwnBank(db, actor);
  const row = await createLoansRepo(db).row(and(eq(guaranteedLoans.bankId, bankId))!, id);
  if (!row) throw notFound('贷款');
  return row;
}
