import { eq } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { hasPermission } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { conflict, forbidden, invalid, notFound } from '../errors.ts';
import { createOrgsRepo } from './orgs.repo.ts';
import { type OrgLevel, organisations, orgLevels } from './orgs.schema.ts';

/** Administrative division codes: 6 digits for city and district/county, 9 for streets/towns, 12 for communities. */
const codeLength: Record<OrgLevel, number> = { city: 6, district: 6, street: 9, community: 12 };

export interface NewOrg {
  parentId: number | null;
  name: string;
  level: OrgLevel;
  regionCode: string;
}

export function validateOrg(o: NewOrg, parent: { level: OrgLevel; regionCode: string } | null) {
  if (!new RegExp(`^\\d{${codeLength[o.level]}}$`).test(o.regionCode)) {
    throw invalid(`区划代码应为 ${codeLength[o.level]} 位数字`);
  }
  if (!parent) {
    if (o.level !== 'city') throw invalid('顶级机构必须是市级');
    return;
  }
  const expected = orgLevels[orgLevels.indexOf(parent.level) + 1];
  if (o.level !== expected) throw invalid('下级机构层级不正确：市 → 区县 → 街道乡镇 → 社区村');
  if (codeLength[o.level] > 6 && !o.regionCode.startsWith(parent.regionCode)) {
    throw invalid(`区划代码应以上级代码 ${parent.regionCode} 开头`);
  }
}

/** Inserts a node and sets its materialised path; used by the service and by bootstrap/demo loaders. */
export async function insertOrg(tx: Executor, o: NewOrg, parentPath: string | null) {
  const [row] = await tx
    .insert(organisations)
    .values({ ...o, path: '' })
    .returning();
  const path = `${parentPath ?? '/'}${row!.id}/`;
  await tx.update(organisations).set({ path }).where(eq(organisations.id, row!.id));
  return { ...row!, path };
}

export function createOrgsService(deps: { db: Db }) {
  const { db } = deps;
  const repo = createOrgsRepo(db);
  return {
    roots: (actor: Actor) => repo.roots(actor),
    children: (actor: Actor, id: number) => repo.children(actor, id),
    async get(actor: Actor, id: number) {
      const node = await repo.byId(actor, id);
      if (!node) throw notFound('机构');
      const ancestorIds = node.path.split('/').filter(Boolean).map(Number);
      const ancestors = await Promise.all(ancestorIds.map((a) => repo.byIdUnscoped(a)));
      return { ...node, ancestors: ancestors.flatMap((a) => (a ? [{ id: a.id, name: a.name }] : [])) };
    },
    async create(actor: Actor, input: NewOrg) {
      if (!hasPermission(actor, 'org:write')) throw forbidden();
      const parent = input.parentId === null ? null : await repo.byId(actor, input.parentId);
      if (input.parentId !== null && !parent) throw notFound('上级机构');
      validateOrg(input, parent ?? null);
      return db.transaction(async (tx) => {
        const [dup] = await tx
          .select()
          .from(organisations)
          .where(eq(organisations.regionCode, input.regionCode));
        if (dup) throw conflict(`区划代码 ${input.regionCode} 已被「${dup.name}」使用`);
        const row = await insertOrg(tx, input, parent?.path ?? null);
        await recordAudit(tx, actor, {
          action: 'org.create',
          targetType: 'organisation',
          targetId: row.id,
          detail: { after: input },
        });
        return row;
      });
    },
    async update(actor: Actor, id: number, patch: { name?: string | undefined }) {
      const node = await repo.byId(actor, id);
      if (!node) throw notFound('机构');
      return db.transaction(async (tx) => {
        await tx.update(organisations).set(patch).where(eq(organisations.id, id));
        await recordAudit(tx, actor, {
          action: 'org.update',
          targetType: 'organisation',
          targetId: id,
          detail: { before: { name: node.name }, after: patch },
        });
        return { ...node, ...patch };
      });
    },
  };
}

export type OrgsService = ReturnType<typeof createOrgsService>;
