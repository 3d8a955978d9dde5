import { and, asc, count, desc, eq, like } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { employers } from './employers.schema.ts';

export const employerSorts = ['name', '-name', 'createdAt', '-createdAt'] as const;
export type EmployerSort = (typeof employerSorts)[number];

/** How the list is narrowed: the search `q` is already resolved to one of these by the service. */
export interface EmployerFilter {
  creditCode?: string;
  namePrefix?: string;
  /** Materialised path of the `orgId` filter: that organisation's subtree. */
  orgPath?: string;
  industry?: string;
  /** Dictionary code (`employer_type`). */
  type?: string;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const scoped = (actor: Actor, permission: Permission) =>
  accessFilter(actor, permission, {
    orgId: employers.orgId,
    orgPath: employers.orgPath,
    owner: employers.createdBy,
  });

const filterSql = (f: EmployerFilter) => [
  ...(f.creditCode ? [eq(employers.creditCode, f.creditCode)] : []),
  ...(f.namePrefix ? [like(employers.name, `${escapeLike(f.namePrefix)}%`)] : []),
  ...(f.orgPath ? [like(employers.orgPath, `${escapeLike(f.orgPath)}%`)] : []),
  ...(f.industry ? [eq(employers.industry, f.industry)] : []),
  ...(f.type ? [eq(employers.type, f.type)] : []),
];

const sortColumn = { name: employers.name, createdAt: employers.createdAt };

const itemColumns = {
  id: employers.id,
  creditCode: employers.creditCode,
  name: employers.name,
  type: employers.type,
  industry: employers.industry,
  size: employers.size,
  phoneMasked: employers.phoneMasked,
  orgId: employers.orgId,
  orgName: organisations.name,
};

const detailColumns = {
  ...itemColumns,
  address: employers.address,
  createdAt: employers.createdAt,
  updatedAt: employers.updatedAt,
  version: employers.version,
};

const toItem = <T extends { orgId: number; orgName: string }>({ orgId, orgName, ...rest }: T) => ({
  ...rest,
  org: { id: orgId, name: orgName },
});

export type EmployerRow = typeof employers.$inferSelect;
export type NewEmployerRow = typeof employers.$inferInsert;

export function createEmployersRepo(db: Executor) {
  return {
    async list(
      actor: Actor,
      f: EmployerFilter,
      page: { page: number; pageSize: number; sort: EmployerSort },
    ) {
      const where = and(scoped(actor, 'employer:read'), ...filterSql(f));
      const key = page.sort.replace(/^-/, '') as keyof typeof sortColumn;
      const dir = page.sort.startsWith('-') ? desc : asc;
      const [rows, [total]] = await Promise.all([
        db
          .select(itemColumns)
          .from(employers)
          .innerJoin(organisations, eq(organisations.id, employers.orgId))
          .where(where)
          .orderBy(dir(sortColumn[key]), asc(employers.id))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(employers).where(where),
      ]);
      return { items: rows.map(toItem), total: Number(total?.n ?? 0) };
    },

    async detail(actor: Actor, id: string) {
      const [row] = await db
        .select(detailColumns)
        .from(employers)
        .innerJoin(organisations, eq(organisations.id, employers.orgId))
        .where(and(scoped(actor, 'employer:read'), eq(employers.id, id)));
      return row ? toItem(row) : undefined;
    },

    /** The full row when the record is in the actor's scope for `permission`. */
    async row(actor: Actor, id: string, permission: Permission): Promise<EmployerRow | undefined> {
      const [row] = await db
        .select()
        .from(employers)
        .where(and(scoped(actor, permission), eq(employers.id, id)));
      return row;
    },

    existsByCreditCode: async (code: string) =>
      (await db.select({ id: employers.id }).from(employers).where(eq(employers.creditCode, code)).limit(1))
        .length > 0,

    /** The organisation an employer may be registered in: inside the actor's `employer:write` scope. */
    async writableOrg(actor: Actor, orgId: number) {
      const [row] = await db
        .select({ id: organisations.id, path: organisations.path })
        .from(organisations)
        .where(
          and(
            eq(organisations.id, orgId),
            accessFilter(actor, 'employer:write', { orgId: organisations.id, orgPath: organisations.path }),
          ),
        );
      return row;
    },

    orgPath: async (orgId: number) =>
      (
        await db.select({ path: organisations.path }).from(organisations).where(eq(organisations.id, orgId))
      )[0]?.path,

    insert: async (row: NewEmployerRow) =>
      (await db.insert(employers).values(row).returning({ id: employers.id }))[0]!,

    /** Optimistic update: only when the version still matches; answers the new version or undefined. */
    async update(id: string, version: number, patch: Partial<NewEmployerRow>) {
      const [row] = await db
        .update(employers)
        .set({ ...patch, version: version + 1, updatedAt: new Date() })
        .where(and(eq(employers.id, id), eq(employers.version, version)))
        .returning({ version: employers.version });
      return row;
    },
  };
}
