import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { organisations } from '../orgs/orgs.schema.ts';
import { roles, userRoles, users } from './access.schema.ts';
import type { Actor, ActorRole } from './actor.ts';
import { isPermission } from './permissions.ts';

export interface LoadedUser {
  actor: Actor;
  user: typeof users.$inferSelect;
  orgName: string;
  orgLevel: string;
}

/** Loads a user with their roles and organisation path: the raw material of every access decision. */
export async function loadUserWithAccess(
  db: Executor,
  userId: string,
  request: { ip: string | null; userAgent: string | null },
): Promise<LoadedUser | null> {
  const [row] = await db
    .select({ user: users, org: organisations })
    .from(users)
    .innerJoin(organisations, eq(users.orgId, organisations.id))
    .where(eq(users.id, userId));
  if (!row) return null;
  const roleRows = await db
    .select({ role: roles })
    .from(userRoles)
    .innerJoin(roles, eq(userRoles.roleId, roles.id))
    .where(eq(userRoles.userId, userId));
  const customIds = [
    ...new Set(roleRows.flatMap((r) => (r.role.dataScope === 'custom' ? r.role.customOrgIds : []))),
  ];
  const customPaths = new Map<number, string>();
  if (customIds.length > 0) {
    const orgs = await db
      .select({ id: organisations.id, path: organisations.path })
      .from(organisations)
      .where(inArray(organisations.id, customIds));
    for (const o of orgs) customPaths.set(o.id, o.path);
  }
  const actorRoles: ActorRole[] = roleRows.map(({ role }) => ({
    code: role.code,
    name: role.name,
    permissions: role.permissions.filter(isPermission),
    dataScope: role.dataScope,
    customOrgPaths: role.customOrgIds.flatMap((id) => customPaths.get(id) ?? []),
    adminClass: role.adminClass,
  }));
  return {
    user: row.user,
    orgName: row.org.name,
    orgLevel: row.org.level,
    actor: {
      userId: row.user.id,
      username: row.user.username,
      displayName: row.user.displayName,
      orgId: row.org.id,
      orgPath: row.org.path,
      roles: actorRoles,
      ip: request.ip,
      userAgent: request.userAgent,
    },
  };
}
