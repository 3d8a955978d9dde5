import { type AnyColumn, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { forbidden } from '../../../platform/errors.ts';
import { entrepreneurshipExperts as experts } from './experts.schema.ts';

/** The expert record a user signs in as (role `expert`), or null. */
export async function expertOfUser(db: Executor, userId: string): Promise<string | null> {
  const [row] = await db.select({ id: experts.id }).from(experts).where(eq(experts.userId, userId));
  return row?.id ?? null;
}

/** The expert an `entrepreneurship:review` user acts as; refused when the account is linked to none. */
export async function requireOwnExpert(db: Executor, actor: Actor): Promise<string> {
  if (!hasPermission(actor, 'entrepreneurship:review')) throw forbidden();
  const id = await expertOfUser(db, actor.userId);
  if (!id) throw forbidden('该账号未关联创业专家，请联系市局在专家库中关联账号');
  return id;
}

/**
 * Which city-wide registers (experts, teachers) an actor may read: those kept by the actor's own
 * organisation or one above it (a station uses the city's pool) and those below it, through the
 * actor's `entrepreneurship:read` data scope. Deny by default.
 */
export function poolFilter(actor: Actor, cols: { orgId: AnyColumn; orgPath: AnyColumn }): SQL {
  if (!hasPermission(actor, 'entrepreneurship:read')) return sql`false`;
  const above = sql`${actor.orgPath} like ${cols.orgPath} || '%'`;
  return or(accessFilter(actor, 'entrepreneurship:read', cols), above)!;
}
