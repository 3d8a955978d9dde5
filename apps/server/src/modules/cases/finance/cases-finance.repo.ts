import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { caseScope } from '../cases.repo.ts';
import { cases, caseTypes } from '../cases.schema.ts';
import type { CaseStatus } from '../workflow/case-status.ts';
import { paymentPlans, payments } from './case-finance.schema.ts';

export type PlanRow = typeof paymentPlans.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;

const planScope = (actor: Actor, permission: Permission) =>
  accessFilter(actor, permission, {
    orgId: paymentPlans.orgId,
    orgPath: paymentPlans.orgPath,
    owner: paymentPlans.createdBy,
  });

/** What the finance queue and plans show of a case. */
const caseColumns = {
  id: cases.id,
  number: cases.number,
  caseTypeId: cases.caseTypeId,
  caseTypeName: caseTypes.name,
  applicantName: cases.applicantName,
  applicantOrgId: cases.applicantOrgId,
  status: cases.status,
  requiresPublicNotice: cases.requiresPublicNotice,
  approvedAmountFen: cases.approvedAmountFen,
  decidedOn: cases.decidedOn,
  sentToFinanceAt: cases.sentToFinanceAt,
  dueDates: cases.dueDates,
  batchId: cases.batchId,
  version: cases.version,
};

export function createFinanceRepo(db: Executor) {
  return {
    /** Cases in `statuses` the actor may act on with `permission`, oldest decision first. */
    queue: (actor: Actor, permission: Permission, statuses: readonly CaseStatus[], caseTypeId?: string) =>
      db
        .select(caseColumns)
        .from(cases)
        .innerJoin(caseTypes, eq(caseTypes.id, cases.caseTypeId))
        .where(
          and(
            caseScope(actor, permission),
            inArray(cases.status, [...statuses]),
            caseTypeId ? eq(cases.caseTypeId, caseTypeId) : undefined,
          ),
        )
        .orderBy(asc(cases.decidedOn), asc(cases.number))
        .limit(1000),

    /** The last failure reason of each case (failed payments), for the re-planning queue. */
    async lastFailures(caseIds: string[]) {
      if (caseIds.length === 0) return new Map<string, string>();
      const rows = await db
        .select({ caseId: payments.caseId, reason: payments.failureReason, at: payments.failedAt })
        .from(payments)
        .where(and(inArray(payments.caseId, caseIds), eq(payments.status, 'failed')))
        .orderBy(asc(payments.failedAt));
      return new Map(rows.map((r) => [r.caseId, r.reason ?? '']));
    },

    /** Payments a case has had, to number the next attempt's idempotency key. */
    attempts: async (caseId: string) =>
      (
        (await db.select({ n: count() }).from(payments).where(eq(payments.caseId, caseId))) as [{ n: number }]
      )[0].n,

    async plan(actor: Actor, id: string, permission: Permission, lock = false): Promise<PlanRow | undefined> {
      const q = db
        .select()
        .from(paymentPlans)
        .where(and(planScope(actor, permission), eq(paymentPlans.id, id)));
      return (await (lock ? q.for('update') : q))[0];
    },

    async plans(actor: Actor, f: { status?: string | undefined }, page: { page: number; pageSize: number }) {
      const where = and(
        planScope(actor, 'case:read'),
        f.status ? eq(paymentPlans.status, f.status as PlanRow['status']) : undefined,
      );
      const items = await db
        .select()
        .from(paymentPlans)
        .where(where)
        .orderBy(desc(paymentPlans.createdAt), desc(paymentPlans.id))
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize);
      const [{ total }] = (await db.select({ total: count() }).from(paymentPlans).where(where)) as [
        { total: number },
      ];
      return { items, total };
    },

    insertPlan: async (row: typeof paymentPlans.$inferInsert) =>
      (await db.insert(paymentPlans).values(row).returning())[0]!,

    async updatePlan(id: string, version: number, patch: Partial<typeof paymentPlans.$inferInsert>) {
      const [row] = await db
        .update(paymentPlans)
        .set({ ...patch, version: version + 1, updatedAt: new Date() })
        .where(and(eq(paymentPlans.id, id), eq(paymentPlans.version, version)))
        .returning();
      return row;
    },

    insertPayments: async (rows: (typeof payments.$inferInsert)[]) => {
      if (rows.length > 0) await db.insert(payments).values(rows);
    },

    deletePendingPayments: (planId: string) =>
      db.delete(payments).where(and(eq(payments.planId, planId), eq(payments.status, 'pending'))),

    /** The plan's payments with their case number, in case-number order. */
    payments: (planId: string) =>
      db
        .select({ payment: payments, caseNumber: cases.number, caseStatus: cases.status })
        .from(payments)
        .innerJoin(cases, eq(cases.id, payments.caseId))
        .where(eq(payments.planId, planId))
        .orderBy(asc(cases.number)),

    /**
     * Settles a pending payment: the status condition makes it happen at most once however many
     * requests race (the row lock orders them; the loser matches no row).
     */
    async settle(id: string, patch: Partial<typeof payments.$inferInsert>) {
      const [row] = await db
        .update(payments)
        .set({ ...patch, version: sql`${payments.version} + 1`, updatedAt: new Date() })
        .where(and(eq(payments.id, id), eq(payments.status, 'pending')))
        .returning();
      return row;
    },

    /** Moves a paid payment on (reconciled, or failed when the bank returned it). */
    async afterPaid(id: string, patch: Partial<typeof payments.$inferInsert>) {
      const [row] = await db
        .update(payments)
        .set({ ...patch, version: sql`${payments.version} + 1`, updatedAt: new Date() })
        .where(and(eq(payments.id, id), eq(payments.status, 'paid')))
        .returning();
      return row;
    },

    orgNames: async (ids: number[]) =>
      new Map(
        ids.length === 0
          ? []
          : (
              await db
                .select({ id: organisations.id, name: organisations.name })
                .from(organisations)
                .where(inArray(organisations.id, ids))
            ).map((r) => [r.id, r.name]),
      ),
  };
}
