import { type AnyColumn, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { type Actor, hasPermission } from '../../platform/access/actor.ts';
import { accessFilter, type ScopedColumns } from '../../platform/access/scope.ts';
import { forbidden } from '../../platform/errors.ts';
import { trainingInstitutionUsers } from './institutions/institutions.schema.ts';

/** The institution a user works for, or null when they are no institution's staff. */
export async function institutionOfUser(db: Executor, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: trainingInstitutionUsers.institutionId })
    .from(trainingInstitutionUsers)
    .where(eq(trainingInstitutionUsers.userId, userId));
  return row?.id ?? null;
}

/**
 * The institution an institution user acts for (`training:operate`). Institution staff see and
 * change only their own institution's records, whatever organisation their account sits in.
 */
export async function requireOwnInstitution(db: Executor, actor: Actor): Promise<string> {
  if (!hasPermission(actor, 'training:operate')) throw forbidden();
  const id = await institutionOfUser(db, actor.userId);
  if (!id) throw forbidden('该账号未关联培训机构，请联系市局为账号关联机构');
  return id;
}

/**
 * Which training records an actor may read: the bureau's users (`training:read`) through their data
 * scope over the record's organisation; an institution's staff (`training:operate`) their own
 * institution's records only. Deny by default.
 */
export async function trainingReadFilter(
  db: Executor,
  actor: Actor,
  cols: ScopedColumns & { institutionId: AnyColumn },
): Promise<SQL> {
  const parts: SQL[] = [];
  if (hasPermission(actor, 'training:read')) parts.push(accessFilter(actor, 'training:read', cols));
  if (hasPermission(actor, 'training:operate')) {
    const own = await institutionOfUser(db, actor.userId);
    if (own) parts.push(eq(cols.institutionId, own));
  }
  if (parts.length === 0) return sql`false`;
  return parts.length === 1 ? parts[0]! : or(...parts)!;
}
