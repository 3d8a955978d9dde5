import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { caseTypes } from '../cases.schema.ts';

export type CaseTypeRow = typeof caseTypes.$inferSelect;
export type NewCaseTypeRow = typeof caseTypes.$inferInsert;

/** Case types are city-wide settings, not records of an organisation: no data scope applies. */
export function createCaseTypesRepo(db: Executor) {
  return {
    all: () => db.select().from(caseTypes).orderBy(asc(caseTypes.id)),
    one: async (id: string): Promise<CaseTypeRow | undefined> =>
      (await db.select().from(caseTypes).where(eq(caseTypes.id, id)))[0],
    /** Adds the types the catalogue has and the table lacks; never touches configured rows. */
    insertMissing: async (rows: NewCaseTypeRow[]) => {
      if (rows.length > 0) await db.insert(caseTypes).values(rows).onConflictDoNothing();
    },
    /** Optimistic update: answers the new row, or undefined when the version moved on. */
    async update(id: string, version: number, patch: Partial<NewCaseTypeRow>) {
      const [row] = await db
        .update(caseTypes)
        .set({ ...patch, version: version + 1, updatedAt: new Date() })
        .where(and(eq(caseTypes.id, id), eq(caseTypes.version, version)))
        .returning();
      return row;
    },
  };
}
