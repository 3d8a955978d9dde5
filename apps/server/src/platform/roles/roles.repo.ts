import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { roles } from '../access/access.schema.ts';
import { organisations } from '../orgs/orgs.schema.ts';

export type RoleRow = typeof roles.$inferSelect;

/** Roles are installation-wide (not organisation data), so their queries carry no data scope. */
export function createRolesRepo(db: Executor) {
  return {
    list: () => db.select().from(roles).orderBy(asc(roles.id)),
    byId: async (id: number): Promise<RoleRow | undefined> =>
      (await db.select().from(roles).where(eq(roles.id, id)))[0],
    byCode: async (code: string): Promise<RoleRow | undefined> =>
      (await db.select().from(roles).where(eq(roles.code, code)))[0],
    existingOrgIds: async (ids: number[]) =>
      ids.length === 0
        ? []
        : (
            await db
              .select({ id: organisations.id })
              .from(organisations)
              .where(inArray(organisations.id, ids))
          ).map((o) => o.id),
    insert: async (values: typeof roles.$inferInsert) =>
      (await db.insert(roles).values(values).returning())[0]!,
    update: async (id: number, values: Partial<typeof roles.$inferInsert>) =>
      (await db.update(roles).set(values).where(eq(roles.id, id)).returning())[0]!,
  };
}
