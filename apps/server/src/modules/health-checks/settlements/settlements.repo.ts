import { and, asc, count, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { cases } from '../../cases/cases.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { healthCheckArchives } from '../archives/archives.schema.ts';
import { healthCheckExaminations } from '../examinations/examinations.schema.ts';
import { healthCheckReadFilter } from '../health-check-access.ts';
import { healthCheckHospitals } from '../hospitals/hospitals.schema.ts';
import { healthCheckExaminees } from '../plans/plans.schema.ts';
import { healthCheckAnalysisReports, healthCheckWeeklyReports } from '../reports/reports.schema.ts';
import { healthCheckSettlements } from './settlements.schema.ts';

export type SettlementRow = typeof healthCheckSettlements.$inferSelect;
type SettlementInsert = typeof healthCheckSettlements.$inferInsert;

const hospitalCols = {
  orgId: healthCheckHospitals.orgId,
  orgPath: healthCheckHospitals.orgPath,
  hospitalId: healthCheckHospitals.id,
};

const concluded = (hospitalId: string, planId: string) =>
  and(
    eq(healthCheckExaminations.hospitalId, hospitalId),
    eq(healthCheckExaminations.planId, planId),
    eq(healthCheckExaminations.status, 'concluded'),
  );

/**
 * A hospital's settlements (第二十条) and the records they are computed and checked from, read
 * directly: concluded examinations (no health data), archives (第十八条) and reports (第十六条).
 * Settlements are found through the hospital's scope: the 医保处 by data scope, hospital staff
 * their own hospital only.
 */
export function createSettlementsRepo(db: Executor) {
  return {
    /**
     * The hospitals in scope (designated, or with concluded examinations in the plan) with their
     * settlement of the plan, if any, and their number of concluded examinations.
     */
    async forPlan(actor: Actor, planId: string) {
      const exams = db
        .select({ hospitalId: healthCheckExaminations.hospitalId, n: count().as('n') })
        .from(healthCheckExaminations)
        .where(
          and(eq(healthCheckExaminations.planId, planId), eq(healthCheckExaminations.status, 'concluded')),
        )
        .groupBy(healthCheckExaminations.hospitalId)
        .as('exams');
      return db
        .select({
          hospitalId: healthCheckHospitals.id,
          hospitalName: healthCheckHospitals.name,
          examinations: sql<number>`coalesce(${exams.n}, 0)::int`,
          settlement: healthCheckSettlements,
          caseNumber: cases.number,
          caseStatus: cases.status,
        })
        .from(healthCheckHospitals)
        .leftJoin(exams, eq(exams.hospitalId, healthCheckHospitals.id))
        .leftJoin(
          healthCheckSettlements,
          and(
            eq(healthCheckSettlements.hospitalId, healthCheckHospitals.id),
            eq(healthCheckSettlements.planId, planId),
          ),
        )
        .leftJoin(cases, eq(cases.id, healthCheckSettlements.caseId))
        .where(
          and(
            await healthCheckReadFilter(db, actor, hospitalCols),
            or(eq(healthCheckHospitals.status, 'designated'), isNotNull(exams.n)),
          ),
        )
        .orderBy(asc(healthCheckHospitals.name));
    },

    /** A settlement the actor may read, with its hospital and its case, if filed. */
    async readable(actor: Actor, id: string) {
      const [row] = await db
        .select({
          settlement: healthCheckSettlements,
          hospitalName: healthCheckHospitals.name,
          caseNumber: cases.number,
          caseStatus: cases.status,
          paidAmountFen: sql<
            number | null
          >`case when ${cases.paidAt} is null then null else coalesce(${cases.overrideAmountFen}, ${cases.approvedAmountFen}) end`,
        })
        .from(healthCheckSettlements)
        .innerJoin(healthCheckHospitals, eq(healthCheckHospitals.id, healthCheckSettlements.hospitalId))
        .leftJoin(cases, eq(cases.id, healthCheckSettlements.caseId))
        .where(and(eq(healthCheckSettlements.id, id), await healthCheckReadFilter(db, actor, hospitalCols)));
      return row;
    },

    async locked(hospitalId: string, planId: string) {
      const [row] = await db
        .select()
        .from(healthCheckSettlements)
        .where(
          and(eq(healthCheckSettlements.hospitalId, hospitalId), eq(healthCheckSettlements.planId, planId)),
        )
        .for('update');
      return row;
    },

    async lockedById(id: string) {
      const [row] = await db
        .select()
        .from(healthCheckSettlements)
        .where(eq(healthCheckSettlements.id, id))
        .for('update');
      return row;
    },

    async insert(values: SettlementInsert) {
      const [row] = await db.insert(healthCheckSettlements).values(values).returning();
      return row!;
    },

    async update(id: string, version: number, patch: Partial<SettlementInsert>) {
      const [row] = await db
        .update(healthCheckSettlements)
        .set({ ...patch, version: version + 1 })
        .where(and(eq(healthCheckSettlements.id, id), eq(healthCheckSettlements.version, version)))
        .returning();
      return row;
    },

    /** The hospital's concluded examinations of the plan: day, examinee's name, declined items. */
    concludedExaminations(hospitalId: string, planId: string) {
      return db
        .select({
          examinedOn: healthCheckExaminations.examinedOn,
          examineeName: persons.name,
          declinedItems: healthCheckExaminations.declinedItems,
        })
        .from(healthCheckExaminations)
        .innerJoin(healthCheckExaminees, eq(healthCheckExaminees.id, healthCheckExaminations.examineeId))
        .innerJoin(persons, eq(persons.id, healthCheckExaminees.personId))
        .where(concluded(hospitalId, planId))
        .orderBy(asc(healthCheckExaminations.examinedOn), asc(persons.name));
    },

    /** 第十八条: the hospital's archives of the plan, and how many are not yet returned. */
    async archives(hospitalId: string, planId: string) {
      const [row] = await db
        .select({
          total: count(),
          notReturned: sql<number>`count(*) filter (where ${healthCheckArchives.returnedOn} is null)::int`,
          lateReturned: sql<number>`count(*) filter (where ${healthCheckArchives.returnedOn} > ${healthCheckArchives.dueOn})::int`,
        })
        .from(healthCheckArchives)
        .where(and(eq(healthCheckArchives.hospitalId, hospitalId), eq(healthCheckArchives.planId, planId)));
      return row!;
    },

    /** 第十六条: the weeks reported and whether the closing analysis report was submitted. */
    async reports(hospitalId: string, planId: string) {
      const [weeks, analysis] = await Promise.all([
        db
          .select({ weekStart: healthCheckWeeklyReports.weekStart })
          .from(healthCheckWeeklyReports)
          .where(
            and(
              eq(healthCheckWeeklyReports.hospitalId, hospitalId),
              eq(healthCheckWeeklyReports.planId, planId),
            ),
          ),
        db
          .select({ id: healthCheckAnalysisReports.id })
          .from(healthCheckAnalysisReports)
          .where(
            and(
              eq(healthCheckAnalysisReports.hospitalId, hospitalId),
              eq(healthCheckAnalysisReports.planId, planId),
            ),
          ),
      ]);
      return { weeks: weeks.map((w) => w.weekStart), analysisSubmitted: analysis.length > 0 };
    },

    /** The examination days of the plan at the hospital (for the weeks that needed a report). */
    /** Examinees booked at the hospital who are neither examined nor marked absent yet. */
    async pendingExaminees(hospitalId: string, planId: string) {
      const [row] = await db
        .select({ n: count() })
        .from(healthCheckExaminees)
        .where(
          and(
            eq(healthCheckExaminees.hospitalId, hospitalId),
            eq(healthCheckExaminees.planId, planId),
            eq(healthCheckExaminees.status, 'allocated'),
          ),
        );
      return row?.n ?? 0;
    },

    async examinationDays(hospitalId: string, planId: string) {
      const rows = await db
        .selectDistinct({ day: healthCheckExaminations.examinedOn })
        .from(healthCheckExaminations)
        .where(
          and(eq(healthCheckExaminations.hospitalId, hospitalId), eq(healthCheckExaminations.planId, planId)),
        );
      return rows.map((r) => r.day);
    },
  };
}

export type SettlementsRepo = ReturnType<typeof createSettlementsRepo>;
