import type { DataScope } from './access.schema.ts';
import type { Permission } from './permissions.ts';

export interface ActorRole {
  code: string;
  name: string;
  permissions: Permission[];
  dataScope: DataScope;
  /** Materialised paths of the custom organisations (only for `custom`). */
  customOrgPaths: string[];
  adminClass: 'system' | 'security' | 'audit' | null;
}

/**
 * Who is acting, as loaded from the session for this one request (never cached across requests or
 * users). Services receive it explicitly and pass it to repositories, which build their WHERE
 * clause from it through `accessFilter`.
 */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  orgId: number;
  orgPath: string;
  roles: ActorRole[];
  ip: string | null;
  userAgent: string | null;
}

export const hasPermission = (actor: Actor, permission: Permission): boolean =>
  actor.roles.some((r) => r.permissions.includes(permission));

/** A stand-in for work started by the system itself (CLI, demo loader); it passes every check. */
export function systemActor(orgId: number, orgPath: string): Actor {
  return {
    userId: '00000000-0000-0000-0000-000000000000',
    username: 'system',
    displayName: '系统',
    orgId,
    orgPath,
    roles: [],
    ip: null,
    userAgent: null,
  };
}
