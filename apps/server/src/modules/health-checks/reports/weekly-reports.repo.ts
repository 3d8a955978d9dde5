import { and, asc, count, eq, isNotNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { BUREAU_TIME_ZONE } from '../../../platform/clock.ts';
import { healthCheckArchives } from '../archives/archives.schema.ts';
import { healthCheckExaminations, healthCheckFindings } from '../examinations/examinations.schema.ts';
import { healthCheckHospitals } from '../hospitals/hospitals.schema.ts';
import { healthCheckExaminees } from '../plans/plans.schema.ts';
import { healthCheckWeeklyReports } from './reports.schema.ts';
import type { ProgressRow } from './weekly-progress.ts';

const declined = (signed: boolean) =>
  sql<number>`coalesce(sum((select count(*) from jsonb_array_elements(${healthCheckExaminations.declinedItems}) d where (d->>'signed')::boolean = ${signed})), 0)::int`;
const concludedOn = sql<
  string | null
>`(${healthCheckExaminations.concludedAt} at time zone ${BUREAU_TIME_ZONE})::date::text`;

/** The weekly progress tables (第十六条): the grouped counts they are made of, and the submissions. */
export function createWeeklyReportsRepo(db: Executor) {
  return {
    /** One hospital's records in one plan up to `until`, grouped by day (see `ProgressRow`). */
    async progressRows(hospitalId: string, planId: string, until: string): Promise<ProgressRow[]> {
      const examinees = await db
        .select({
          scheduledOn: healthCheckExaminees.scheduledOn,
          status: healthCheckExaminees.status,
          n: count(),
        })
        .from(healthCheckExaminees)
        .where(and(eq(healthCheckExaminees.hospitalId, hospitalId), eq(healthCheckExaminees.planId, planId)))
        .groupBy(healthCheckExaminees.scheduledOn, healthCheckExaminees.status);
      const examinations = await db
        .select({
          examinedOn: healthCheckExaminations.examinedOn,
          concludedOn,
          homeVisit: sql<boolean>`${healthCheckExaminees.visitMode} <> 'on_site'`,
          declinedSigned: declined(true),
          declinedUnsigned: declined(false),
          n: count(),
        })
        .from(healthCheckExaminations)
        .innerJoin(healthCheckExaminees, eq(healthCheckExaminees.id, healthCheckExaminations.examineeId))
        .where(
          and(
            eq(healthCheckExaminations.hospitalId, hospitalId),
            eq(healthCheckExaminations.planId, planId),
            lte(healthCheckExaminations.examinedOn, until),
          ),
        )
        .groupBy(sql`1`, sql`2`, sql`3`);
      const archives = await db
        .select({ returnedOn: healthCheckArchives.returnedOn, n: count() })
        .from(healthCheckArchives)
        .where(
          and(
            eq(healthCheckArchives.hospitalId, hospitalId),
            eq(healthCheckArchives.planId, planId),
            isNotNull(healthCheckArchives.returnedOn),
          ),
        )
        .groupBy(healthCheckArchives.returnedOn);
      const findings = await db
        .select({
          raisedOn: healthCheckExaminations.examinedOn,
          notifiedOn: healthCheckFindings.notifiedOn,
          n: count(),
        })
        .from(healthCheckFindings)
        .innerJoin(healthCheckExaminations, eq(healthCheckExaminations.id, healthCheckFindings.examinationId))
        .where(
          and(eq(healthCheckFindings.hospitalId, hospitalId), eq(healthCheckExaminations.planId, planId)),
        )
        .groupBy(healthCheckExaminations.examinedOn, healthCheckFindings.notifiedOn);
      return [
        ...examinees.map((r) => ({ source: 'examinee' as const, ...r })),
        ...examinations.map((r) => ({ source: 'examination' as const, ...r })),
        ...archives.map((r) => ({ source: 'archive' as const, returnedOn: r.returnedOn!, n: r.n })),
        ...findings.map((r) => ({ source: 'finding' as const, ...r })),
      ];
    },

    submission: async (hospitalId: string, planId: string, weekStart: string) =>
      (
        await db
          .select()
          .from(healthCheckWeeklyReports)
          .where(
            and(
              eq(healthCheckWeeklyReports.hospitalId, hospitalId),
              eq(healthCheckWeeklyReports.planId, planId),
              eq(healthCheckWeeklyReports.weekStart, weekStart),
            ),
          )
          .for('update')
      )[0],

    async save(values: typeof healthCheckWeeklyReports.$inferInsert) {
      const [row] = await db
        .insert(healthCheckWeeklyReports)
        .values(values)
        .onConflictDoUpdate({
          target: [
            healthCheckWeeklyReports.hospitalId,
            healthCheckWeeklyReports.planId,
            healthCheckWeeklyReports.weekStart,
          ],
          set: {
            figures: values.figures,
            note: values.note ?? null,
            submittedAt: values.submittedAt,
            submittedBy: values.submittedBy,
          },
        })
        .returning();
      return row!;
    },

    /**
     * The hospitals in `scope` that are designated or have examinees of the plan, by name. The outer
     * id is qualified by hand: Drizzle writes it bare in a one-table select, which the subquery would
     * read as the examinee's id.
     */
    hospitals: (scope: SQL, planId: string) =>
      db
        .select({ id: healthCheckHospitals.id, name: healthCheckHospitals.name })
        .from(healthCheckHospitals)
        .where(
          and(
            scope,
            sql`(${healthCheckHospitals.status} = 'designated' or exists (select 1 from ${healthCheckExaminees} where ${healthCheckExaminees.hospitalId} = "health_check_hospitals"."id" and ${healthCheckExaminees.planId} = ${planId}))`,
          ),
        )
        .orderBy(asc(healthCheckHospitals.name)),

    /** Examinees of the plan scheduled per hospital and week (Monday). */
    allocationsByWeek: (planId: string) =>
      db
        .select({
          hospitalId: healthCheckExaminees.hospitalId,
          weekStart: sql<string>`date_trunc('week', ${healthCheckExaminees.scheduledOn})::date::text`,
          n: count(),
        })
        .from(healthCheckExaminees)
        .where(and(eq(healthCheckExaminees.planId, planId), isNotNull(healthCheckExaminees.scheduledOn)))
        .groupBy(healthCheckExaminees.hospitalId, sql`2`),

    submissions: (planId: string) =>
      db
        .select({
          id: healthCheckWeeklyReports.id,
          hospitalId: healthCheckWeeklyReports.hospitalId,
          weekStart: healthCheckWeeklyReports.weekStart,
          figures: healthCheckWeeklyReports.figures,
          note: healthCheckWeeklyReports.note,
          submittedAt: healthCheckWeeklyReports.submittedAt,
        })
        .from(healthCheckWeeklyReports)
        .where(eq(healthCheckWeeklyReports.planId, planId)),
  };
}
