import { and, asc, count, eq, inArray, isNotNull, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { employers } from '../../registry/employers/employers.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { healthCheckExaminations } from '../examinations/examinations.schema.ts';
import { healthCheckHospitals } from '../hospitals/hospitals.schema.ts';
import { healthCheckExaminees } from '../plans/plans.schema.ts';
import { healthCheckArchives } from './archives.schema.ts';

export type ArchiveRow = typeof healthCheckArchives.$inferSelect;

/** The columns an archive's read scope is matched on (see `healthCheckReadFilter`). */
export const archiveScopeCols = {
  orgId: healthCheckExaminees.orgId,
  orgPath: healthCheckExaminees.orgPath,
  hospitalId: healthCheckArchives.hospitalId,
};

export const archiveTabs = ['pending', 'returned_for_fix', 'to_return', 'returned', 'overdue'] as const;
export type ArchiveTab = (typeof archiveTabs)[number];

const tabWhere = (tab: ArchiveTab, today: string): SQL | undefined => {
  switch (tab) {
    case 'pending':
    case 'returned_for_fix':
      return eq(healthCheckArchives.reviewStatus, tab);
    case 'to_return':
      return and(eq(healthCheckArchives.reviewStatus, 'approved'), isNull(healthCheckArchives.returnedOn));
    case 'returned':
      return isNotNull(healthCheckArchives.returnedOn);
    case 'overdue':
      return and(isNull(healthCheckArchives.returnedOn), lt(healthCheckArchives.dueOn, today));
  }
};

const listColumns = {
  id: healthCheckArchives.id,
  hospitalId: healthCheckArchives.hospitalId,
  hospitalName: healthCheckHospitals.name,
  examineeName: persons.name,
  idNumberMasked: persons.idNumberMasked,
  employerName: employers.name,
  examinedOn: healthCheckExaminations.examinedOn,
  paperComplete: healthCheckArchives.paperComplete,
  electronicComplete: healthCheckArchives.electronicComplete,
  reviewStatus: healthCheckArchives.reviewStatus,
  reviewNote: healthCheckArchives.reviewNote,
  dueOn: healthCheckArchives.dueOn,
  returnedOn: healthCheckArchives.returnedOn,
  receiverKind: healthCheckArchives.receiverKind,
  receiverName: healthCheckArchives.receiverName,
  receiverSigned: healthCheckArchives.receiverSigned,
};

/** 第十八条 archives: the review and return lists, each read through the caller's scope. */
export function createArchivesRepo(db: Executor) {
  const joined = () =>
    db
      .select(listColumns)
      .from(healthCheckArchives)
      .innerJoin(healthCheckExaminations, eq(healthCheckExaminations.id, healthCheckArchives.examinationId))
      .innerJoin(healthCheckExaminees, eq(healthCheckExaminees.id, healthCheckExaminations.examineeId))
      .innerJoin(persons, eq(persons.id, healthCheckExaminees.personId))
      .innerJoin(healthCheckHospitals, eq(healthCheckHospitals.id, healthCheckArchives.hospitalId))
      .leftJoin(employers, eq(employers.id, healthCheckExaminees.employerId));

  return {
    async list(
      scope: SQL,
      f: { tab: ArchiveTab; today: string; planId?: string | undefined; hospitalId?: string | undefined },
      page: { page: number; pageSize: number },
    ) {
      const where = and(
        scope,
        tabWhere(f.tab, f.today),
        f.planId ? eq(healthCheckArchives.planId, f.planId) : undefined,
        f.hospitalId ? eq(healthCheckArchives.hospitalId, f.hospitalId) : undefined,
      );
      const [items, [total]] = await Promise.all([
        joined()
          .where(where)
          .orderBy(asc(healthCheckArchives.dueOn), asc(persons.name), asc(healthCheckArchives.id))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db
          .select({ n: count() })
          .from(healthCheckArchives)
          .innerJoin(
            healthCheckExaminations,
            eq(healthCheckExaminations.id, healthCheckArchives.examinationId),
          )
          .innerJoin(healthCheckExaminees, eq(healthCheckExaminees.id, healthCheckExaminations.examineeId))
          .where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },

    /** The archives with these ids that `scope` reaches, locked for a change (inside a transaction). */
    lock: (scope: SQL, ids: readonly string[]) =>
      db
        .select({ archive: healthCheckArchives })
        .from(healthCheckArchives)
        .innerJoin(healthCheckExaminations, eq(healthCheckExaminations.id, healthCheckArchives.examinationId))
        .innerJoin(healthCheckExaminees, eq(healthCheckExaminees.id, healthCheckExaminations.examineeId))
        .where(and(scope, inArray(healthCheckArchives.id, [...ids])))
        .for('update', { of: healthCheckArchives })
        .then((rows) => rows.map((r) => r.archive)),

    async update(id: string, patch: Partial<typeof healthCheckArchives.$inferInsert>) {
      const [row] = await db
        .update(healthCheckArchives)
        .set({ ...patch, version: sql`${healthCheckArchives.version} + 1` })
        .where(eq(healthCheckArchives.id, id))
        .returning();
      return row!;
    },

    /** 档案返还登记簿: the archives returned in [from, to] that `scope` reaches, by day and name. */
    register: (scope: SQL, hospitalId: string, from: string, to: string) =>
      joined()
        .where(
          and(
            scope,
            eq(healthCheckArchives.hospitalId, hospitalId),
            sql`${healthCheckArchives.returnedOn} between ${from} and ${to}`,
          ),
        )
        .orderBy(asc(healthCheckArchives.returnedOn), asc(persons.name), asc(healthCheckArchives.id)),

    hospitalName: async (id: string) =>
      (
        await db
          .select({ name: healthCheckHospitals.name })
          .from(healthCheckHospitals)
          .where(eq(healthCheckHospitals.id, id))
      )[0]?.name ?? null,

    /** Archives not returned and past their due day, per hospital (the daily check; unscoped). */
    overdueByHospital: (today: string) =>
      db
        .select({ hospitalId: healthCheckArchives.hospitalId, overdue: count() })
        .from(healthCheckArchives)
        .where(and(isNull(healthCheckArchives.returnedOn), lt(healthCheckArchives.dueOn, today)))
        .groupBy(healthCheckArchives.hospitalId)
        .orderBy(asc(healthCheckArchives.hospitalId)),
  };
}
