import { and, count, desc, eq, lt, type SQL, sql } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../db/client.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { healthCheckHospitals } from '../hospitals/hospitals.schema.ts';
import { healthCheckExaminees } from '../plans/plans.schema.ts';
import { type FindingStatus, healthCheckExaminations, healthCheckFindings } from './examinations.schema.ts';

export type FindingRow = typeof healthCheckFindings.$inferSelect;

export interface FindingListFilter {
  status?: FindingStatus | undefined;
  /** open past the due date on `today` */
  overdueOn?: string | undefined;
  page: number;
  pageSize: number;
}

/** A finding's examination and examinee, whose columns the read scope is matched on. */
const withExamination = <T extends PgSelect>(q: T) =>
  q
    .innerJoin(healthCheckExaminations, eq(healthCheckExaminations.id, healthCheckFindings.examinationId))
    .innerJoin(healthCheckExaminees, eq(healthCheckExaminees.id, healthCheckExaminations.examineeId));

/** 第十七条 notification tasks, read through the examination's scope (examinee and hospital). */
export function createFindingsRepo(db: Executor) {
  return {
    /** The tasks: who is to be told and by when, never the finding itself. */
    async list(scope: SQL, f: FindingListFilter) {
      const where = and(
        scope,
        f.status ? eq(healthCheckFindings.status, f.status) : undefined,
        f.overdueOn
          ? and(eq(healthCheckFindings.status, 'open'), lt(healthCheckFindings.dueOn, f.overdueOn))
          : undefined,
      );
      const [items, [total]] = await Promise.all([
        withExamination(
          db
            .select({
              id: healthCheckFindings.id,
              examinationId: healthCheckFindings.examinationId,
              hospitalId: healthCheckFindings.hospitalId,
              personName: persons.name,
              idNumberMasked: persons.idNumberMasked,
              hospitalName: healthCheckHospitals.name,
              examinedOn: healthCheckExaminations.examinedOn,
              notifyParty: healthCheckFindings.notifyParty,
              dueOn: healthCheckFindings.dueOn,
              status: healthCheckFindings.status,
              notifiedOn: healthCheckFindings.notifiedOn,
              notifiedHow: healthCheckFindings.notifiedHow,
              version: healthCheckFindings.version,
            })
            .from(healthCheckFindings)
            .$dynamic(),
        )
          .innerJoin(persons, eq(persons.id, healthCheckExaminees.personId))
          .innerJoin(healthCheckHospitals, eq(healthCheckHospitals.id, healthCheckFindings.hospitalId))
          .where(where)
          .orderBy(
            sql`${healthCheckFindings.status} = 'notified'`,
            healthCheckFindings.dueOn,
            desc(healthCheckFindings.createdAt),
          )
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize),
        withExamination(db.select({ n: count() }).from(healthCheckFindings).$dynamic()).where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },

    /** One task read through `scope`, with its examination's day. */
    async row(scope: SQL, id: string) {
      const [row] = await withExamination(
        db
          .select({ finding: healthCheckFindings, examinedOn: healthCheckExaminations.examinedOn })
          .from(healthCheckFindings)
          .$dynamic(),
      ).where(and(scope, eq(healthCheckFindings.id, id)));
      return row ?? null;
    },

    /** Writes `patch` when the task is still at `version`; null when someone changed it first. */
    async update(id: string, version: number, patch: Partial<typeof healthCheckFindings.$inferInsert>) {
      const [row] = await db
        .update(healthCheckFindings)
        .set({ ...patch, version: version + 1 })
        .where(and(eq(healthCheckFindings.id, id), eq(healthCheckFindings.version, version)))
        .returning();
      return row ?? null;
    },
  };
}
