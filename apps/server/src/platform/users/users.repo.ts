import { and, asc, count, eq, ilike, inArray, like, or } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { roles, userRoles, users } from '../access/access.schema.ts';
import type { Actor } from '../access/actor.ts';
import type { Permission } from '../access/permissions.ts';
import { accessFilter } from '../access/scope.ts';
import { sessions } from '../auth/auth.schema.ts';
import type { Clock } from '../clock.ts';
import { organisations } from '../orgs/orgs.schema.ts';

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  org: { id: number; name: string };
  roles: { id: number; code: string; name: string; adminClass: 'system' | 'security' | 'audit' | null }[];
  status: 'active' | 'disabled';
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
}

export interface UserListFilter {
  /** Materialised path of the organisation whose subtree is listed. */
  orgPath?: string | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export type RoleRow = typeof roles.$inferSelect;

const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  orgId: organisations.id,
  orgName: organisations.name,
  status: users.status,
  lockedUntil: users.lockedUntil,
  lastLoginAt: users.lastLoginAt,
};

interface UserRow {
  id: string;
  username: string;
  displayName: string;
  orgId: number;
  orgName: string;
  status: 'active' | 'disabled';
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
}

/** A user's data scope is the organisation they belong to. */
const userScope = (actor: Actor, permission: Permission) =>
  accessFilter(actor, permission, { orgId: users.orgId, orgPath: organisations.path });

export function createUsersRepo(db: Executor, clock: Clock) {
  async function withRoles(rows: UserRow[]): Promise<UserView[]> {
    const ids = rows.map((r) => r.id);
    const roleRows =
      ids.length === 0
        ? []
        : await db
            .select({
              userId: userRoles.userId,
              id: roles.id,
              code: roles.code,
              name: roles.name,
              adminClass: roles.adminClass,
            })
            .from(userRoles)
            .innerJoin(roles, eq(userRoles.roleId, roles.id))
            .where(inArray(userRoles.userId, ids))
            .orderBy(asc(roles.id));
    return rows.map((row) => {
      return {
        id: row.id,
        username: row.username,
        displayName: row.displayName,
        org: { id: row.orgId, name: row.orgName },
        roles: roleRows
          .filter((x) => x.userId === row.id)
          .map(({ id, code, name, adminClass }) => ({ id, code, name, adminClass })),
        status: row.status,
        // An expired lock stays in the row until the next login; it is no lock.
        lockedUntil: row.lockedUntil && row.lockedUntil > clock.now() ? row.lockedUntil : null,
        lastLoginAt: row.lastLoginAt,
      };
    });
  }

  return {
    async list(actor: Actor, f: UserListFilter): Promise<{ items: UserView[]; total: number }> {
      const q = f.q?.trim();
      const where = and(
        userScope(actor, 'user:read'),
        f.orgPath ? like(organisations.path, `${escapeLike(f.orgPath)}%`) : undefined,
        q
          ? or(ilike(users.username, `%${escapeLike(q)}%`), ilike(users.displayName, `%${escapeLike(q)}%`))
          : undefined,
      );
      const [row] = await db
        .select({ total: count() })
        .from(users)
        .innerJoin(organisations, eq(users.orgId, organisations.id))
        .where(where);
      const rows = await db
        .select(userColumns)
        .from(users)
        .innerJoin(organisations, eq(users.orgId, organisations.id))
        .where(where)
        .orderBy(asc(users.username))
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize);
      return { items: await withRoles(rows), total: Number(row?.total ?? 0) };
    },

    async byId(actor: Actor, permission: Permission, id: string): Promise<UserView | undefined> {
      const rows = await db
        .select(userColumns)
        .from(users)
        .innerJoin(organisations, eq(users.orgId, organisations.id))
        .where(and(userScope(actor, permission), eq(users.id, id)));
      return (await withRoles(rows))[0];
    },

    /** An organisation the actor may place users in (or list users of), by the given permission. */
    async orgInScope(actor: Actor, permission: Permission, orgId: number) {
      const [org] = await db
        .select({ id: organisations.id, name: organisations.name, path: organisations.path })
        .from(organisations)
        .where(
          and(
            eq(organisations.id, orgId),
            accessFilter(actor, permission, { orgId: organisations.id, orgPath: organisations.path }),
          ),
        );
      return org;
    },

    rolesByIds: (ids: number[]): Promise<RoleRow[]> =>
      ids.length === 0 ? Promise.resolve([]) : db.select().from(roles).where(inArray(roles.id, ids)),

    usernameTaken: async (username: string) =>
      (await db.select({ id: users.id }).from(users).where(eq(users.username, username))).length > 0,

    insert: async (values: typeof users.$inferInsert) =>
      (await db.insert(users).values(values).returning({ id: users.id }))[0]!.id,

    update: (id: string, values: Partial<typeof users.$inferInsert>) =>
      db.update(users).set(values).where(eq(users.id, id)),

    async setRoles(userId: string, roleIds: number[]) {
      await db.delete(userRoles).where(eq(userRoles.userId, userId));
      if (roleIds.length > 0)
        await db.insert(userRoles).values(roleIds.map((roleId) => ({ userId, roleId })));
    },

    /** Ends every session of the user (disable, password reset): whoever was signed in is out. */
    endSessions: (userId: string) => db.delete(sessions).where(eq(sessions.userId, userId)),
  };
}

export type UsersRepo = ReturnType<typeof createUsersRepo>;

/**
 * A user whose organisation lies in the actor's `permission` scope, with the codes of its roles
 * (for linking a staff account of a bank or an institution): undefined when out of reach.
 */
export async function userInScope(db: Executor, actor: Actor, permission: Permission, userId: string) {
  const rows = await db
    .select({ id: users.id, username: users.username, role: roles.code })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .leftJoin(userRoles, eq(userRoles.userId, users.id))
    .leftJoin(roles, eq(roles.id, userRoles.roleId))
    .where(
      and(
        eq(users.id, userId),
        accessFilter(actor, permission, { orgId: users.orgId, orgPath: organisations.path }),
      ),
    );
  if (rows.length === 0) return undefined;
  return {
    id: rows[0]!.id,
    username: rows[0]!.username,
    roles: rows.flatMap((r) => (r.role ? [r.role] : [])),
  };
}
