import { type AnyColumn, and, asc, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../access/actor.ts';
import type { Permission } from '../access/permissions.ts';
import { accessFilter } from '../access/scope.ts';
import { type OrgLevel, organisations } from './orgs.schema.ts';

// Subqueries name their own alias in SQL; drizzle renders `parent.*` columns against it.
const parent = alias(organisations, 'parent');

const nodeColumns = {
  id: organisations.id,
  parentId: organisations.parentId,
  name: organisations.name,
  level: organisations.level,
  regionCode: organisations.regionCode,
  path: organisations.path,
  hasChildren: sql<boolean>`exists (select 1 from organisations child where child.parent_id = "organisations"."id")`,
};

export type OrgNode = {
  id: number;
  parentId: number | null;
  name: string;
  level: OrgLevel;
  regionCode: string;
  path: string;
  hasChildren: boolean;
};

const inScope = (actor: Actor, table: { id: AnyColumn; path: AnyColumn }) =>
  accessFilter(actor, 'org:read', { orgId: table.id, orgPath: table.path });

export function createOrgsRepo(db: Executor) {
  const list = (where: SQL | undefined) =>
    db
      .select(nodeColumns)
      .from(organisations)
      .where(where)
      .orderBy(asc(organisations.sortOrder), asc(organisations.id));

  return {
    /** The first top organisation (the bureau the system acts for in scheduled jobs). */
    topmost: async () =>
      (
        await db
          .select({ id: organisations.id, path: organisations.path })
          .from(organisations)
          .where(isNull(organisations.parentId))
          .orderBy(asc(organisations.id))
          .limit(1)
      )[0],
    /** Nodes in scope whose parent is out of scope (or absent): the tops of what the actor sees. */
    roots: (actor: Actor): Promise<OrgNode[]> =>
      list(
        and(
          inScope(actor, organisations),
          or(
            isNull(organisations.parentId),
            sql`not exists (select 1 from organisations parent where ${parent.id} = ${organisations.parentId} and ${inScope(actor, parent)})`,
          ),
        ),
      ),
    children: (actor: Actor, parentId: number): Promise<OrgNode[]> =>
      list(and(inScope(actor, organisations), eq(organisations.parentId, parentId))),
    byId: async (actor: Actor, id: number): Promise<OrgNode | undefined> =>
      (await list(and(inScope(actor, organisations), eq(organisations.id, id))))[0],
    /**
     * The organisation when the actor holds one of `permissions` over it (the organisation a town
     * submits for, a bureau configures or reviews at); undefined otherwise.
     */
    async byIdFor(actor: Actor, id: number, permissions: readonly Permission[]) {
      const [row] = await db
        .select({
          id: organisations.id,
          name: organisations.name,
          path: organisations.path,
          level: organisations.level,
          parentId: organisations.parentId,
        })
        .from(organisations)
        .where(
          and(
            eq(organisations.id, id),
            or(
              ...permissions.map((p) =>
                accessFilter(actor, p, { orgId: organisations.id, orgPath: organisations.path }),
              ),
            ),
          ),
        );
      return row;
    },
    /** For system work (bootstrap, imports): no scope. */
    byIdUnscoped: async (id: number) =>
      (await db.select().from(organisations).where(eq(organisations.id, id)))[0],
    byPaths: (paths: string[]) =>
      paths.length === 0
        ? Promise.resolve([])
        : db
            .select({ id: organisations.id, name: organisations.name })
            .from(organisations)
            .where(sql`${organisations.path} in ${paths}`),
  };
}
