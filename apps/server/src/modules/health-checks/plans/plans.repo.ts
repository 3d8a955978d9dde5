import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { healthCheckHospitals } from '../hospitals/hospitals.schema.ts';
import { healthCheckExaminees, healthCheckPlans } from './plans.schema.ts';

export type PlanRow = typeof healthCheckPlans.$inferSelect;
export type NewPlan = typeof healthCheckPlans.$inferInsert;

export const planScopeCols = { orgId: healthCheckPlans.orgId, orgPath: healthCheckPlans.orgPath };

// Qualified by hand: in a one-table select Drizzle writes the outer column as a bare "id", which
// inside the subquery would be the examinee's own id (and every plan counted 0).
const examineeCount = sql<number>`(select count(*)::int from ${healthCheckExaminees} where ${healthCheckExaminees.planId} = "health_check_plans"."id")`;

/** Yearly health-check plans and the designated hospitals their examinees go to. */
export function createPlansRepo(db: Executor) {
  return {
    async list(scope: SQL, page: { page: number; pageSize: number }) {
      const [items, [total]] = await Promise.all([
        db
          .select({ plan: healthCheckPlans, examinees: examineeCount })
          .from(healthCheckPlans)
          .where(scope)
          .orderBy(desc(healthCheckPlans.year), asc(healthCheckPlans.name))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(healthCheckPlans).where(scope),
      ]);
      return { items, total: total?.n ?? 0 };
    },

    async row(scope: SQL, id: string) {
      const [row] = await db
        .select()
        .from(healthCheckPlans)
        .where(and(scope, eq(healthCheckPlans.id, id)));
      return row;
    },

    /** The plan locked for a change of its examinees (inside a transaction). */
    async lock(id: string) {
      const [row] = await db.select().from(healthCheckPlans).where(eq(healthCheckPlans.id, id)).for('update');
      return row!;
    },

    /** Inserts the plan unless the organisation already has one for the year. */
    async insert(values: NewPlan) {
      const [row] = await db.insert(healthCheckPlans).values(values).onConflictDoNothing().returning();
      return row;
    },

    /** The optimistic update under the version the editor saw; undefined when it moved on. */
    async update(id: string, version: number, patch: Partial<NewPlan>) {
      const [row] = await db
        .update(healthCheckPlans)
        .set({ ...patch, updatedAt: new Date(), version: sql`${healthCheckPlans.version} + 1` })
        .where(and(eq(healthCheckPlans.id, id), eq(healthCheckPlans.version, version)))
        .returning();
      return row;
    },

    /** Examinees of the plan by status, with those notified and those checked at home or bedside. */
    async counts(planId: string) {
      const [row] = await db
        .select({
          eligible: sql<number>`count(*) filter (where ${healthCheckExaminees.status} = 'eligible')::int`,
          allocated: sql<number>`count(*) filter (where ${healthCheckExaminees.status} = 'allocated')::int`,
          examined: sql<number>`count(*) filter (where ${healthCheckExaminees.status} = 'examined')::int`,
          absent: sql<number>`count(*) filter (where ${healthCheckExaminees.status} = 'absent')::int`,
          notified: sql<number>`count(${healthCheckExaminees.notifiedAt})::int`,
          homeVisits: sql<number>`count(*) filter (where ${healthCheckExaminees.visitMode} <> 'on_site')::int`,
        })
        .from(healthCheckExaminees)
        .where(eq(healthCheckExaminees.planId, planId));
      return row!;
    },

    designatedHospitals: () =>
      db
        .select({
          id: healthCheckHospitals.id,
          name: healthCheckHospitals.name,
          plannedDailyVolume: healthCheckHospitals.plannedDailyVolume,
        })
        .from(healthCheckHospitals)
        .where(eq(healthCheckHospitals.status, 'designated'))
        .orderBy(asc(healthCheckHospitals.name)),
  };
}
