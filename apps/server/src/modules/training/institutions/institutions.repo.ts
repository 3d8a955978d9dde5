import { and, asc, count, desc, eq, ilike, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { roles, userRoles, users } from '../../../platform/access/access.schema.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { objections } from '../../cases/finance/case-finance.schema.ts';
import { trainingReadFilter } from '../institution-scope.ts';
import {
  type InstitutionStatus,
  trainingInstitutionEvents,
  trainingInstitutionSites,
  trainingInstitutions,
  trainingInstitutionTeachers,
  trainingInstitutionUsers,
} from './institutions.schema.ts';

export type InstitutionRow = typeof trainingInstitutions.$inferSelect;
export type TeacherRow = typeof trainingInstitutionTeachers.$inferSelect;
export type SiteRow = typeof trainingInstitutionSites.$inferSelect;

const scopeCols = {
  orgId: trainingInstitutions.orgId,
  orgPath: trainingInstitutions.orgPath,
  institutionId: trainingInstitutions.id,
};

/** Who may read an institution: the bureau by its data scope, the staff their own one only. */
export const readScope = (db: Executor, actor: Actor) => trainingReadFilter(db, actor, scopeCols);
/** Who may manage (review, designate, supervise) an institution: the bureau by its data scope. */
export const manageScope = (actor: Actor) => accessFilter(actor, 'training:manage', scopeCols);

export function createInstitutionsRepo(db: Executor) {
  return {
    /** The institution when `scope` lets the actor see it; `lock` takes its row lock. */
    async row(scope: SQL, id: string, lock = false): Promise<InstitutionRow | undefined> {
      const q = db
        .select()
        .from(trainingInstitutions)
        .where(and(scope, eq(trainingInstitutions.id, id)));
      return (await (lock ? q.for('update') : q))[0];
    },

    async list(
      scope: SQL,
      f: { status?: InstitutionStatus | undefined; q?: string | undefined },
      page: { page: number; pageSize: number },
    ) {
      const where = and(
        scope,
        f.status ? eq(trainingInstitutions.status, f.status) : undefined,
        f.q ? ilike(trainingInstitutions.name, `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
      );
      const items = await db
        .select()
        .from(trainingInstitutions)
        .where(where)
        .orderBy(desc(trainingInstitutions.appliedOn), desc(trainingInstitutions.number))
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize);
      const [{ total }] = (await db.select({ total: count() }).from(trainingInstitutions).where(where)) as [
        { total: number },
      ];
      return { items, total };
    },

    byCreditCode: async (creditCode: string) =>
      (
        await db
          .select({ id: trainingInstitutions.id })
          .from(trainingInstitutions)
          .where(eq(trainingInstitutions.creditCode, creditCode))
      )[0],

    insert: async (row: typeof trainingInstitutions.$inferInsert) =>
      (await db.insert(trainingInstitutions).values(row).returning())[0]!,

    /** Optimistic update: undefined when another writer got there first. */
    async update(id: string, version: number, patch: Partial<typeof trainingInstitutions.$inferInsert>) {
      const [row] = await db
        .update(trainingInstitutions)
        .set({ ...patch, version: version + 1, updatedAt: new Date() })
        .where(and(eq(trainingInstitutions.id, id), eq(trainingInstitutions.version, version)))
        .returning();
      return row;
    },

    teachers: (institutionId: string) =>
      db
        .select()
        .from(trainingInstitutionTeachers)
        .where(eq(trainingInstitutionTeachers.institutionId, institutionId))
        .orderBy(asc(trainingInstitutionTeachers.createdAt), asc(trainingInstitutionTeachers.id)),
    teacher: async (institutionId: string, id: string) =>
      (
        await db
          .select()
          .from(trainingInstitutionTeachers)
          .where(
            and(
              eq(trainingInstitutionTeachers.institutionId, institutionId),
              eq(trainingInstitutionTeachers.id, id),
            ),
          )
      )[0],
    insertTeachers: async (rows: (typeof trainingInstitutionTeachers.$inferInsert)[]) =>
      rows.length ? db.insert(trainingInstitutionTeachers).values(rows).returning() : [],
    /** Optimistic update: undefined when another writer got there first. */
    updateTeacher: async (
      id: string,
      version: number,
      patch: Partial<typeof trainingInstitutionTeachers.$inferInsert>,
    ) =>
      (
        await db
          .update(trainingInstitutionTeachers)
          .set({ ...patch, version: version + 1 })
          .where(
            and(eq(trainingInstitutionTeachers.id, id), eq(trainingInstitutionTeachers.version, version)),
          )
          .returning()
      )[0],

    sites: (institutionId: string) =>
      db
        .select()
        .from(trainingInstitutionSites)
        .where(eq(trainingInstitutionSites.institutionId, institutionId))
        .orderBy(asc(trainingInstitutionSites.createdAt), asc(trainingInstitutionSites.id)),
    site: async (institutionId: string, id: string) =>
      (
        await db
          .select()
          .from(trainingInstitutionSites)
          .where(
            and(
              eq(trainingInstitutionSites.institutionId, institutionId),
              eq(trainingInstitutionSites.id, id),
            ),
          )
      )[0],
    insertSites: async (rows: (typeof trainingInstitutionSites.$inferInsert)[]) =>
      rows.length ? db.insert(trainingInstitutionSites).values(rows).returning() : [],
    /** Optimistic update: undefined when another writer got there first. */
    updateSite: async (
      id: string,
      version: number,
      patch: Partial<typeof trainingInstitutionSites.$inferInsert>,
    ) =>
      (
        await db
          .update(trainingInstitutionSites)
          .set({ ...patch, version: version + 1 })
          .where(and(eq(trainingInstitutionSites.id, id), eq(trainingInstitutionSites.version, version)))
          .returning()
      )[0],

    events: (institutionId: string) =>
      db
        .select()
        .from(trainingInstitutionEvents)
        .where(eq(trainingInstitutionEvents.institutionId, institutionId))
        .orderBy(asc(trainingInstitutionEvents.at), asc(trainingInstitutionEvents.id)),
    insertEvent: (row: typeof trainingInstitutionEvents.$inferInsert) =>
      db.insert(trainingInstitutionEvents).values(row),

    /** The institution's staff accounts (names of accounts, shown to the bureau only). */
    staff: (institutionId: string) =>
      db
        .select({ userId: users.id, username: users.username, displayName: users.displayName })
        .from(trainingInstitutionUsers)
        .innerJoin(users, eq(users.id, trainingInstitutionUsers.userId))
        .where(eq(trainingInstitutionUsers.institutionId, institutionId))
        .orderBy(asc(users.username)),
    link: (userId: string, institutionId: string) =>
      db.insert(trainingInstitutionUsers).values({ userId, institutionId }),
    unlink: async (userId: string, institutionId: string) =>
      (
        await db
          .delete(trainingInstitutionUsers)
          .where(
            and(
              eq(trainingInstitutionUsers.userId, userId),
              eq(trainingInstitutionUsers.institutionId, institutionId),
            ),
          )
          .returning()
      ).length,

    /** The institution-role accounts the actor's `training:manage` scope reaches, with their link. */
    accounts: (actor: Actor) =>
      db
        .select({
          userId: users.id,
          username: users.username,
          displayName: users.displayName,
          institutionId: trainingInstitutionUsers.institutionId,
        })
        .from(users)
        .innerJoin(organisations, eq(organisations.id, users.orgId))
        .innerJoin(userRoles, eq(userRoles.userId, users.id))
        .innerJoin(roles, eq(roles.id, userRoles.roleId))
        .leftJoin(trainingInstitutionUsers, eq(trainingInstitutionUsers.userId, users.id))
        .where(
          and(
            eq(roles.code, 'training_institution'),
            eq(users.status, 'active'),
            accessFilter(actor, 'training:manage', { orgId: users.orgId, orgPath: organisations.path }),
          ),
        )
        .orderBy(asc(users.username))
        .limit(500),

    /** Objections on a notice by status (open / upheld / dismissed). */
    async objectionCounts(noticeId: string) {
      const rows = await db
        .select({ status: objections.status, n: count() })
        .from(objections)
        .where(eq(objections.noticeId, noticeId))
        .groupBy(objections.status);
      const of = (s: string) => rows.find((r) => r.status === s)?.n ?? 0;
      return { open: of('open'), upheld: of('upheld'), dismissed: of('dismissed') };
    },
  };
}

export type InstitutionsRepo = ReturnType<typeof createInstitutionsRepo>;
