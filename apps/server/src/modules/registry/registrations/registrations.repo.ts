import {
  type AnyColumn,
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  like,
  lte,
  ne,
  type SQL,
} from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { employers } from '../employers/employers.schema.ts';
import { persons } from '../persons/persons.schema.ts';
import {
  employmentRegistrations as emp,
  unemploymentRegistrations as unemp,
} from './registrations.schema.ts';

/** Registrations follow their person: a registration is in scope exactly when its person is. */
export const personScoped = (actor: Actor, permission: Permission) =>
  accessFilter(actor, permission, {
    orgId: persons.orgId,
    orgPath: persons.orgPath,
    owner: persons.createdBy,
  });

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Filters shared by the city-wide lists. */
export interface RecordFilter {
  /** Materialised path of the `orgId` filter: that organisation's subtree. */
  orgPath?: string | undefined;
  open?: boolean | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export const recordFilterSql = (
  f: RecordFilter,
  cols: { orgPath: AnyColumn; closedOn: AnyColumn; on: AnyColumn },
): SQL[] => [
  ...(f.orgPath ? [like(cols.orgPath, `${escapeLike(f.orgPath)}%`)] : []),
  ...(f.open === true ? [isNull(cols.closedOn)] : f.open === false ? [isNotNull(cols.closedOn)] : []),
  ...(f.from ? [gte(cols.on, f.from)] : []),
  ...(f.to ? [lte(cols.on, f.to)] : []),
];

const employmentColumns = {
  id: emp.id,
  personId: emp.personId,
  employerId: emp.employerId,
  registeredEmployerName: employers.name,
  employerName: emp.employerName,
  form: emp.form,
  startedOn: emp.startedOn,
  endedOn: emp.endedOn,
  endReason: emp.endReason,
  createdAt: emp.createdAt,
  version: emp.version,
};

const unemploymentColumns = {
  id: unemp.id,
  personId: unemp.personId,
  registeredOn: unemp.registeredOn,
  stationId: unemp.stationId,
  stationName: organisations.name,
  certificateNumber: unemp.certificateNumber,
  reason: unemp.reason,
  endedOn: unemp.endedOn,
  endReason: unemp.endReason,
  benefitFrom: unemp.benefitFrom,
  benefitUntil: unemp.benefitUntil,
  benefitTotalFen: unemp.benefitTotalFen,
  createdAt: unemp.createdAt,
  version: unemp.version,
};

/** The employer's registry name wins over the free-text one. */
const toEmployment = <T extends { registeredEmployerName: string | null; employerName: string | null }>({
  registeredEmployerName,
  employerName,
  ...r
}: T) => ({ ...r, employerName: registeredEmployerName ?? employerName });

export type NewEmploymentRow = typeof emp.$inferInsert;
export type NewUnemploymentRow = typeof unemp.$inferInsert;
export type EmploymentRow = typeof emp.$inferSelect;
export type UnemploymentRow = typeof unemp.$inferSelect;

export function createRegistrationsRepo(db: Executor) {
  const selectEmployment = () =>
    db.select(employmentColumns).from(emp).leftJoin(employers, eq(employers.id, emp.employerId));
  const selectUnemployment = () =>
    db
      .select(unemploymentColumns)
      .from(unemp)
      .innerJoin(organisations, eq(organisations.id, unemp.stationId));

  return {
    /** The person's registry facts when in the actor's scope for `permission`. */
    async person(actor: Actor, personId: string, permission: Permission) {
      const [row] = await db
        .select({
          id: persons.id,
          gender: persons.gender,
          birthDate: persons.birthDate,
          hukouType: persons.hukouType,
          hukouPlace: persons.hukouPlace,
          orgId: persons.orgId,
          orgPath: persons.orgPath,
        })
        .from(persons)
        .where(and(personScoped(actor, permission), eq(persons.id, personId)));
      return row;
    },

    employmentOfPerson: async (personId: string) =>
      (
        await selectEmployment().where(eq(emp.personId, personId)).orderBy(desc(emp.startedOn), asc(emp.id))
      ).map(toEmployment),

    oneEmployment: async (id: string) => {
      const [row] = await selectEmployment().where(eq(emp.id, id));
      return row ? toEmployment(row) : undefined;
    },

    unemploymentOfPerson: (personId: string) =>
      selectUnemployment()
        .where(eq(unemp.personId, personId))
        .orderBy(desc(unemp.registeredOn), asc(unemp.id)),

    oneUnemployment: async (id: string) => (await selectUnemployment().where(eq(unemp.id, id)))[0],

    /** Employment periods of the person, oldest first (for the overlap and six-month rules). */
    employmentPeriods: (personId: string) =>
      db
        .select({ startedOn: emp.startedOn, endedOn: emp.endedOn })
        .from(emp)
        .where(eq(emp.personId, personId))
        .orderBy(asc(emp.startedOn)),

    unemploymentPeriods: (personId: string) =>
      db
        .select({ startedOn: unemp.registeredOn, endedOn: unemp.endedOn })
        .from(unemp)
        .where(eq(unemp.personId, personId))
        .orderBy(asc(unemp.registeredOn)),

    openEmployment: async (personId: string) =>
      (
        await db
          .select()
          .from(emp)
          .where(and(eq(emp.personId, personId), isNull(emp.endedOn)))
      )[0],

    openUnemployment: async (personId: string) =>
      (
        await db
          .select()
          .from(unemp)
          .where(and(eq(unemp.personId, personId), isNull(unemp.endedOn)))
      )[0],

    /** The registration row when its person is in the actor's scope for `permission`. */
    async employmentRow(
      actor: Actor,
      id: string,
      permission: Permission,
    ): Promise<EmploymentRow | undefined> {
      const [row] = await db
        .select({ r: emp })
        .from(emp)
        .innerJoin(persons, eq(persons.id, emp.personId))
        .where(and(personScoped(actor, permission), eq(emp.id, id)));
      return row?.r;
    },

    async unemploymentRow(
      actor: Actor,
      id: string,
      permission: Permission,
    ): Promise<UnemploymentRow | undefined> {
      const [row] = await db
        .select({ r: unemp })
        .from(unemp)
        .innerJoin(persons, eq(persons.id, unemp.personId))
        .where(and(personScoped(actor, permission), eq(unemp.id, id)));
      return row?.r;
    },

    employerName: async (id: string) =>
      (await db.select({ name: employers.name }).from(employers).where(eq(employers.id, id)))[0]?.name,

    org: async (id: number) =>
      (
        await db
          .select({
            id: organisations.id,
            level: organisations.level,
            path: organisations.path,
            name: organisations.name,
          })
          .from(organisations)
          .where(eq(organisations.id, id))
      )[0],

    /** The deepest organisation above (or at) `orgPath` that is not a community: the person's station. */
    async stationFor(orgPath: string) {
      const ids = orgPath.split('/').filter(Boolean).map(Number);
      const rows = await db
        .select({
          id: organisations.id,
          level: organisations.level,
          path: organisations.path,
          name: organisations.name,
        })
        .from(organisations)
        .where(and(inArray(organisations.id, ids), ne(organisations.level, 'community')));
      return rows.sort((a, b) => b.path.length - a.path.length)[0];
    },

    orgPath: async (orgId: number) =>
      (
        await db.select({ path: organisations.path }).from(organisations).where(eq(organisations.id, orgId))
      )[0]?.path,

    /** Whether another person already holds this 就业创业证 number. */
    certificateHeldByOther: async (number: string, personId: string) =>
      (
        await db
          .select({ id: unemp.id })
          .from(unemp)
          .where(and(eq(unemp.certificateNumber, number), ne(unemp.personId, personId)))
          .limit(1)
      ).length > 0,

    insertEmployment: async (row: NewEmploymentRow) =>
      (await db.insert(emp).values(row).returning({ id: emp.id }))[0]!,

    insertUnemployment: async (row: NewUnemploymentRow) =>
      (await db.insert(unemp).values(row).returning({ id: unemp.id }))[0]!,

    /** Optimistic close: only when the version still matches and the record is still open. */
    async endEmployment(id: string, version: number, endedOn: string, endReason: string) {
      const [row] = await db
        .update(emp)
        .set({ endedOn, endReason, version: version + 1, updatedAt: new Date() })
        .where(and(eq(emp.id, id), eq(emp.version, version), isNull(emp.endedOn)))
        .returning({ version: emp.version });
      return row;
    },

    async setBenefit(
      id: string,
      version: number,
      benefit: { benefitFrom: string | null; benefitUntil: string | null; benefitTotalFen: number | null },
    ) {
      const [row] = await db
        .update(unemp)
        .set({ ...benefit, version: version + 1, updatedAt: new Date() })
        .where(and(eq(unemp.id, id), eq(unemp.version, version)))
        .returning({ version: unemp.version });
      return row;
    },

    async endUnemployment(id: string, version: number, endedOn: string, endReason: string) {
      const [row] = await db
        .update(unemp)
        .set({ endedOn, endReason, version: version + 1, updatedAt: new Date() })
        .where(and(eq(unemp.id, id), eq(unemp.version, version), isNull(unemp.endedOn)))
        .returning({ version: unemp.version });
      return row;
    },

    async listUnemployment(
      actor: Actor,
      f: RecordFilter & { stationId?: number | undefined },
      page: { page: number; pageSize: number },
    ) {
      const where = and(
        personScoped(actor, 'person:read'),
        ...recordFilterSql(f, { orgPath: unemp.orgPath, closedOn: unemp.endedOn, on: unemp.registeredOn }),
        ...(f.stationId ? [eq(unemp.stationId, f.stationId)] : []),
      );
      const [rows, [total]] = await Promise.all([
        db
          .select({
            ...unemploymentColumns,
            personName: persons.name,
            idNumberMasked: persons.idNumberMasked,
          })
          .from(unemp)
          .innerJoin(persons, eq(persons.id, unemp.personId))
          .innerJoin(organisations, eq(organisations.id, unemp.stationId))
          .where(where)
          .orderBy(desc(unemp.registeredOn), asc(unemp.id))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(unemp).innerJoin(persons, eq(persons.id, unemp.personId)).where(where),
      ]);
      return { items: rows, total: Number(total?.n ?? 0) };
    },
  };
}

export type RegistrationsRepo = ReturnType<typeof createRegistrationsRepo>;
