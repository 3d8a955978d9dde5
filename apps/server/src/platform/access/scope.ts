import { type AnyColumn, eq, like, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from './actor.ts';
import type { Permission } from './permissions.ts';

export interface ScopedColumns {
  /** The record's organisation id. */
  orgId: AnyColumn;
  /** The record's organisation path (`/1/4/17/`), for subtree matches. */
  orgPath: AnyColumn;
  /** The user who created the record, for the `self` scope; tables without one never match `self`. */
  owner?: AnyColumn;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The one place data scope becomes SQL. The condition is the union of the scopes of the actor's
 * roles that grant `permission`; with no such role it is `false` (deny by default). The system
 * actor (CLI) has no roles and is handled by `unscoped` callers, never here.
 */
export function accessFilter(actor: Actor, permission: Permission, cols: ScopedColumns): SQL {
  const parts: SQL[] = [];
  for (const role of actor.roles) {
    if (!role.permissions.includes(permission)) continue;
    switch (role.dataScope) {
      case 'all':
        return sql`true`;
      case 'subtree':
        parts.push(like(cols.orgPath, `${escapeLike(actor.orgPath)}%`));
        break;
      case 'own':
        parts.push(eq(cols.orgId, actor.orgId));
        break;
      case 'self':
        if (cols.owner) parts.push(eq(cols.owner, actor.userId));
        break;
      case 'custom':
        for (const p of role.customOrgPaths) parts.push(like(cols.orgPath, `${escapeLike(p)}%`));
        break;
    }
  }
  if (parts.length === 0) return sql`false`;
  return parts.length === 1 ? parts[0]! : or(...parts)!;
}
