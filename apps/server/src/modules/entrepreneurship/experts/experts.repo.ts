import { and, asc, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { roles, userRoles, users } from '../../../platform/access/access.schema.ts';
import {
  entrepreneurshipExpertRatings as ratings,
  entrepreneurshipPlanReviews as reviews,
} from '../files/files.schema.ts';
import { entrepreneurshipExperts as experts } from './experts.schema.ts';

export type ExpertRow = typeof experts.$inferSelect;

const ratingAvg = sql<
  string | null
>`(select round(avg(${ratings.score})::numeric, 2)::text from ${ratings} where ${ratings.expertId} = ${experts.id})`;
const ratingCount = sql<number>`(select count(*)::int from ${ratings} where ${ratings.expertId} = ${experts.id})`;
const reviewCount = sql<number>`(select count(*)::int from ${reviews} where ${reviews.expertId} = ${experts.id} and ${reviews.reviewedOn} is not null)`;

export function createExpertsRepo(db: Executor) {
  const select = (where: SQL) =>
    db
      .select({
        id: experts.id,
        name: experts.name,
        field: experts.field,
        organisation: experts.organisation,
        qualifications: experts.qualifications,
        status: experts.status,
        statusReason: experts.statusReason,
        userId: experts.userId,
        username: users.username,
        orgId: experts.orgId,
        orgPath: experts.orgPath,
        version: experts.version,
        averageRating: ratingAvg,
        ratings: ratingCount,
        reviews: reviewCount,
      })
      .from(experts)
      .leftJoin(users, eq(users.id, experts.userId))
      .where(where)
      .orderBy(asc(experts.name), asc(experts.id))
      .limit(1000);

  return {
    list: select,
    find: async (id: string, scope: SQL) => (await select(and(eq(experts.id, id), scope)!))[0],
    insert: async (values: typeof experts.$inferInsert) =>
      (await db.insert(experts).values(values).returning())[0]!,
    update: async (id: string, version: number, values: Partial<typeof experts.$inferInsert>) =>
      (
        await db
          .update(experts)
          .set({ ...values, version: version + 1, updatedAt: new Date() })
          .where(and(eq(experts.id, id), eq(experts.version, version)))
          .returning()
      )[0],
    /** every expert's sign-in account, to show which accounts are taken */
    linkedAccounts: () =>
      db
        .select({ userId: experts.userId, name: experts.name })
        .from(experts)
        .where(isNotNull(experts.userId)),
    /** the user holds the `expert` role, so linking cannot hand review rights to a staff account */
    async isExpertUser(userId: string) {
      const rows = await db
        .select({ id: userRoles.userId })
        .from(userRoles)
        .innerJoin(roles, eq(roles.id, userRoles.roleId))
        .where(and(eq(userRoles.userId, userId), eq(roles.code, 'expert')));
      return rows.length > 0;
    },
  };
}
