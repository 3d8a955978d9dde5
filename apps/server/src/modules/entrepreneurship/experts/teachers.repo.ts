import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { trainingInstitutions } from '../../training/institutions/institutions.schema.ts';
import { entrepreneurshipTeachers as teachers } from './experts.schema.ts';

export function createTeachersRepo(db: Executor) {
  const select = (where: SQL) =>
    db
      .select({
        id: teachers.id,
        name: teachers.name,
        certificateNumber: teachers.certificateNumber,
        course: teachers.course,
        certifiedOn: teachers.certifiedOn,
        validTo: teachers.validTo,
        institutionId: teachers.institutionId,
        institutionName: trainingInstitutions.name,
        status: teachers.status,
        statusReason: teachers.statusReason,
        version: teachers.version,
      })
      .from(teachers)
      .leftJoin(trainingInstitutions, eq(trainingInstitutions.id, teachers.institutionId))
      .where(where)
      .orderBy(asc(teachers.name), asc(teachers.certificateNumber))
      .limit(1000);

  return {
    list: select,
    find: async (id: string, scope: SQL) => (await select(and(eq(teachers.id, id), scope)!))[0],
    byCertificate: async (certificateNumber: string) =>
      (
        await db
          .select({ id: teachers.id })
          .from(teachers)
          .where(eq(teachers.certificateNumber, certificateNumber))
      )[0],
    insert: async (values: typeof teachers.$inferInsert) =>
      (await db.insert(teachers).values(values).returning())[0]!,
    update: async (id: string, version: number, values: Partial<typeof teachers.$inferInsert>) =>
      (
        await db
          .update(teachers)
          .set({ ...values, version: version + 1, updatedAt: new Date() })
          .where(and(eq(teachers.id, id), eq(teachers.version, version)))
          .returning()
      )[0],
  };
}
