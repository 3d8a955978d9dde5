import { and, asc, count, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { qualificationCertificates as certs } from '../../registry/certificates/certificates.schema.ts';
import { employers } from '../../registry/employers/employers.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { trainingReadFilter } from '../institution-scope.ts';
import { trainingInstitutions, trainingInstitutionTeachers } from '../institutions/institutions.schema.ts';
import { trainingTrainees } from '../trainees/trainees.schema.ts';
import { type ClassStatus, type TrainingProgramme, trainingClasses as tc } from './classes.schema.ts';

export type ClassRow = typeof tc.$inferSelect;
export type NewClassRow = typeof tc.$inferInsert;

export interface ClassFilter {
  status?: ClassStatus | undefined;
  institutionId?: string | undefined;
  programme?: TrainingProgramme | undefined;
  /** classes running on or after this day (endsOn ≥ from) */
  from?: string | undefined;
  /** classes starting on or before this day */
  to?: string | undefined;
  page: number;
  pageSize: number;
}

const scopeCols = { orgId: tc.orgId, orgPath: tc.orgPath, institutionId: tc.institutionId };

export function createClassesRepo(db: Executor) {
  return {
    institution: async (id: string) =>
      (await db.select().from(trainingInstitutions).where(eq(trainingInstitutions.id, id)))[0],

    /** The institution's active teachers among `ids`. */
    activeTeachers: (institutionId: string, ids: string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db
            .select({ id: trainingInstitutionTeachers.id })
            .from(trainingInstitutionTeachers)
            .where(
              and(
                eq(trainingInstitutionTeachers.institutionId, institutionId),
                eq(trainingInstitutionTeachers.status, 'active'),
                inArray(trainingInstitutionTeachers.id, ids),
              ),
            ),

    /** The institution's active teachers, for the application form. */
    teachersOf: (institutionId: string) =>
      db
        .select({
          id: trainingInstitutionTeachers.id,
          name: trainingInstitutionTeachers.name,
          occupation: trainingInstitutionTeachers.occupation,
          level: trainingInstitutionTeachers.level,
        })
        .from(trainingInstitutionTeachers)
        .where(
          and(
            eq(trainingInstitutionTeachers.institutionId, institutionId),
            eq(trainingInstitutionTeachers.status, 'active'),
          ),
        )
        .orderBy(asc(trainingInstitutionTeachers.name)),

    /** A registered employer by its unified social credit code (an order class's employer). */
    employerByCreditCode: async (creditCode: string) =>
      (
        await db
          .select({ id: employers.id, name: employers.name })
          .from(employers)
          .where(eq(employers.creditCode, creditCode))
      )[0],

    employerName: async (id: string) =>
      (await db.select({ name: employers.name }).from(employers).where(eq(employers.id, id)))[0]?.name,

    insert: async (row: NewClassRow) => (await db.insert(tc).values(row).returning())[0]!,

    /** Versioned update: undefined when someone else changed the class first. */
    update: async (id: string, version: number, patch: Partial<NewClassRow>) =>
      (
        await db
          .update(tc)
          .set({ ...patch, version: version + 1, updatedAt: new Date() })
          .where(and(eq(tc.id, id), eq(tc.version, version)))
          .returning()
      )[0],

    /** The class when the actor may read it (bureau subtree or own institution). */
    async readable(actor: Actor, id: string) {
      const scope = await trainingReadFilter(db, actor, scopeCols);
      return (
        await db
          .select()
          .from(tc)
          .where(and(scope, eq(tc.id, id)))
      )[0];
    },

    /** The class when it is in the actor's `training:manage` scope. */
    managed: async (actor: Actor, id: string) =>
      (
        await db
          .select()
          .from(tc)
          .where(and(accessFilter(actor, 'training:manage', scopeCols), eq(tc.id, id)))
      )[0],

    /** The class of the given institution. */
    ofInstitution: async (institutionId: string, id: string) =>
      (
        await db
          .select()
          .from(tc)
          .where(and(eq(tc.institutionId, institutionId), eq(tc.id, id)))
      )[0],

    async list(actor: Actor, f: ClassFilter) {
      const where: SQL[] = [await trainingReadFilter(db, actor, scopeCols)];
      if (f.status) where.push(eq(tc.status, f.status));
      if (f.institutionId) where.push(eq(tc.institutionId, f.institutionId));
      if (f.programme) where.push(eq(tc.programme, f.programme));
      if (f.from) where.push(gte(tc.endsOn, f.from));
      if (f.to) where.push(lte(tc.startsOn, f.to));
      const cond = and(...where);
      const [items, [total]] = await Promise.all([
        db
          .select({ cls: tc, institutionName: trainingInstitutions.name })
          .from(tc)
          .innerJoin(trainingInstitutions, eq(trainingInstitutions.id, tc.institutionId))
          .where(cond)
          .orderBy(desc(tc.startsOn), desc(tc.number))
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize),
        db.select({ n: count() }).from(tc).where(cond),
      ]);
      return { items, total: total?.n ?? 0 };
    },

    /** A class's trainees with their person's name and certificate (level, number). */
    trainees: (classId: string) =>
      db
        .select({
          id: trainingTrainees.id,
          personId: trainingTrainees.personId,
          name: persons.name,
          idNumberMasked: persons.idNumberMasked,
          group: trainingTrainees.group,
          status: trainingTrainees.status,
          attendedDays: trainingTrainees.attendedDays,
          result: trainingTrainees.result,
          certificateId: trainingTrainees.certificateId,
          certificateLevel: certs.level,
          certificateNumber: certs.number,
          orgId: trainingTrainees.orgId,
          orgPath: trainingTrainees.orgPath,
        })
        .from(trainingTrainees)
        .innerJoin(persons, eq(persons.id, trainingTrainees.personId))
        .leftJoin(certs, eq(certs.id, trainingTrainees.certificateId))
        .where(eq(trainingTrainees.classId, classId))
        .orderBy(asc(trainingTrainees.enrolledOn), asc(persons.name)),

    /** Locks the class row for the rest of the transaction (roster submission). */
    lockForUpdate: (id: string) =>
      db
        .select({ id: tc.id })
        .from(tc)
        .where(eq(tc.id, id))
        .for('update')
        .then(() => undefined),

    setTraineeStatus: (ids: string[], status: 'completed' | 'not_completed') =>
      ids.length === 0
        ? Promise.resolve()
        : db
            .update(trainingTrainees)
            .set({ status, updatedAt: new Date() })
            .where(and(inArray(trainingTrainees.id, ids), eq(trainingTrainees.status, 'enrolled')))
            .then(() => undefined),
  };
}

export type TraineeOfClass = Awaited<ReturnType<ReturnType<typeof createClassesRepo>['trainees']>>[number];
