import { type AnyColumn, and, eq, exists, or, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { entrepreneurshipBusinesses as businesses } from '../businesses/businesses.schema.ts';
import { entrepreneurshipFiles as files } from '../files/files.schema.ts';
import { incubationBases as bases, incubationResidents as residents } from './incubation.schema.ts';

const scope = (actor: Actor, permission: Permission, t: typeof bases | typeof residents | typeof files) =>
  accessFilter(actor, permission, { orgId: t.orgId, orgPath: t.orgPath });

/** In residence on `day`: entered on or before it and not yet exited. */
const residentOn = (day: string) =>
  sql`${residents.enteredOn} <= ${day}::date and (${residents.exitedOn} is null or ${residents.exitedOn} > ${day}::date)`;

/** The listed base's id inside a correlated subquery (drizzle leaves single-table columns unqualified). */
const baseIdOuter = sql.raw('"incubation_bases"."id"');

/**
 * A base is read by the organisations it belongs to and by any station one of whose trainees stays
 * or stayed there (bases are the district's or city's; the trainee is the street's).
 */
const readableBase = (db: Executor, actor: Actor, baseId: SQL | AnyColumn) =>
  or(
    scope(actor, 'entrepreneurship:read', bases),
    exists(
      db
        .select({ one: sql`1` })
        .from(residents)
        .innerJoin(files, eq(files.id, residents.fileId))
        .where(and(eq(residents.baseId, baseId), scope(actor, 'entrepreneurship:read', files))),
    ),
  )!;

export type NewBaseRow = typeof bases.$inferInsert;
export type NewResidentRow = typeof residents.$inferInsert;

export function createIncubationRepo(db: Executor) {
  return {
    /** Bases in scope with their residents on `day` (capacity used = residents ÷ capacity). */
    listBases: (actor: Actor, day: string) =>
      db
        .select({
          id: bases.id,
          name: bases.name,
          address: bases.address,
          operator: bases.operator,
          capacity: bases.capacity,
          openedOn: bases.openedOn,
          closedOn: bases.closedOn,
          version: bases.version,
          residentsNow: sql<number>`(select count(*)::int from ${residents}
            where ${residents.baseId} = ${baseIdOuter} and ${residentOn(day)})`,
          residentsEver: sql<number>`(select count(*)::int from ${residents} where ${residents.baseId} = ${baseIdOuter})`,
        })
        .from(bases)
        .where(readableBase(db, actor, baseIdOuter))
        .orderBy(bases.name),

    base: async (actor: Actor, id: string, permission: Permission) =>
      (
        await db
          .select()
          .from(bases)
          .where(
            and(
              eq(bases.id, id),
              permission === 'entrepreneurship:read'
                ? readableBase(db, actor, baseIdOuter)
                : scope(actor, permission, bases),
            ),
          )
      )[0],

    /** The residents the actor may see: all of a base in scope, else those of the actor's own files. */
    residentsOf: (actor: Actor, baseId: string) =>
      db
        .select({
          id: residents.id,
          fileId: residents.fileId,
          fileNumber: files.number,
          personName: persons.name,
          idNumberMasked: persons.idNumberMasked,
          businessId: residents.businessId,
          businessName: businesses.name,
          enteredOn: residents.enteredOn,
          exitedOn: residents.exitedOn,
          exitReason: residents.exitReason,
          version: residents.version,
        })
        .from(residents)
        .innerJoin(files, eq(files.id, residents.fileId))
        .innerJoin(persons, eq(persons.id, files.personId))
        .innerJoin(bases, eq(bases.id, residents.baseId))
        .leftJoin(businesses, eq(businesses.id, residents.businessId))
        .where(
          and(
            eq(residents.baseId, baseId),
            or(scope(actor, 'entrepreneurship:read', bases), scope(actor, 'entrepreneurship:read', files)),
          ),
        )
        .orderBy(residents.enteredOn, residents.id),

    residentsNow: async (baseId: string, day: string) =>
      (
        await queryRows<{ n: number }>(
          db,
          sql`select count(*)::int as n from ${residents} where ${residents.baseId} = ${baseId} and ${residentOn(day)}`,
        )
      )[0]!.n,

    /** A residence of the file (in any base) not yet exited on `day`. */
    residenceAfter: async (fileId: string, day: string) =>
      (
        await db
          .select({ id: residents.id })
          .from(residents)
          .where(
            and(
              eq(residents.fileId, fileId),
              sql`(${residents.exitedOn} is null or ${residents.exitedOn} > ${day}::date)`,
            ),
          )
          .limit(1)
      )[0],

    file: async (actor: Actor, fileId: string) =>
      (
        await db
          .select({ id: files.id })
          .from(files)
          .where(and(eq(files.id, fileId), scope(actor, 'entrepreneurship:write', files)))
      )[0],

    businessOfFile: async (businessId: string, fileId: string) =>
      (
        await db
          .select({ id: businesses.id })
          .from(businesses)
          .where(and(eq(businesses.id, businessId), eq(businesses.fileId, fileId)))
      )[0],

    resident: async (actor: Actor, id: string) =>
      (
        await db
          .select()
          .from(residents)
          .where(and(eq(residents.id, id), scope(actor, 'entrepreneurship:write', residents)))
      )[0],

    insertBase: async (row: NewBaseRow) => (await db.insert(bases).values(row).returning())[0]!,
    insertResident: async (row: NewResidentRow) => (await db.insert(residents).values(row).returning())[0]!,

    async exitResident(id: string, version: number, exitedOn: string, exitReason: string) {
      const [row] = await db
        .update(residents)
        .set({ exitedOn, exitReason, version: version + 1, updatedAt: new Date() })
        .where(and(eq(residents.id, id), eq(residents.version, version)))
        .returning();
      return row;
    },

    /** 创业者联谊会 members on `day` among the files in scope (the files aggregate's fields, counted only). */
    async associationMembers(actor: Actor, day: string) {
      const [row] = await queryRows<{ members: number; joinedThisYear: number; left: number }>(
        db,
        sql`select
            count(*) filter (where ${files.associationJoinedOn} <= ${day}::date
              and (${files.associationLeftOn} is null or ${files.associationLeftOn} > ${day}::date))::int as members,
            count(*) filter (where extract(year from ${files.associationJoinedOn}) = extract(year from ${day}::date)
              and ${files.associationJoinedOn} <= ${day}::date)::int as "joinedThisYear",
            count(*) filter (where ${files.associationLeftOn} <= ${day}::date)::int as left
          from ${files} where ${scope(actor, 'entrepreneurship:read', files)}`,
      );
      return row!;
    },
  };
}
