import type { Db } from '../../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { generateInitialPassword, hashPassword } from '../auth/passwords.ts';
import type { Clock } from '../clock.ts';
import { conflict, forbidden, invalid, notFound } from '../errors.ts';
import { createUsersRepo, type RoleRow, type UsersRepo, type UserView } from './users.repo.ts';

export interface NewUser {
  username: string;
  displayName: string;
  orgId: number;
  roleIds: number[];
}

export interface UserPatch {
  displayName?: string | undefined;
  orgId?: number | undefined;
  roleIds?: number[] | undefined;
  status?: 'active' | 'disabled' | undefined;
}

/**
 * 三员分立 (GB/T 22239-2019 8.1.4.2): an account holds at most one administrator role, and an
 * administrator never also holds business roles, so no one person both runs and audits the system.
 */
export function checkSeparationOfDuties(roleRows: Pick<RoleRow, 'adminClass'>[]) {
  const admin = roleRows.filter((r) => r.adminClass !== null);
  if (admin.length > 1) {
    throw forbidden('三员分立：一个账号只能担任系统管理员、安全管理员、审计管理员中的一种');
  }
  if (admin.length === 1 && roleRows.length > 1) {
    throw forbidden('三员分立：管理员角色不能与业务角色授予同一账号');
  }
}

const actorAdminClasses = (actor: Actor) => new Set(actor.roles.map((r) => r.adminClass).filter(Boolean));

/**
 * The system administrator runs accounts but must not be able to become the security or audit
 * administrator: granting or revoking another administrator class, or resetting, disabling or
 * editing an account that holds one, would let them create a second identity that audits them.
 * Those accounts are managed at the server console (`minsheng user create|reset-password`).
 */
function checkAdminReach(actor: Actor, roleRows: Pick<RoleRow, 'adminClass'>[]) {
  const mine = actorAdminClasses(actor);
  if (roleRows.some((r) => r.adminClass !== null && !mine.has(r.adminClass))) {
    throw forbidden('三员分立：安全管理员、审计管理员账号只能由服务器控制台（minsheng user 命令）创建和重置');
  }
}

async function resolveRoles(repo: UsersRepo, roleIds: number[]) {
  const unique = [...new Set(roleIds)];
  const rows = await repo.rolesByIds(unique);
  if (rows.length !== unique.length) {
    const missing = unique.filter((id) => !rows.some((r) => r.id === id));
    throw invalid(`角色不存在：${missing.join('、')}`, [{ path: '/roleIds', message: '角色不存在' }]);
  }
  checkSeparationOfDuties(rows);
  return rows;
}

const summary = (u: UserView) => ({
  displayName: u.displayName,
  orgId: u.org.id,
  status: u.status,
  roles: u.roles.map((r) => r.code),
});

export function createUsersService(deps: { db: Db; clock: Clock }) {
  const { db } = deps;
  const repo = createUsersRepo(db, deps.clock);

  /** The target user inside the actor's `user:write` scope, never the actor themselves. */
  async function target(r: UsersRepo, actor: Actor, id: string, selfMessage: string) {
    const user = await r.byId(actor, 'user:write', id);
    if (!user) throw notFound('用户');
    if (id === actor.userId) throw forbidden(selfMessage);
    checkAdminReach(actor, user.roles);
    return user;
  }

  return {
    async list(
      actor: Actor,
      f: { orgId?: number | undefined; q?: string | undefined; page: number; pageSize: number },
    ) {
      let orgPath: string | undefined;
      if (f.orgId !== undefined) {
        const org = await repo.orgInScope(actor, 'user:read', f.orgId);
        if (!org) throw notFound('机构');
        orgPath = org.path;
      }
      return repo.list(actor, { orgPath, q: f.q, page: f.page, pageSize: f.pageSize });
    },

    async create(actor: Actor, input: NewUser) {
      const initialPassword = generateInitialPassword();
      const passwordHash = await hashPassword(initialPassword);
      return db.transaction(async (tx) => {
        const r = createUsersRepo(tx, deps.clock);
        if (!(await r.orgInScope(actor, 'user:write', input.orgId))) throw notFound('机构');
        const roleRows = await resolveRoles(r, input.roleIds);
        checkAdminReach(actor, roleRows);
        if (await r.usernameTaken(input.username)) throw conflict(`用户名 ${input.username} 已被使用`);
        const id = await r.insert({
          username: input.username,
          displayName: input.displayName,
          orgId: input.orgId,
          passwordHash,
          mustChangePassword: true,
        });
        await r.setRoles(
          id,
          roleRows.map((x) => x.id),
        );
        const user = (await r.byId(actor, 'user:write', id))!;
        await recordAudit(tx, actor, {
          action: 'user.create',
          targetType: 'user',
          targetId: id,
          detail: { after: { username: user.username, ...summary(user) } },
        });
        return { user, initialPassword };
      });
    },

    async update(actor: Actor, id: string, patch: UserPatch) {
      return db.transaction(async (tx) => {
        const r = createUsersRepo(tx, deps.clock);
        const before = await r.byId(actor, 'user:write', id);
        if (!before) throw notFound('用户');
        checkAdminReach(actor, before.roles);
        const self = id === actor.userId;
        const changes: { displayName?: string; orgId?: number; status?: 'active' | 'disabled' } = {};
        if (patch.displayName !== undefined && patch.displayName !== before.displayName) {
          changes.displayName = patch.displayName;
        }
        if (patch.orgId !== undefined && patch.orgId !== before.org.id) {
          if (!(await r.orgInScope(actor, 'user:write', patch.orgId))) throw notFound('机构');
          changes.orgId = patch.orgId;
        }
        if (patch.status !== undefined && patch.status !== before.status) {
          if (self) throw forbidden('不能停用或启用自己的账号');
          changes.status = patch.status;
        }
        let newRoleIds: number[] | undefined;
        if (patch.roleIds !== undefined) {
          const current = new Set(before.roles.map((x) => x.id));
          const wanted = new Set(patch.roleIds);
          const same = current.size === wanted.size && [...wanted].every((x) => current.has(x));
          if (!same) {
            // Self-granting is the classic escalation path; another administrator must do it.
            if (self) throw forbidden('不能修改自己的角色');
            const roleRows = await resolveRoles(r, patch.roleIds);
            checkAdminReach(actor, roleRows);
            newRoleIds = roleRows.map((x) => x.id);
          }
        }
        if (Object.keys(changes).length === 0 && !newRoleIds) return before;
        if (Object.keys(changes).length > 0) await r.update(id, changes);
        if (newRoleIds) await r.setRoles(id, newRoleIds);
        if (changes.status === 'disabled') await r.endSessions(id);
        const after = (await r.byId(actor, 'user:write', id))!;
        const b = summary(before);
        const a = summary(after);
        const changed = (Object.keys(a) as (keyof typeof a)[]).filter(
          (k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]),
        );
        await recordAudit(tx, actor, {
          action: changes.status === 'disabled' ? 'user.disable' : 'user.update',
          targetType: 'user',
          targetId: id,
          detail: {
            username: after.username,
            before: Object.fromEntries(changed.map((k) => [k, b[k]])),
            after: Object.fromEntries(changed.map((k) => [k, a[k]])),
          },
        });
        return after;
      });
    },

    async resetPassword(actor: Actor, id: string) {
      const initialPassword = generateInitialPassword();
      const passwordHash = await hashPassword(initialPassword);
      return db.transaction(async (tx) => {
        const r = createUsersRepo(tx, deps.clock);
        const user = await target(r, actor, id, '不能重置自己的密码，请使用“修改密码”');
        await r.update(id, {
          passwordHash,
          mustChangePassword: true,
          failedAttempts: 0,
          lockedUntil: null,
        });
        await r.endSessions(id);
        await recordAudit(tx, actor, {
          action: 'user.reset_password',
          targetType: 'user',
          targetId: id,
          detail: { username: user.username },
        });
        return { initialPassword };
      });
    },

    async unlock(actor: Actor, id: string) {
      return db.transaction(async (tx) => {
        const r = createUsersRepo(tx, deps.clock);
        const user = await r.byId(actor, 'user:write', id);
        if (!user) throw notFound('用户');
        await r.update(id, { failedAttempts: 0, lockedUntil: null });
        await recordAudit(tx, actor, {
          action: 'user.unlock',
          targetType: 'user',
          targetId: id,
          detail: { username: user.username, before: { lockedUntil: user.lockedUntil } },
        });
        return { ok: true as const };
      });
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
