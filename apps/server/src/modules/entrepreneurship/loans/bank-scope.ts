import { type AnyColumn, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import { accessFilter, type ScopedColumns } from '../../../platform/access/scope.ts';
import { forbidden } from '../../../platform/errors.ts';
import { lendingBankUsers } from './loans.schema.ts';

/** The bank a user works for, or null when they are no bank's staff. */
export async function bankOfUser(db: Executor, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: lendingBankUsers.bankId })
    .from(lendingBankUsers)
    .where(eq(lendingBankUsers.userId, userId));
  return row?.id ?? null;
}

/**
 * The bank a bank user acts for (`loan:operate`). Bank staff see and change only their own bank's
 * loans, whatever organisation their account sits in.
 */
export async function requireOwnBank(db: Executor, actor: Actor): Promise<string> {
  if (!hasPermission(actor, 'loan:operate')) throw forbidden();
  const id = await bankOfUser(db, actor.userId);
  if (!id) throw forbidden('该账号未关联经办银行，请联系市局为账号关联银行');
  return id;
}

/**
 * Which loans an actor may read: the bureau's users (`entrepreneurship:read`) through their data
 * scope over the loan's organisation; a bank's staff (`loan:operate`) their own bank's loans only.
 * Deny by default.
 */
export async function loanReadFilter(
  db: Executor,
  actor: Actor,
  cols: ScopedColumns & { bankId: AnyColumn },
): Promise<SQL> {
  const parts: SQL[] = [];
  if (hasPermission(actor, 'entrepreneurship:read'))
    parts.push(accessFilter(actor, 'entrepreneurship:read', cols));
  if (hasPermission(actor, 'loan:operate')) {
    const own = await bankOfUser(db, actor.userId);
    if (own) parts.push(eq(cols.bankId, own));
  }
  if (parts.length === 0) return sql`false`;
  return parts.length === 1 ? parts[0]! : or(...parts)!;
}
