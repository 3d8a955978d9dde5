import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { employers } from '../../registry/employers/employers.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { healthCheckArchives } from '../archives/archives.schema.ts';
import { healthCheckHospitals } from '../hospitals/hospitals.schema.ts';
import { type ExamineeStatus, healthCheckExaminees, healthCheckPlans } from '../plans/plans.schema.ts';
import {
  type ExaminationStatus,
  healthCheckExaminations,
  healthCheckFindings,
} from './examinations.schema.ts';

export type ExaminationRow = typeof healthCheckExaminations.$inferSelect;
export type NewExamination = typeof healthCheckExaminations.$inferInsert;
export type NewFinding = typeof healthCheckFindings.$inferInsert;
export type NewArchive = typeof healthCheckArchives.$inferInsert;

/**
 * The columns an examination's or finding's read scope is matched on (`healthCheckReadFilter`):
 * the examinee's organisation and the examining hospital. Queries join the examinee for them.
 */
export const examScopeCols = {
  orgId: healthCheckExaminees.orgId,
  orgPath: healthCheckExaminees.orgPath,
  hospitalId: healthCheckExaminations.hospitalId,
};

export interface ExaminationListFilter {
  planId?: string | undefined;
  status?: ExaminationStatus | undefined;
  examinedOn?: string | undefined;
  page: number;
  pageSize: number;
}

const who = {
  personName: persons.name,
  idNumberMasked: persons.idNumberMasked,
  hospitalName: healthCheckHospitals.name,
};

/** Examinees at the desk, examinations and their rows made on conclusion; reads through a scope. */
export function createExaminationsRepo(db: Executor) {
  return {
    /** An examinee allocated to `hospitalId`, with the person, employer, package and examination. */
    async examineeAtHospital(id: string, hospitalId: string) {
      const [row] = await db
        .select({
          examinee: healthCheckExaminees,
          personName: persons.name,
          idNumberMasked: persons.idNumberMasked,
          idNumberHash: persons.idNumberHash,
          employerName: employers.name,
          items: healthCheckPlans.items,
        })
        .from(healthCheckExaminees)
        .innerJoin(persons, eq(persons.id, healthCheckExaminees.personId))
        .innerJoin(healthCheckPlans, eq(healthCheckPlans.id, healthCheckExaminees.planId))
        .leftJoin(employers, eq(employers.id, healthCheckExaminees.employerId))
        .where(and(eq(healthCheckExaminees.id, id), eq(healthCheckExaminees.hospitalId, hospitalId)));
      if (!row) return null;
      const [exam] = await db
        .select()
        .from(healthCheckExaminations)
        .where(eq(healthCheckExaminations.examineeId, id));
      return { ...row, examination: exam ?? null };
    },

    async insertExamination(values: NewExamination) {
      const [row] = await db.insert(healthCheckExaminations).values(values).returning();
      return row!;
    },

    /** An examination read through `scope`, with who it is of, where, the package and employer. */
    async examination(scope: SQL, id: string, lock = false) {
      const q = db
        .select({
          exam: healthCheckExaminations,
          ...who,
          items: healthCheckPlans.items,
          employerId: healthCheckExaminees.employerId,
        })
        .from(healthCheckExaminations)
        .innerJoin(healthCheckExaminees, eq(healthCheckExaminees.id, healthCheckExaminations.examineeId))
        .innerJoin(persons, eq(persons.id, healthCheckExaminees.personId))
        .innerJoin(healthCheckHospitals, eq(healthCheckHospitals.id, healthCheckExaminations.hospitalId))
        .innerJoin(healthCheckPlans, eq(healthCheckPlans.id, healthCheckExaminations.planId))
        .where(and(scope, eq(healthCheckExaminations.id, id)));
      const [row] = await (lock ? q.for('update', { of: healthCheckExaminations }) : q);
      return row ?? null;
    },

    /** Writes `patch` when the row is still at `version`; null when someone changed it first. */
    async updateExamination(id: string, version: number, patch: Partial<NewExamination>) {
      const [row] = await db
        .update(healthCheckExaminations)
        .set({ ...patch, updatedAt: new Date(), version: version + 1 })
        .where(and(eq(healthCheckExaminations.id, id), eq(healthCheckExaminations.version, version)))
        .returning();
      return row ?? null;
    },

    async setExamineeStatus(id: string, status: ExamineeStatus) {
      await db.update(healthCheckExaminees).set({ status }).where(eq(healthCheckExaminees.id, id));
    },

    async insertArchive(values: NewArchive) {
      await db.insert(healthCheckArchives).values(values);
    },

    async insertFindings(values: NewFinding[]) {
      if (values.length > 0) await db.insert(healthCheckFindings).values(values);
    },

    /** The list: who, where, when, status and item counts; never a column of health data. */
    async list(scope: SQL, f: ExaminationListFilter) {
      const where = and(
        scope,
        f.planId ? eq(healthCheckExaminations.planId, f.planId) : undefined,
        f.status ? eq(healthCheckExaminations.status, f.status) : undefined,
        f.examinedOn ? eq(healthCheckExaminations.examinedOn, f.examinedOn) : undefined,
      );
      const [items, [total]] = await Promise.all([
        db
          .select({
            id: healthCheckExaminations.id,
            examineeId: healthCheckExaminations.examineeId,
            ...who,
            examinedOn: healthCheckExaminations.examinedOn,
            status: healthCheckExaminations.status,
            performedItems: healthCheckExaminations.performedItems,
            declinedItems: sql<number>`jsonb_array_length(${healthCheckExaminations.declinedItems})::int`,
            unsignedDeclinedItems: sql<number>`(select count(*)::int from jsonb_array_elements(${healthCheckExaminations.declinedItems}) d where not (d->>'signed')::boolean)`,
          })
          .from(healthCheckExaminations)
          .innerJoin(healthCheckExaminees, eq(healthCheckExaminees.id, healthCheckExaminations.examineeId))
          .innerJoin(persons, eq(persons.id, healthCheckExaminees.personId))
          .innerJoin(healthCheckHospitals, eq(healthCheckHospitals.id, healthCheckExaminations.hospitalId))
          .where(where)
          .orderBy(desc(healthCheckExaminations.examinedOn), persons.name, healthCheckExaminations.id)
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize),
        db
          .select({ n: count() })
          .from(healthCheckExaminations)
          .innerJoin(healthCheckExaminees, eq(healthCheckExaminees.id, healthCheckExaminations.examineeId))
          .where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },
  };
}

export type ExaminationsRepo = ReturnType<typeof createExaminationsRepo>;
