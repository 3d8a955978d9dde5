import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { users } from '../../../platform/access/access.schema.ts';
import {
  type HospitalStatus,
  healthCheckHospitalUsers,
  healthCheckHospitals as hospitals,
} from './hospitals.schema.ts';

export type HospitalRow = typeof hospitals.$inferSelect;

/** 定点体检医院 and their staff accounts. */
export function createHospitalsRepo(db: Executor) {
  return {
    list: (scope: SQL, status?: HospitalStatus) =>
      db
        .select()
        .from(hospitals)
        .where(status ? and(scope, eq(hospitals.status, status)) : scope)
        .orderBy(asc(hospitals.code))
        .limit(500),

    async row(scope: SQL, id: string) {
      const [row] = await db
        .select()
        .from(hospitals)
        .where(and(scope, eq(hospitals.id, id)));
      return row;
    },

    /** A hospital by id whoever asks: for other aggregates' checks, never shown as such. */
    async byId(id: string) {
      const [row] = await db.select().from(hospitals).where(eq(hospitals.id, id));
      return row;
    },

    /** undefined when the name or the code is taken */
    async insert(values: typeof hospitals.$inferInsert) {
      const [row] = await db.insert(hospitals).values(values).onConflictDoNothing().returning();
      return row;
    },

    /** undefined when someone else changed it first (optimistic version) */
    async update(id: string, version: number, values: Partial<typeof hospitals.$inferInsert>) {
      const [row] = await db
        .update(hospitals)
        .set({ ...values, version: version + 1, updatedAt: new Date() })
        .where(and(eq(hospitals.id, id), eq(hospitals.version, version)))
        .returning();
      return row;
    },

    staff: (hospitalId: string) =>
      db
        .select({ userId: users.id, username: users.username, displayName: users.displayName })
        .from(healthCheckHospitalUsers)
        .innerJoin(users, eq(users.id, healthCheckHospitalUsers.userId))
        .where(eq(healthCheckHospitalUsers.hospitalId, hospitalId))
        .orderBy(asc(users.username)),

    /** every hospital staff account with its hospital's name, to show which accounts are taken */
    linkedAccounts: () =>
      db
        .select({ userId: healthCheckHospitalUsers.userId, name: hospitals.name })
        .from(healthCheckHospitalUsers)
        .innerJoin(hospitals, eq(hospitals.id, healthCheckHospitalUsers.hospitalId)),

    link: (userId: string, hospitalId: string) =>
      db.insert(healthCheckHospitalUsers).values({ userId, hospitalId }).onConflictDoNothing().returning(),

    unlink: (userId: string, hospitalId: string) =>
      db
        .delete(healthCheckHospitalUsers)
        .where(
          and(
            eq(healthCheckHospitalUsers.userId, userId),
            eq(healthCheckHospitalUsers.hospitalId, hospitalId),
          ),
        )
        .returning(),
  };
}
