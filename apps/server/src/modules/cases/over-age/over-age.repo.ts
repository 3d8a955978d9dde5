import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { caseScope } from '../cases.repo.ts';
import { cases } from '../cases.schema.ts';
import { overAgeRecords } from './over-age.schema.ts';

export type OverAgeRecord = typeof overAgeRecords.$inferSelect;
export type NewOverAgeRecord = typeof overAgeRecords.$inferInsert;

/** Over-age records, always reached through their case's scope. */
export function createOverAgeRepo(db: Executor) {
  return {
    /** The case and its record (undefined when none yet) when the case is in scope for `permission`. */
    async caseWithRecord(actor: Actor, caseId: string, permission: Permission) {
      const [row] = await db
        .select({ case: cases, record: overAgeRecords })
        .from(cases)
        .leftJoin(overAgeRecords, eq(overAgeRecords.caseId, cases.id))
        .where(and(caseScope(actor, permission), eq(cases.id, caseId)));
      return row ? { case: row.case, record: row.record ?? undefined } : undefined;
    },

    insert: async (row: NewOverAgeRecord) => (await db.insert(overAgeRecords).values(row).returning())[0]!,

    /** Optimistic update: answers the new row, or undefined when the version moved. */
    async update(caseId: string, version: number, patch: Partial<NewOverAgeRecord>) {
      const [row] = await db
        .update(overAgeRecords)
        .set({ ...patch, version: version + 1, updatedAt: new Date() })
        .where(and(eq(overAgeRecords.caseId, caseId), eq(overAgeRecords.version, version)))
        .returning();
      return row;
    },
  };
}

/** The confirmation the review reads; unscoped like the rest of the facts (the case is already in scope). */
export const confirmationOf = async (db: Executor, caseId: string) =>
  (await db.select().from(overAgeRecords).where(eq(overAgeRecords.caseId, caseId)))[0];
