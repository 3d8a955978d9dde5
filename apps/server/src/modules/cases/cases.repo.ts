import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Permission } from '../../platform/access/permissions.ts';
import { accessFilter } from '../../platform/access/scope.ts';
import { benefitClaims, caseEvents, caseMaterials, cases, supplementNotices } from './cases.schema.ts';

export type CaseRow = typeof cases.$inferSelect;
export type NewCaseRow = typeof cases.$inferInsert;
export type CaseEventRow = typeof caseEvents.$inferSelect;
export type CaseMaterialRow = typeof caseMaterials.$inferSelect;
export type SupplementNoticeRow = typeof supplementNotices.$inferSelect;
export type BenefitClaimRow = typeof benefitClaims.$inferSelect;

/** The one scope condition of cases: the case's organisation, or its creator for `self`. */
export const caseScope = (actor: Actor, permission: Permission): SQL =>
  accessFilter(actor, permission, { orgId: cases.orgId, orgPath: cases.orgPath, owner: cases.createdBy });

export interface MaterialUpdate {
  code: string;
  provided: boolean;
  note?: string | null | undefined;
}

export function createCasesRepo(db: Executor) {
  return {
    /** The case when in the actor's scope for `permission`. */
    async row(actor: Actor, id: string, permission: Permission): Promise<CaseRow | undefined> {
      const [row] = await db
        .select()
        .from(cases)
        .where(and(caseScope(actor, permission), eq(cases.id, id)));
      return row;
    },

    byId: async (id: string) => (await db.select().from(cases).where(eq(cases.id, id)))[0],

    insert: async (row: NewCaseRow) => (await db.insert(cases).values(row).returning())[0]!,

    /** Optimistic update: only when the version still matches; answers the new row or undefined. */
    async update(id: string, version: number, patch: Partial<NewCaseRow>) {
      const [row] = await db
        .update(cases)
        .set({ ...patch, version: version + 1, updatedAt: new Date() })
        .where(and(eq(cases.id, id), eq(cases.version, version)))
        .returning();
      return row;
    },

    /** A write inside a transaction that already took the version (see runTransition). */
    async set(id: string, patch: Partial<NewCaseRow>) {
      const [row] = await db
        .update(cases)
        .set({ ...patch, updatedAt: new Date() })
        .where(eq(cases.id, id))
        .returning();
      return row!;
    },

    addEvent: (event: typeof caseEvents.$inferInsert) => db.insert(caseEvents).values(event),

    events: (caseId: string) =>
      db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id)),

    materials: (caseId: string) =>
      db.select().from(caseMaterials).where(eq(caseMaterials.caseId, caseId)).orderBy(asc(caseMaterials.id)),

    insertMaterials: async (rows: (typeof caseMaterials.$inferInsert)[]) => {
      if (rows.length > 0) await db.insert(caseMaterials).values(rows);
    },

    async updateMaterials(caseId: string, updates: readonly MaterialUpdate[], userId: string) {
      for (const u of updates) {
        await db
          .update(caseMaterials)
          .set({ provided: u.provided, note: u.note ?? null, updatedBy: userId, updatedAt: new Date() })
          .where(and(eq(caseMaterials.caseId, caseId), eq(caseMaterials.code, u.code)));
      }
    },

    insertNotice: async (row: typeof supplementNotices.$inferInsert) =>
      (await db.insert(supplementNotices).values(row).returning())[0]!,

    notices: (caseId: string) =>
      db
        .select()
        .from(supplementNotices)
        .where(eq(supplementNotices.caseId, caseId))
        .orderBy(desc(supplementNotices.issuedAt), desc(supplementNotices.number)),

    resolveNotices: (caseId: string) =>
      db
        .update(supplementNotices)
        .set({ resolvedAt: new Date() })
        .where(and(eq(supplementNotices.caseId, caseId), isNull(supplementNotices.resolvedAt))),

    markPrinted: (noticeId: string) =>
      db
        .update(supplementNotices)
        .set({ printed: true, printedAt: new Date() })
        .where(eq(supplementNotices.id, noticeId)),

    insertClaims: async (rows: (typeof benefitClaims.$inferInsert)[]) => {
      if (rows.length > 0) await db.insert(benefitClaims).values(rows);
    },

    /** Active (not revoked) claims of a beneficiary under a policy, with the case number. */
    activeClaims: (beneficiaryKey: string, policyId: string) =>
      db
        .select({ claim: benefitClaims, caseNumber: cases.number })
        .from(benefitClaims)
        .innerJoin(cases, eq(cases.id, benefitClaims.caseId))
        .where(
          and(
            eq(benefitClaims.beneficiaryKey, beneficiaryKey),
            eq(benefitClaims.policyId, policyId),
            isNull(benefitClaims.revokedAt),
          ),
        )
        .orderBy(asc(benefitClaims.createdAt)),

    claimsOfCase: (caseId: string) => db.select().from(benefitClaims).where(eq(benefitClaims.caseId, caseId)),

    /** Case numbers by id (claims name the earlier case). */
    numbers: async (ids: string[]) =>
      ids.length === 0
        ? []
        : db.select({ id: cases.id, number: cases.number }).from(cases).where(inArray(cases.id, ids)),
  };
}

/** Next number of a per-year series (MS-2026-000123); the row lock serialises concurrent callers. */
export async function nextNumber(db: Executor, kind: string, prefix: string, year: number): Promise<string> {
  const [row] = await queryRows<{ last: number }>(
    db,
    sql`insert into document_counters (kind, year, last) values (${kind}, ${year}, 1)
        on conflict (kind, year) do update set last = document_counters.last + 1
        returning last`,
  );
  return `${prefix}-${year}-${String(row!.last).padStart(6, '0')}`;
}
