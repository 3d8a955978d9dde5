import { eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { organisations } from '../orgs/orgs.schema.ts';
import { type DataScope, users } from './access.schema.ts';
import type { Actor, ActorRole } from './actor.ts';
import { isPermission } from './permissions.ts';

export interface LoadedUser {
  actor: Actor;
  user: Pick<typeof users.$inferSelect, 'id' | 'username' | 'displayName' | 'status' | 'totpEnabled'>;
  orgName: string;
  orgLevel: string;
}

interface RoleJson {
  code: string;
  name: string;
  permissions: string[];
  dataScope: DataScope;
  adminClass: ActorRole['adminClass'];
  customOrgPaths: string[];
}

/**
 * The user's roles as one JSON array, each with the materialised paths of its custom organisations
 * (in the order the role lists them). A correlated subquery, so that user, organisation and roles
 * come back in one round trip: the session check runs on every request.
 */
const rolesJson: SQL<RoleJson[]> = sql`coalesce((
  select json_agg(json_build_object(
    'code', r.code, 'name', r.name, 'permissions', r.permissions, 'dataScope', r.data_scope,
    'adminClass', r.admin_class,
    'customOrgPaths', case when r.data_scope = 'custom' then coalesce((
      select json_agg(o.path order by c.ord)
      from jsonb_array_elements_text(r.custom_org_ids) with ordinality as c(id, ord)
      join organisations o on o.id = c.id::int
    ), '[]'::json) else '[]'::json end
  ) order by r.id)
  from user_roles ur join roles r on r.id = ur.role_id
  where ur.user_id = ${users.id}
), '[]'::json)`;

/** Columns of a user with organisation and roles; join `users` and `organisations` to select them. */
export const userAccessColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  status: users.status,
  totpEnabled: users.totpEnabled,
  orgId: organisations.id,
  orgPath: organisations.path,
  orgName: organisations.name,
  orgLevel: organisations.level,
  roles: rolesJson,
};

type UserColumns = LoadedUser['user'];

export interface UserAccessRow extends UserColumns {
  orgId: number;
  orgPath: string;
  orgName: string;
  orgLevel: string;
  roles: RoleJson[];
}

/** Builds the actor (and what the session answer needs) from a row of `userAccessColumns`. */
export function toLoadedUser(
  row: UserAccessRow,
  request: { ip: string | null; userAgent: string | null },
): LoadedUser {
  const roles: ActorRole[] = row.roles.map((r) => ({
    code: r.code,
    name: r.name,
    permissions: r.permissions.filter(isPermission),
    dataScope: r.dataScope,
    customOrgPaths: r.customOrgPaths,
    adminClass: r.adminClass,
  }));
  return {
    user: {
      id: row.id,
      username: row.username,
      displayName: row.displayName,
      status: row.status,
      totpEnabled: row.totpEnabled,
    },
    orgName: row.orgName,
    orgLevel: row.orgLevel,
    actor: {
      userId: row.id,
      username: row.username,
      displayName: row.displayName,
      orgId: row.orgId,
      orgPath: row.orgPath,
      roles,
      ip: request.ip,
      userAgent: request.userAgent,
    },
  };
}

/** Loads a user with their roles and organisation path: the raw material of every access decision. */
export async function loadUserWithAccess(
  db: Executor,
  userId: string,
  request: { ip: string | null; userAgent: string | null },
): Promise<LoadedUser | null> {
  const [row] = await db
    .select(userAccessColumns)
    .from(users)
    .innerJoin(organisations, eq(users.orgId, organisations.id))
    .where(eq(users.id, userId));
  return row ? toLoadedUser(row as UserAccessRow, request) : null;
}
