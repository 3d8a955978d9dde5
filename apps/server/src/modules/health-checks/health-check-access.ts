import { type AnyColumn, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { type Actor, hasPermission } from '../../platform/access/actor.ts';
import { accessFilter, type ScopedColumns } from '../../platform/access/scope.ts';
import { forbidden } from '../../platform/errors.ts';
import { healthCheckHospitalUsers } from './hospitals/hospitals.schema.ts';

/** The hospital a user works for, or null when they are no hospital's staff. */
export async function hospitalOfUser(db: Executor, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: healthCheckHospitalUsers.hospitalId })
    .from(healthCheckHospitalUsers)
    .where(eq(healthCheckHospitalUsers.userId, userId));
  return row?.id ?? null;
}

/**
 * The hospital a hospital user acts for (`health_check:operate`). Hospital staff see and change only
 * their own hospital's examinees and records, whatever organisation their account sits in.
 */
export async function requireOwnHospital(db: Executor, actor: Actor): Promise<string> {
  if (!hasPermission(actor, 'health_check:operate')) throw forbidden();
  const id = await hospitalOfUser(db, actor.userId);
  if (!id) throw forbidden('该账号未关联体检医院，请联系医保处为账号关联医院');
  return id;
}

/**
 * Which health-check records an actor may read: the 医保处 and bureau users (`health_check:read`)
 * through their data scope over the record's organisation; a hospital's staff (`health_check:operate`)
 * their own hospital's records only. Deny by default. Reading a record is not reading its health
 * data: that needs `canRevealHealthData` and a stated purpose.
 */
export async function healthCheckReadFilter(
  db: Executor,
  actor: Actor,
  cols: ScopedColumns & { hospitalId: AnyColumn },
): Promise<SQL> {
  const parts: SQL[] = [];
  if (hasPermission(actor, 'health_check:read')) parts.push(accessFilter(actor, 'health_check:read', cols));
  if (hasPermission(actor, 'health_check:operate')) {
    const own = await hospitalOfUser(db, actor.userId);
    if (own) parts.push(eq(cols.hospitalId, own));
  }
  if (parts.length === 0) return sql`false`;
  return parts.length === 1 ? parts[0]! : or(...parts)!;
}

/**
 * Whether an actor may see the health data of an examination at `hospitalId` (个人信息保护法 第二十八条
 * sensitive personal information): the examining hospital's own staff, or the 医保处 with
 * `health_check:reveal` over the record. The caller has already found the record through
 * `healthCheckReadFilter`; every view is audited with the purpose the viewer gave.
 */
export async function canRevealHealthData(db: Executor, actor: Actor, hospitalId: string): Promise<boolean> {
  if (hasPermission(actor, 'health_check:reveal')) return true;
  if (!hasPermission(actor, 'health_check:operate')) return false;
  return (await hospitalOfUser(db, actor.userId)) === hospitalId;
}
