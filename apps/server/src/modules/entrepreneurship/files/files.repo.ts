import { and, desc, eq, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { qualificationCertificates } from '../../registry/certificates/certificates.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { trainingClasses } from '../../training/classes/classes.schema.ts';
import { trainingInstitutions } from '../../training/institutions/institutions.schema.ts';
import { trainingTrainees } from '../../training/trainees/trainees.schema.ts';
import { entrepreneurshipExperts as experts } from '../experts/experts.schema.ts';
import {
  entrepreneurshipFileEvents as events,
  entrepreneurshipFiles as files,
  entrepreneurshipBusinessPlans as plans,
} from './files.schema.ts';

export type FileRecord = typeof files.$inferSelect;
type Permission = 'entrepreneurship:read' | 'entrepreneurship:write';

/** The files an actor may read or change: through their data scope over the person's organisation. */
export const fileScope = (actor: Actor, permission: Permission = 'entrepreneurship:read') =>
  accessFilter(actor, permission, { orgId: files.orgId, orgPath: files.orgPath });

const latestPlanStatus = sql<
  string | null
>`(select ${plans.status} from ${plans} where ${plans.fileId} = ${files.id} order by ${plans.submittedOn} desc, ${plans.createdAt} desc limit 1)`;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function createFilesRepo(db: Executor) {
  const head = {
    id: files.id,
    number: files.number,
    personId: files.personId,
    name: persons.name,
    idNumberMasked: persons.idNumberMasked,
    gender: persons.gender,
    course: files.course,
    registeredOn: files.registeredOn,
    traineeId: files.traineeId,
    trainedOn: files.trainedOn,
    assessment: files.assessment,
    trainingCertificateNumber: files.trainingCertificateNumber,
    mentorExpertId: files.mentorExpertId,
    mentorName: experts.name,
    associationJoinedOn: files.associationJoinedOn,
    associationLeftOn: files.associationLeftOn,
    orgId: files.orgId,
    orgPath: files.orgPath,
    orgName: organisations.name,
    planStatus: latestPlanStatus,
    version: files.version,
  };
  const select = (where: SQL) =>
    db
      .select(head)
      .from(files)
      .innerJoin(persons, eq(persons.id, files.personId))
      .innerJoin(organisations, eq(organisations.id, files.orgId))
      .leftJoin(experts, eq(experts.id, files.mentorExpertId))
      .where(where);

  return {
    /** A page of the files in scope, newest first, optionally by name prefix or file number. */
    list: (scope: SQL, q: { q?: string | undefined; page: number; pageSize: number }) => {
      const text = q.q?.trim();
      const match = text
        ? or(like(persons.name, `${escapeLike(text)}%`), eq(files.number, text.toUpperCase()))
        : undefined;
      return select(and(scope, match)!)
        .orderBy(desc(files.registeredOn), desc(files.number))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize);
    },
    find: async (id: string, scope: SQL) => (await select(and(eq(files.id, id), scope)!))[0],
    byPerson: async (personId: string) =>
      (
        await db
          .select({ id: files.id, number: files.number })
          .from(files)
          .where(eq(files.personId, personId))
      )[0],
    /** The persons among these who already have a file. */
    async withFile(personIds: string[]) {
      if (personIds.length === 0) return new Set<string>();
      const rows = await db
        .select({ personId: files.personId })
        .from(files)
        .where(inArray(files.personId, personIds));
      return new Set(rows.map((r) => r.personId));
    },
    insert: async (values: typeof files.$inferInsert) =>
      (await db.insert(files).values(values).returning())[0]!,
    update: async (id: string, version: number, values: Partial<typeof files.$inferInsert>) =>
      (
        await db
          .update(files)
          .set({ ...values, version: version + 1, updatedAt: new Date() })
          .where(and(eq(files.id, id), eq(files.version, version)))
          .returning()
      )[0],
    event: (values: typeof events.$inferInsert) => db.insert(events).values(values),
    events: (fileId: string) => db.select().from(events).where(eq(events.fileId, fileId)),

    /** A registry person the actor may register (write scope over the person's organisation). */
    person: async (actor: Actor, personId: string) =>
      (
        await db
          .select({ id: persons.id, name: persons.name, orgId: persons.orgId, orgPath: persons.orgPath })
          .from(persons)
          .where(
            and(
              eq(persons.id, personId),
              accessFilter(actor, 'entrepreneurship:write', {
                orgId: persons.orgId,
                orgPath: persons.orgPath,
              }),
            ),
          )
      )[0],

    /** A trainee record with its class, for the file's training record and assessment. */
    trainee: async (traineeId: string) =>
      (
        await db
          .select({
            id: trainingTrainees.id,
            personId: trainingTrainees.personId,
            programme: trainingTrainees.programme,
            classId: trainingClasses.id,
            classNumber: trainingClasses.number,
            occupation: trainingClasses.occupation,
            institutionName: trainingInstitutions.name,
            startsOn: trainingTrainees.startsOn,
            endsOn: trainingTrainees.endsOn,
            status: trainingTrainees.status,
            result: trainingTrainees.result,
            resultOn: trainingTrainees.resultOn,
            certificateNumber: qualificationCertificates.number,
          })
          .from(trainingTrainees)
          .innerJoin(trainingClasses, eq(trainingClasses.id, trainingTrainees.classId))
          .innerJoin(trainingInstitutions, eq(trainingInstitutions.id, trainingClasses.institutionId))
          .leftJoin(
            qualificationCertificates,
            eq(qualificationCertificates.id, trainingTrainees.certificateId),
          )
          .where(eq(trainingTrainees.id, traineeId))
      )[0],

    /** The trainees of an entrepreneurship class within the actor's write scope. */
    classTrainees: (actor: Actor, classId: string) =>
      db
        .select({
          id: trainingTrainees.id,
          personId: trainingTrainees.personId,
          orgId: trainingTrainees.orgId,
          orgPath: trainingTrainees.orgPath,
          enrolledOn: trainingTrainees.enrolledOn,
          status: trainingTrainees.status,
          programme: trainingTrainees.programme,
          occupation: trainingClasses.occupation,
        })
        .from(trainingTrainees)
        .innerJoin(trainingClasses, eq(trainingClasses.id, trainingTrainees.classId))
        .where(
          and(
            eq(trainingTrainees.classId, classId),
            accessFilter(actor, 'entrepreneurship:write', {
              orgId: trainingTrainees.orgId,
              orgPath: trainingTrainees.orgPath,
            }),
          ),
        ),
  };
}
