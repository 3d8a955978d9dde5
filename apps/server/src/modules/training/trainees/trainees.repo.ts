import { and, asc, count, eq, exists, gte, inArray, lte, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { qualificationCertificates as certs } from '../../registry/certificates/certificates.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { trainingClasses } from '../classes/classes.schema.ts';
import { trainingReadFilter } from '../institution-scope.ts';
import { trainingAttendance, trainingTrainees } from './trainees.schema.ts';

export type ClassRow = typeof trainingClasses.$inferSelect;
export type TraineeRow = typeof trainingTrainees.$inferSelect;

/** Trainees an actor may read: the bureau by the trainee's (the person's) organisation, staff by institution. */
const traineeFilter = (db: Executor, actor: Actor) =>
  trainingReadFilter(db, actor, {
    orgId: trainingTrainees.orgId,
    orgPath: trainingTrainees.orgPath,
    owner: trainingTrainees.createdBy,
    institutionId: trainingClasses.institutionId,
  });

export function createTraineesRepo(db: Executor) {
  return {
    /** The class of the actor's own institution, locked for the enrolment or roll call. */
    ownClassForUpdate: async (id: string, institutionId: string) =>
      (
        await db
          .select()
          .from(trainingClasses)
          .where(and(eq(trainingClasses.id, id), eq(trainingClasses.institutionId, institutionId)))
          .for('update')
      )[0],

    /**
     * A class the actor may read: by the class's own scope, or because one of its trainees is in the
     * actor's scope (a street sees the classes its residents attend).
     */
    async readableClass(actor: Actor, id: string) {
      const classFilter = await trainingReadFilter(db, actor, {
        orgId: trainingClasses.orgId,
        orgPath: trainingClasses.orgPath,
        institutionId: trainingClasses.institutionId,
      });
      const someTrainee = db
        .select({ one: sql`1` })
        .from(trainingTrainees)
        .where(and(eq(trainingTrainees.classId, trainingClasses.id), await traineeFilter(db, actor)));
      return (
        await db
          .select()
          .from(trainingClasses)
          .where(and(eq(trainingClasses.id, id), or(classFilter, exists(someTrainee))))
      )[0];
    },

    /** The class's trainees the actor may read, with masked ID numbers only. */
    async list(actor: Actor, classId: string) {
      return db
        .select({
          id: trainingTrainees.id,
          personId: trainingTrainees.personId,
          name: persons.name,
          idNumberMasked: persons.idNumberMasked,
          group: trainingTrainees.group,
          eligibility: trainingTrainees.eligibility,
          status: trainingTrainees.status,
          enrolledOn: trainingTrainees.enrolledOn,
          withdrawnOn: trainingTrainees.withdrawnOn,
          attendedDays: trainingTrainees.attendedDays,
          result: trainingTrainees.result,
          resultOn: trainingTrainees.resultOn,
          certificateNumber: certs.number,
          version: trainingTrainees.version,
        })
        .from(trainingTrainees)
        .innerJoin(trainingClasses, eq(trainingClasses.id, trainingTrainees.classId))
        .innerJoin(persons, eq(persons.id, trainingTrainees.personId))
        .leftJoin(certs, eq(certs.id, trainingTrainees.certificateId))
        .where(and(eq(trainingTrainees.classId, classId), await traineeFilter(db, actor)))
        .orderBy(asc(trainingTrainees.createdAt), asc(trainingTrainees.id));
    },

    /** A person of the registry by ID-number lookup hash (the whole city: an institution enrols anyone). */
    personByHash: async (hash: string) =>
      (
        await db
          .select({
            id: persons.id,
            name: persons.name,
            idNumberMasked: persons.idNumberMasked,
            birthDate: persons.birthDate,
            orgId: persons.orgId,
            orgPath: persons.orgPath,
          })
          .from(persons)
          .where(eq(persons.idNumberHash, hash))
      )[0],

    /** Serialises the enrolments of one person across classes (the overlap check). */
    lockPerson: (personId: string) =>
      db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`training-person:${personId}`}, 0))`),

    /** Trainees who hold a place (not withdrawn). */
    placesTaken: async (classId: string) =>
      (
        await db
          .select({ n: count() })
          .from(trainingTrainees)
          .where(and(eq(trainingTrainees.classId, classId), ne(trainingTrainees.status, 'withdrawn')))
      )[0]!.n,

    inClass: async (classId: string, personId: string) =>
      (
        await db
          .select({ id: trainingTrainees.id, status: trainingTrainees.status })
          .from(trainingTrainees)
          .where(and(eq(trainingTrainees.classId, classId), eq(trainingTrainees.personId, personId)))
      )[0],

    /** Another class of the person, enrolled or completed, whose dates meet [startsOn, endsOn]. */
    overlapping: async (personId: string, classId: string, startsOn: string, endsOn: string) =>
      (
        await db
          .select({
            number: trainingClasses.number,
            startsOn: trainingClasses.startsOn,
            endsOn: trainingClasses.endsOn,
          })
          .from(trainingTrainees)
          .innerJoin(trainingClasses, eq(trainingClasses.id, trainingTrainees.classId))
          .where(
            and(
              eq(trainingTrainees.personId, personId),
              ne(trainingTrainees.classId, classId),
              inArray(trainingTrainees.status, ['enrolled', 'completed']),
              lte(trainingTrainees.startsOn, endsOn),
              gte(trainingTrainees.endsOn, startsOn),
            ),
          )
          .limit(1)
      )[0],

    insert: async (row: typeof trainingTrainees.$inferInsert) =>
      (await db.insert(trainingTrainees).values(row).returning())[0]!,

    trainee: async (classId: string, id: string) =>
      (
        await db
          .select()
          .from(trainingTrainees)
          .where(and(eq(trainingTrainees.classId, classId), eq(trainingTrainees.id, id)))
          .for('update')
      )[0],

    traineesOfClass: (classId: string) =>
      db
        .select({
          id: trainingTrainees.id,
          personId: trainingTrainees.personId,
          status: trainingTrainees.status,
          withdrawnOn: trainingTrainees.withdrawnOn,
        })
        .from(trainingTrainees)
        .where(eq(trainingTrainees.classId, classId)),

    update: (id: string, patch: Partial<typeof trainingTrainees.$inferInsert>) =>
      db
        .update(trainingTrainees)
        .set({ ...patch, updatedAt: new Date(), version: sql`${trainingTrainees.version} + 1` })
        .where(eq(trainingTrainees.id, id)),

    /** Sign-ins inserted unless already there (the primary key is trainee and date); answers the new ones. */
    addAttendance: async (rows: (typeof trainingAttendance.$inferInsert)[]) =>
      rows.length === 0
        ? []
        : db
            .insert(trainingAttendance)
            .values(rows)
            .onConflictDoNothing()
            .returning({ traineeId: trainingAttendance.traineeId, onDate: trainingAttendance.onDate }),

    /** Removes the date's sign-ins of these trainees; answers the removed ones. */
    removeAttendance: (traineeIds: string[], onDate: string) =>
      traineeIds.length === 0
        ? Promise.resolve([])
        : db
            .delete(trainingAttendance)
            .where(
              and(eq(trainingAttendance.onDate, onDate), inArray(trainingAttendance.traineeId, traineeIds)),
            )
            .returning({ traineeId: trainingAttendance.traineeId }),

    attendanceOn: (traineeIds: string[], onDate: string) =>
      traineeIds.length === 0
        ? Promise.resolve([])
        : db
            .select({ traineeId: trainingAttendance.traineeId })
            .from(trainingAttendance)
            .where(
              and(eq(trainingAttendance.onDate, onDate), inArray(trainingAttendance.traineeId, traineeIds)),
            ),

    /** attended_days := the count of the trainees' attendance rows (same transaction as the change). */
    recountAttendance: (traineeIds: string[]) =>
      traineeIds.length === 0
        ? Promise.resolve()
        : db
            .update(trainingTrainees)
            .set({
              attendedDays: sql`(select count(*)::int from ${trainingAttendance} a where a.trainee_id = ${trainingTrainees.id})`,
              updatedAt: new Date(),
            })
            .where(inArray(trainingTrainees.id, traineeIds))
            .then(() => undefined),

    certificateByNumber: async (number: string) =>
      (await db.select().from(certs).where(eq(certs.number, number)))[0],
  };
}
export type TraineesRepo = ReturnType<typeof createTraineesRepo>;
