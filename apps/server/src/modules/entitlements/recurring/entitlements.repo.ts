import { and, asc, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { caseBatches, cases } from '../../cases/cases.schema.ts';
import { payments } from '../../cases/finance/case-finance.schema.ts';
import { employers } from '../../registry/employers/employers.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import {
  type EntitlementStatus,
  entitlementPeriods,
  entitlementRecoveries,
  entitlementRuns,
  entitlements,
  publicWelfarePosts,
  type RecoveryStatus,
} from '../entitlements.schema.ts';

export type EntitlementRow = typeof entitlements.$inferSelect;
export type PeriodRow = typeof entitlementPeriods.$inferSelect;
export type RecoveryRow = typeof entitlementRecoveries.$inferSelect;
export type RunRow = typeof entitlementRuns.$inferSelect;

const scoped = (
  actor: Actor,
  permission: Permission,
  t: typeof entitlements | typeof entitlementRuns | typeof entitlementRecoveries,
) => accessFilter(actor, permission, { orgId: t.orgId, orgPath: t.orgPath, owner: t.createdBy });

export const entitlementScope = (actor: Actor, permission: Permission = 'entitlement:read') =>
  scoped(actor, permission, entitlements);

const listColumns = {
  entitlement: entitlements,
  holderName: persons.name,
  holderIdNumberMasked: persons.idNumberMasked,
  employerName: employers.name,
};

const page = (p: { page: number; pageSize: number }) => ({
  limit: p.pageSize,
  offset: (p.page - 1) * p.pageSize,
});

export function createEntitlementsRepo(db: Executor) {
  const withNames = () =>
    db
      .select(listColumns)
      .from(entitlements)
      .innerJoin(persons, eq(persons.id, entitlements.personId))
      .leftJoin(employers, eq(employers.id, entitlements.employerId));

  return {
    async list(
      actor: Actor,
      filter: { status?: EntitlementStatus | undefined; policyId?: string | undefined },
      p: { page: number; pageSize: number },
    ) {
      const where = and(
        entitlementScope(actor),
        filter.status ? eq(entitlements.status, filter.status) : undefined,
        filter.policyId ? eq(entitlements.policyId, filter.policyId) : undefined,
      );
      const items = await withNames()
        .where(where)
        .orderBy(desc(entitlements.createdAt), desc(entitlements.id))
        .limit(page(p).limit)
        .offset(page(p).offset);
      const [{ total }] = (await db.select({ total: count() }).from(entitlements).where(where)) as [
        { total: number },
      ];
      return { items, total };
    },

    async one(actor: Actor, id: string, permission: Permission = 'entitlement:read') {
      const [row] = await withNames().where(
        and(entitlementScope(actor, permission), eq(entitlements.id, id)),
      );
      return row;
    },

    /** The person's active entitlement of the policy, if any. */
    activeOf: async (personId: string, policyId: string) =>
      (
        await db
          .select({ number: entitlements.number })
          .from(entitlements)
          .where(
            and(
              eq(entitlements.personId, personId),
              eq(entitlements.policyId, policyId),
              eq(entitlements.status, 'active'),
            ),
          )
      )[0],

    bySourceCase: async (caseId: string) =>
      (await db.select().from(entitlements).where(eq(entitlements.sourceCaseId, caseId)))[0],

    insert: async (row: typeof entitlements.$inferInsert) =>
      (await db.insert(entitlements).values(row).returning())[0]!,

    update: (id: string, patch: Partial<typeof entitlements.$inferInsert>) =>
      db
        .update(entitlements)
        .set({ ...patch, updatedAt: new Date(), version: sql`${entitlements.version} + 1` })
        .where(eq(entitlements.id, id)),

    /** A case the actor may read, with what setting up an entitlement needs of it. */
    async sourceCase(actor: Actor, id: string) {
      const [row] = await db
        .select()
        .from(cases)
        .where(
          and(
            accessFilter(actor, 'case:read', {
              orgId: cases.orgId,
              orgPath: cases.orgPath,
              owner: cases.createdBy,
            }),
            eq(cases.id, id),
          ),
        );
      return row;
    },

    person: async (id: string) =>
      (
        await db
          .select({
            id: persons.id,
            name: persons.name,
            gender: persons.gender,
            birthDate: persons.birthDate,
            idNumberMasked: persons.idNumberMasked,
            orgId: persons.orgId,
            orgPath: persons.orgPath,
          })
          .from(persons)
          .where(eq(persons.id, id))
      )[0],

    post: async (id: string) =>
      (await db.select().from(publicWelfarePosts).where(eq(publicWelfarePosts.id, id)))[0],

    /** A post of the register the actor may manage. */
    postInScope: async (actor: Actor, id: string) =>
      (
        await db
          .select()
          .from(publicWelfarePosts)
          .where(
            and(
              accessFilter(actor, 'entitlement:manage', {
                orgId: publicWelfarePosts.orgId,
                orgPath: publicWelfarePosts.orgPath,
                owner: publicWelfarePosts.createdBy,
              }),
              eq(publicWelfarePosts.id, id),
            ),
          )
      )[0],

    /** The periods of an entitlement, oldest first, with their cases and runs. */
    periodsOf: (entitlementId: string) =>
      db
        .select({
          period: entitlementPeriods,
          runNumber: entitlementRuns.number,
          caseNumber: cases.number,
          caseStatus: cases.status,
        })
        .from(entitlementPeriods)
        .innerJoin(entitlementRuns, eq(entitlementRuns.id, entitlementPeriods.runId))
        .leftJoin(cases, eq(cases.id, entitlementPeriods.caseId))
        .where(eq(entitlementPeriods.entitlementId, entitlementId))
        .orderBy(asc(entitlementPeriods.fromMonth)),
  };
}

const holder = alias(persons, 'holder');

export function createRecoveriesRepo(db: Executor) {
  const base = () =>
    db
      .select({
        recovery: entitlementRecoveries,
        entitlementNumber: entitlements.number,
        policyId: entitlements.policyId,
        holderName: holder.name,
        holderIdNumberMasked: holder.idNumberMasked,
        caseNumber: cases.number,
      })
      .from(entitlementRecoveries)
      .innerJoin(entitlements, eq(entitlements.id, entitlementRecoveries.entitlementId))
      .innerJoin(holder, eq(holder.id, entitlements.personId))
      .innerJoin(cases, eq(cases.id, entitlementRecoveries.caseId));
  return {
    async list(actor: Actor, where: SQL | undefined, p?: { page: number; pageSize: number }) {
      const cond = and(scoped(actor, 'entitlement:read', entitlementRecoveries), where);
      const q = base()
        .where(cond)
        .orderBy(desc(entitlementRecoveries.createdAt), desc(entitlementRecoveries.id));
      const items = p ? await q.limit(page(p).limit).offset(page(p).offset) : await q;
      const [{ total }] = (await db.select({ total: count() }).from(entitlementRecoveries).where(cond)) as [
        { total: number },
      ];
      return { items, total };
    },
    byStatus: (status: RecoveryStatus | undefined) =>
      status ? eq(entitlementRecoveries.status, status) : undefined,
    one: async (actor: Actor, id: string, permission: Permission) =>
      (
        await base().where(
          and(scoped(actor, permission, entitlementRecoveries), eq(entitlementRecoveries.id, id)),
        )
      )[0],
    lockedById: async (id: string) =>
      (
        await db.select().from(entitlementRecoveries).where(eq(entitlementRecoveries.id, id)).for('update')
      )[0],
    resolve: (id: string, patch: Partial<typeof entitlementRecoveries.$inferInsert>) =>
      db
        .update(entitlementRecoveries)
        .set({ ...patch, updatedAt: new Date(), version: sql`${entitlementRecoveries.version} + 1` })
        .where(eq(entitlementRecoveries.id, id))
        .returning(),
    insert: async (row: typeof entitlementRecoveries.$inferInsert) =>
      (await db.insert(entitlementRecoveries).values(row).onConflictDoNothing().returning())[0],
  };
}

export function createRunsRepo(db: Executor) {
  return {
    /** Serialises the runs of one policy: two at once would list the same entitlements. */
    lock: (policyId: string) =>
      db.execute(sql`select pg_advisory_xact_lock(hashtext(${`entitlement.run:${policyId}`}))`),

    insert: async (row: typeof entitlementRuns.$inferInsert) =>
      (await db.insert(entitlementRuns).values(row).returning())[0]!,

    setTotals: (id: string, patch: Partial<typeof entitlementRuns.$inferInsert>) =>
      db
        .update(entitlementRuns)
        .set({ ...patch, updatedAt: new Date() })
        .where(eq(entitlementRuns.id, id)),

    /** Active entitlements of the policy in the actor's subtree that may pay in `from`…`to`. */
    active: (actor: Actor, policyId: string, to: string) =>
      db
        .select()
        .from(entitlements)
        .where(
          and(
            scoped(actor, 'entitlement:run', entitlements),
            eq(entitlements.policyId, policyId),
            eq(entitlements.status, 'active'),
            sql`${entitlements.startMonth} <= ${to}`,
          ),
        )
        .orderBy(asc(entitlements.number))
        .for('update'),

    /** The months already listed (or stopped) for these entitlements, by entitlement. */
    async listedFrom(ids: string[]) {
      if (ids.length === 0) return new Map<string, Set<string>>();
      const rows = await db
        .select({ id: entitlementPeriods.entitlementId, from: entitlementPeriods.fromMonth })
        .from(entitlementPeriods)
        .where(inArray(entitlementPeriods.entitlementId, ids));
      const out = new Map<string, Set<string>>();
      for (const r of rows) out.set(r.id, (out.get(r.id) ?? new Set()).add(r.from));
      return out;
    },

    insertPeriod: async (row: typeof entitlementPeriods.$inferInsert) =>
      (await db.insert(entitlementPeriods).values(row).returning())[0]!,

    /**
     * Listed periods of the policy in the actor's subtree whose case has been paid and which no
     * recovery task covers yet, with the amount actually paid.
     */
    paidWithoutRecovery: (actor: Actor, policyId: string) =>
      db
        .select({
          period: entitlementPeriods,
          entitlement: entitlements,
          paidFen:
            sql<number>`coalesce((select sum(${payments.amountFen}) from ${payments} where ${payments.caseId} = ${cases.id} and ${payments.status} in ('paid', 'reconciled')), ${cases.approvedAmountFen}, 0)`.mapWith(
              Number,
            ),
          caseStatus: cases.status,
        })
        .from(entitlementPeriods)
        .innerJoin(entitlements, eq(entitlements.id, entitlementPeriods.entitlementId))
        .innerJoin(cases, eq(cases.id, entitlementPeriods.caseId))
        .leftJoin(entitlementRecoveries, eq(entitlementRecoveries.periodId, entitlementPeriods.id))
        .where(
          and(
            scoped(actor, 'entitlement:run', entitlements),
            eq(entitlements.policyId, policyId),
            eq(entitlementPeriods.outcome, 'listed'),
            inArray(cases.status, ['paid', 'reconciled']),
            isNull(entitlementRecoveries.id),
          ),
        ),

    list: (actor: Actor, p: { page: number; pageSize: number }) =>
      db
        .select({ run: entitlementRuns, batchNumber: caseBatches.number })
        .from(entitlementRuns)
        .leftJoin(caseBatches, eq(caseBatches.id, entitlementRuns.batchId))
        .where(scoped(actor, 'entitlement:read', entitlementRuns))
        .orderBy(desc(entitlementRuns.createdAt), desc(entitlementRuns.id))
        .limit(page(p).limit)
        .offset(page(p).offset),

    total: async (actor: Actor) =>
      (
        (await db
          .select({ total: count() })
          .from(entitlementRuns)
          .where(scoped(actor, 'entitlement:read', entitlementRuns))) as [{ total: number }]
      )[0].total,

    one: async (actor: Actor, id: string) =>
      (
        await db
          .select({ run: entitlementRuns, batchNumber: caseBatches.number })
          .from(entitlementRuns)
          .leftJoin(caseBatches, eq(caseBatches.id, entitlementRuns.batchId))
          .where(and(scoped(actor, 'entitlement:read', entitlementRuns), eq(entitlementRuns.id, id)))
      )[0],

    /** The run's lines the actor may read, with holder and case. */
    linesOf: (actor: Actor, runId: string) =>
      db
        .select({
          period: entitlementPeriods,
          entitlementNumber: entitlements.number,
          holderName: persons.name,
          holderIdNumberMasked: persons.idNumberMasked,
          caseNumber: cases.number,
          caseStatus: cases.status,
        })
        .from(entitlementPeriods)
        .innerJoin(entitlements, eq(entitlements.id, entitlementPeriods.entitlementId))
        .innerJoin(persons, eq(persons.id, entitlements.personId))
        .leftJoin(cases, eq(cases.id, entitlementPeriods.caseId))
        .where(and(entitlementScope(actor), eq(entitlementPeriods.runId, runId)))
        .orderBy(asc(entitlements.number)),
  };
}
