import type { Db } from '../../db/client.ts';
import type { DataScope } from '../access/access.schema.ts';
import type { Actor } from '../access/actor.ts';
import { adminClassOf, isPermission, permissionCatalogue } from '../access/permissions.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { conflict, forbidden, invalid, notFound } from '../errors.ts';
import { createRolesRepo, type RoleRow } from './roles.repo.ts';

export interface RoleInput {
  code: string;
  name: string;
  permissions: string[];
  dataScope: DataScope;
  customOrgIds: number[];
}

const view = (r: RoleRow) => ({
  id: r.id,
  code: r.code,
  name: r.name,
  permissions: r.permissions,
  dataScope: r.dataScope,
  customOrgIds: r.customOrgIds,
  builtin: r.builtin,
  adminClass: r.adminClass,
});

/**
 * Business roles may only carry business permissions: the powers of the three administrators are
 * fixed in their built-in roles, so the system administrator can neither hand out audit or
 * security powers nor collect them through a role of their own making.
 */
function checkPermissions(permissions: string[]) {
  const unknown = permissions.filter((p) => !isPermission(p));
  if (unknown.length > 0) {
    throw invalid(`未知权限：${unknown.join('、')}`, [{ path: '/permissions', message: '未知权限' }]);
  }
  const adminOnly = permissions.filter((p) => isPermission(p) && adminClassOf(p) !== null);
  if (adminOnly.length > 0) {
    const labels = adminOnly.map((p) => permissionCatalogue.find((c) => c.code === p)?.label ?? p);
    throw forbidden(`三员分立：「${labels.join('」「')}」属于管理员专有权限，不能授予业务角色`);
  }
}

export function createRolesService(deps: { db: Db }) {
  const { db } = deps;
  const repo = createRolesRepo(db);

  async function checkScope(r: ReturnType<typeof createRolesRepo>, dataScope: DataScope, orgIds: number[]) {
    if (dataScope !== 'custom') return [];
    const unique = [...new Set(orgIds)];
    if (unique.length === 0) {
      throw invalid('自定义数据范围至少选择一个机构', [
        { path: '/customOrgIds', message: '至少选择一个机构' },
      ]);
    }
    const found = await r.existingOrgIds(unique);
    const missing = unique.filter((id) => !found.includes(id));
    if (missing.length > 0) {
      throw invalid(`机构不存在：${missing.join('、')}`, [{ path: '/customOrgIds', message: '机构不存在' }]);
    }
    return unique;
  }

  return {
    permissions: () =>
      permissionCatalogue.map(({ code, label, group, adminClass }) => ({ code, label, group, adminClass })),

    list: async () => (await repo.list()).map(view),

    async create(actor: Actor, input: RoleInput) {
      checkPermissions(input.permissions);
      return db.transaction(async (tx) => {
        const r = createRolesRepo(tx);
        const customOrgIds = await checkScope(r, input.dataScope, input.customOrgIds);
        if (await r.byCode(input.code)) throw conflict(`角色代码 ${input.code} 已存在`);
        const row = await r.insert({
          code: input.code,
          name: input.name,
          permissions: [...new Set(input.permissions)],
          dataScope: input.dataScope,
          customOrgIds,
          builtin: false,
          adminClass: null,
        });
        await recordAudit(tx, actor, {
          action: 'role.create',
          targetType: 'role',
          targetId: row.id,
          detail: { after: view(row) },
        });
        return view(row);
      });
    },

    async update(actor: Actor, id: number, patch: Partial<RoleInput>) {
      return db.transaction(async (tx) => {
        const r = createRolesRepo(tx);
        const before = await r.byId(id);
        if (!before) throw notFound('角色');
        if (before.adminClass !== null) {
          throw forbidden('系统管理员、安全管理员、审计管理员是三员分立的内置角色，权限由系统固定，不能修改');
        }
        if (patch.code !== undefined && patch.code !== before.code) {
          // Start-up seeding finds built-in roles by code; renaming one would make it come back twice.
          if (before.builtin) throw forbidden('内置角色的代码不能修改');
          if (await r.byCode(patch.code)) throw conflict(`角色代码 ${patch.code} 已存在`);
        }
        if (patch.permissions) checkPermissions(patch.permissions);
        const dataScope = patch.dataScope ?? before.dataScope;
        const customOrgIds = await checkScope(r, dataScope, patch.customOrgIds ?? before.customOrgIds);
        const row = await r.update(id, {
          ...(patch.code !== undefined ? { code: patch.code } : {}),
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.permissions ? { permissions: [...new Set(patch.permissions)] } : {}),
          dataScope,
          customOrgIds,
        });
        await recordAudit(tx, actor, {
          action: 'role.update',
          targetType: 'role',
          targetId: id,
          detail: { before: view(before), after: view(row) },
        });
        return view(row);
      });
    },
  };
}

export type RolesService = ReturnType<typeof createRolesService>;
