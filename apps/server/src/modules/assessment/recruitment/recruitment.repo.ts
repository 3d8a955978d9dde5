import { and, asc, count, desc, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { createOrgsRepo } from '../../../platform/orgs/orgs.repo.ts';
import { employers } from '../../registry/employers/employers.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import {
  type RecruitedWorkerStatus,
  recruitmentResults,
  recruitmentUnits as ru,
  recruitedWorkers as rw,
} from './recruitment.schema.ts';

export type UnitRow = typeof ru.$inferSelect;
export type WorkerRow = typeof rw.$inferSelect;

type Cols = { orgId: typeof ru.orgId | typeof rw.orgId; orgPath: typeof ru.orgPath | typeof rw.orgPath };
/**
 * Who takes part in the assessment sees its records: the towns that submit, the city that reviews
 * (each within its organisation subtree); a permission narrows it to that permission's scope.
 */
const scopeOf = (actor: Actor, cols: Cols, permission?: Permission): SQL =>
  permission
    ? accessFilter(actor, permission, cols)
    : or(accessFilter(actor, 'assessment:submit', cols), accessFilter(actor, 'assessment:review', cols))!;
export const unitScope = (actor: Actor, permission?: Permission) =>
  scopeOf(actor, { orgId: ru.orgId, orgPath: ru.orgPath }, permission);
export const workerScope = (actor: Actor, permission?: Permission) =>
  scopeOf(actor, { orgId: rw.orgId, orgPath: rw.orgPath }, permission);

const workerColumns = {
  id: rw.id,
  unitId: rw.unitId,
  personId: rw.personId,
  personName: persons.name,
  idNumberMasked: persons.idNumberMasked,
  employerId: rw.employerId,
  employerName: employers.name,
  hiredOn: rw.hiredOn,
  forSpecialTask: rw.forSpecialTask,
  status: rw.status,
  checkedOn: rw.checkedOn,
  checkNote: rw.checkNote,
  createdAt: rw.createdAt,
  version: rw.version,
};

export function createRecruitmentRepo(db: Executor) {
  return {
    /** The organisation when the actor may set assessment tasks there. */
    orgForConfigure: (actor: Actor, orgId: number) =>
      createOrgsRepo(db).byIdFor(actor, orgId, ['assessment:configure']),

    units: (year: number, scope: SQL) =>
      db
        .select()
        .from(ru)
        .where(and(eq(ru.year, year), scope))
        // Towns first, then departments, as the seed lists them.
        .orderBy(desc(ru.kind), asc(ru.name)),

    unit: async (id: string, scope: SQL) =>
      (
        await db
          .select()
          .from(ru)
          .where(and(eq(ru.id, id), scope))
      )[0],

    /** Ledger entries per unit and status, for the units' progress. */
    async statusCounts(year: number) {
      const rows = await db
        .select({ unitId: rw.unitId, status: rw.status, special: rw.forSpecialTask, n: count() })
        .from(rw)
        .innerJoin(ru, eq(ru.id, rw.unitId))
        .where(eq(ru.year, year))
        .groupBy(rw.unitId, rw.status, rw.forSpecialTask);
      return rows as { unitId: string; status: RecruitedWorkerStatus; special: boolean; n: number }[];
    },

    insertUnit: async (row: typeof ru.$inferInsert) => (await db.insert(ru).values(row).returning())[0]!,

    async updateUnit(id: string, version: number, patch: Partial<typeof ru.$inferInsert>) {
      const [row] = await db
        .update(ru)
        .set({ ...patch, version: version + 1, updatedAt: new Date() })
        .where(and(eq(ru.id, id), eq(ru.version, version)))
        .returning();
      return row;
    },

    workersOfUnit: (unitId: string) =>
      db
        .select(workerColumns)
        .from(rw)
        .innerJoin(persons, eq(persons.id, rw.personId))
        .innerJoin(employers, eq(employers.id, rw.employerId))
        .where(eq(rw.unitId, unitId))
        .orderBy(asc(rw.hiredOn), asc(rw.id)),

    workerView: async (id: string) =>
      (
        await db
          .select(workerColumns)
          .from(rw)
          .innerJoin(persons, eq(persons.id, rw.personId))
          .innerJoin(employers, eq(employers.id, rw.employerId))
          .where(eq(rw.id, id))
      )[0]!,

    worker: async (id: string, scope: SQL): Promise<WorkerRow | undefined> =>
      (
        await db
          .select()
          .from(rw)
          .where(and(eq(rw.id, id), scope))
      )[0],

    insertWorker: async (row: typeof rw.$inferInsert) => (await db.insert(rw).values(row).returning())[0]!,

    async updateWorker(id: string, version: number, patch: Partial<typeof rw.$inferInsert>) {
      const [row] = await db
        .update(rw)
        .set({ ...patch, version: version + 1, updatedAt: new Date() })
        .where(and(eq(rw.id, id), eq(rw.version, version)))
        .returning();
      return row;
    },

    result: async (year: number) =>
      (await db.select().from(recruitmentResults).where(eq(recruitmentResults.year, year)))[0],

    saveResult: (row: typeof recruitmentResults.$inferInsert) =>
      db
        .insert(recruitmentResults)
        .values(row)
        .onConflictDoUpdate({
          target: recruitmentResults.year,
          set: { cutoff: row.cutoff, result: row.result, scoredAt: row.scoredAt, scoredBy: row.scoredBy },
          setWhere: sql`${recruitmentResults.publishedAt} is null`,
        })
        .returning(),

    publish: (year: number, at: Date) =>
      db.update(recruitmentResults).set({ publishedAt: at }).where(eq(recruitmentResults.year, year)),
  };
}
