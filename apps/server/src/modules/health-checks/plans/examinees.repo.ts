import { and, asc, count, eq, inArray, isNull, like, ne, type SQL, sql } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import { type Executor, queryRows } from '../../../db/client.ts';
import { insuranceContributions } from '../../registry/contributions/contributions.schema.ts';
import { employers } from '../../registry/employers/employers.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { healthCheckHospitals } from '../hospitals/hospitals.schema.ts';
import {
  type ExamineeStatus,
  healthCheckExaminees,
  healthCheckPlans,
  type VisitMode,
} from './plans.schema.ts';

export type ExamineeRow = typeof healthCheckExaminees.$inferSelect;

/** An employer, or null for the flexible workers (灵活就业人员). */
export type EmployerKey = string | null;
export type Target = { kind: 'employer'; employerId: EmployerKey } | { kind: 'examinees'; ids: string[] };

export interface ExamineeFilter {
  hospitalId?: string | undefined;
  date?: string | undefined;
  status?: ExamineeStatus | undefined;
  employerId?: EmployerKey | undefined;
  homeVisit?: boolean | undefined;
  page: number;
  pageSize: number;
}

const ex = healthCheckExaminees;
export const examineeScopeCols = { orgId: ex.orgId, orgPath: ex.orgPath };

const employerIs = (key: EmployerKey) => (key === null ? isNull(ex.employerId) : eq(ex.employerId, key));
const targetIs = (planId: string, t: Target) =>
  and(eq(ex.planId, planId), t.kind === 'employer' ? employerIs(t.employerId) : inArray(ex.id, t.ids));

const itemColumns = {
  id: ex.id,
  planId: ex.planId,
  personName: persons.name,
  idNumberMasked: persons.idNumberMasked,
  gender: persons.gender,
  employerId: ex.employerId,
  employerName: employers.name,
  hospitalId: ex.hospitalId,
  hospitalName: healthCheckHospitals.name,
  scheduledOn: ex.scheduledOn,
  status: ex.status,
  visitMode: ex.visitMode,
  visitNote: ex.visitNote,
  notifiedAt: ex.notifiedAt,
  version: ex.version,
};

/** A plan's examinees: generated from contributions, allocated, notified; lists through a scope. */
export function createExamineesRepo(db: Executor) {
  const joined = <T extends SelectedFields>(columns: T) =>
    db
      .select({ ...itemColumns, ...columns })
      .from(ex)
      .innerJoin(persons, eq(persons.id, ex.personId))
      .leftJoin(employers, eq(employers.id, ex.employerId))
      .leftJoin(healthCheckHospitals, eq(healthCheckHospitals.id, ex.hospitalId));

  return {
    /**
     * Adds the persons of the organisation subtree `orgPath` with a paid 基本医疗保险 month `month`
     * who are not yet in the plan, in one statement; the employer is that month's (the first by id
     * when two employers paid it). Answers how many were added.
     */
    async generate(plan: { id: string; orgPath: string; eligibilityMonth: string }, userId: string) {
      const c = insuranceContributions;
      const eligible = db
        .selectDistinctOn([c.personId], {
          planId: sql<string>`${plan.id}::uuid`.as('plan_id'),
          personId: c.personId,
          employerId: c.employerId,
          orgId: persons.orgId,
          orgPath: persons.orgPath,
          createdBy: sql<string>`${userId}::uuid`.as('created_by'),
        })
        .from(c)
        .innerJoin(persons, eq(persons.id, c.personId))
        .where(
          and(
            eq(c.kind, 'medical'),
            eq(c.status, 'paid'),
            eq(c.month, plan.eligibilityMonth),
            like(persons.orgPath, `${plan.orgPath}%`),
          ),
        )
        .orderBy(c.personId, sql`${c.employerId} nulls last`);
      // Drizzle's insert … select wants every column; the statement names the six it fills.
      const added = await queryRows<{ id: string }>(
        db,
        sql`insert into ${ex} (plan_id, person_id, employer_id, org_id, org_path, created_by)
            ${eligible}
            on conflict (plan_id, person_id) do nothing
            returning id`,
      );
      return added.length;
    },

    async total(planId: string) {
      const [row] = await db.select({ n: count() }).from(ex).where(eq(ex.planId, planId));
      return row?.n ?? 0;
    },

    async list(scope: SQL, planId: string, f: ExamineeFilter) {
      const where = and(
        scope,
        eq(ex.planId, planId),
        f.hospitalId ? eq(ex.hospitalId, f.hospitalId) : undefined,
        f.date ? eq(ex.scheduledOn, f.date) : undefined,
        f.status ? eq(ex.status, f.status) : undefined,
        f.employerId !== undefined ? employerIs(f.employerId) : undefined,
        f.homeVisit ? ne(ex.visitMode, 'on_site') : undefined,
      );
      const [items, [total]] = await Promise.all([
        joined({})
          .where(where)
          .orderBy(asc(employers.name), asc(sql`${persons.name} collate "C"`), asc(ex.id))
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize),
        db.select({ n: count() }).from(ex).where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },

    /** The hospital's examinees of one day, of every plan. */
    async day(hospitalId: string, on: string, page: { page: number; pageSize: number }) {
      const where = and(eq(ex.hospitalId, hospitalId), eq(ex.scheduledOn, on));
      const [items, [total]] = await Promise.all([
        joined({ planName: healthCheckPlans.name })
          .innerJoin(healthCheckPlans, eq(healthCheckPlans.id, ex.planId))
          .where(where)
          .orderBy(asc(sql`${persons.name} collate "C"`), asc(ex.id))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(ex).where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },

    /** The plan's employers with their examinees (flexible workers as one line, employer null). */
    employers: (planId: string) =>
      db
        .select({
          employerId: ex.employerId,
          employerName: employers.name,
          examinees: sql<number>`count(*)::int`,
          allocated: sql<number>`count(${ex.hospitalId})::int`,
          notified: sql<number>`count(${ex.notifiedAt})::int`,
        })
        .from(ex)
        .leftJoin(employers, eq(employers.id, ex.employerId))
        .where(eq(ex.planId, planId))
        .groupBy(ex.employerId, employers.name)
        .orderBy(asc(employers.name)),

    /** The hospital locked while its days fill (serialises allocations to it). */
    async lockHospital(id: string) {
      const [row] = await db
        .select({
          id: healthCheckHospitals.id,
          name: healthCheckHospitals.name,
          status: healthCheckHospitals.status,
          plannedDailyVolume: healthCheckHospitals.plannedDailyVolume,
        })
        .from(healthCheckHospitals)
        .where(eq(healthCheckHospitals.id, id))
        .for('update');
      return row;
    },

    /** Examinees booked at the hospital on the day (of any plan), not counting those absent. */
    async booked(hospitalId: string, on: string) {
      const [row] = await db
        .select({ n: count() })
        .from(ex)
        .where(and(eq(ex.hospitalId, hospitalId), eq(ex.scheduledOn, on), ne(ex.status, 'absent')));
      return row?.n ?? 0;
    },

    /** The target's examinees as allocation sees them. */
    targets: (planId: string, t: Target) =>
      db
        .select({ id: ex.id, status: ex.status, hospitalId: ex.hospitalId, scheduledOn: ex.scheduledOn })
        .from(ex)
        .where(targetIs(planId, t)),

    /** Books the examinees at the hospital on the day; a new booking must be notified again. */
    allocate: (ids: string[], hospitalId: string, on: string) =>
      ids.length === 0
        ? Promise.resolve([])
        : db
            .update(ex)
            .set({
              hospitalId,
              scheduledOn: on,
              status: 'allocated',
              notifiedAt: null,
              updatedAt: new Date(),
              version: sql`${ex.version} + 1`,
            })
            .where(inArray(ex.id, ids))
            .returning({ id: ex.id }),

    /** Marks the target's booked examinees not yet notified as notified now. */
    notify: (planId: string, t: Target | { kind: 'all' }, at: Date) =>
      db
        .update(ex)
        .set({ notifiedAt: at, updatedAt: new Date(), version: sql`${ex.version} + 1` })
        .where(
          and(
            t.kind === 'all' ? eq(ex.planId, planId) : targetIs(planId, t),
            eq(ex.status, 'allocated'),
            isNull(ex.notifiedAt),
          ),
        )
        .returning({ id: ex.id }),

    async row(scope: SQL, id: string) {
      const [row] = await db
        .select()
        .from(ex)
        .where(and(scope, eq(ex.id, id)));
      return row;
    },

    async update(
      id: string,
      version: number,
      patch: { visitMode?: VisitMode; visitNote?: string | null; status?: ExamineeStatus },
    ) {
      const [row] = await db
        .update(ex)
        .set({ ...patch, updatedAt: new Date(), version: sql`${ex.version} + 1` })
        .where(and(eq(ex.id, id), eq(ex.version, version)))
        .returning();
      return row;
    },

    /** The employer's booked examinees for its notice (单位体检通知). */
    notice: (planId: string, employerId: EmployerKey) =>
      db
        .select({
          id: ex.id,
          personName: persons.name,
          idNumberMasked: persons.idNumberMasked,
          hospitalName: healthCheckHospitals.name,
          hospitalAddress: healthCheckHospitals.address,
          scheduledOn: ex.scheduledOn,
          visitMode: ex.visitMode,
        })
        .from(ex)
        .innerJoin(persons, eq(persons.id, ex.personId))
        .innerJoin(healthCheckHospitals, eq(healthCheckHospitals.id, ex.hospitalId))
        .where(and(eq(ex.planId, planId), employerIs(employerId), eq(ex.status, 'allocated')))
        .orderBy(asc(ex.scheduledOn), asc(sql`${persons.name} collate "C"`), asc(ex.id)),

    async employerName(id: string) {
      const [row] = await db.select({ name: employers.name }).from(employers).where(eq(employers.id, id));
      return row?.name;
    },
  };
}
