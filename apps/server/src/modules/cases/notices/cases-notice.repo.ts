import { and, asc, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { trainingInstitutions } from '../../training/institutions/institutions.schema.ts';
import { benefitClaims, cases } from '../cases.schema.ts';
import { objections, publicNoticeCases, publicNotices } from '../finance/case-finance.schema.ts';

export type NoticeRow = typeof publicNotices.$inferSelect;
export type ObjectionRow = typeof objections.$inferSelect;

const noticeScope = (actor: Actor, permission: Permission) =>
  accessFilter(actor, permission, {
    orgId: publicNotices.orgId,
    orgPath: publicNotices.orgPath,
    owner: publicNotices.createdBy,
  });

export function createNoticeRepo(db: Executor) {
  return {
    /** The notice when in the actor's scope; `lock` takes its row lock (serialises writers). */
    async row(
      actor: Actor,
      id: string,
      permission: Permission,
      lock = false,
    ): Promise<NoticeRow | undefined> {
      const q = db
        .select()
        .from(publicNotices)
        .where(and(noticeScope(actor, permission), eq(publicNotices.id, id)));
      return (await (lock ? q.for('update') : q))[0];
    },

    async list(actor: Actor, f: { status?: string | undefined }, page: { page: number; pageSize: number }) {
      const where = and(
        noticeScope(actor, 'case:read'),
        f.status ? eq(publicNotices.status, f.status as NoticeRow['status']) : undefined,
      );
      const items = await db
        .select({
          id: publicNotices.id,
          number: publicNotices.number,
          title: publicNotices.title,
          caseTypeId: publicNotices.caseTypeId,
          status: publicNotices.status,
          startsOn: publicNotices.startsOn,
          endsOn: publicNotices.endsOn,
          createdAt: publicNotices.createdAt,
          version: publicNotices.version,
        })
        .from(publicNotices)
        .where(where)
        .orderBy(desc(publicNotices.createdAt), desc(publicNotices.id))
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize);
      const [{ total }] = (await db.select({ total: count() }).from(publicNotices).where(where)) as [
        { total: number },
      ];
      return { items, total };
    },

    insert: async (row: typeof publicNotices.$inferInsert) =>
      (await db.insert(publicNotices).values(row).returning())[0]!,

    /** Optimistic update of the notice (the caller holds its row lock). */
    async update(id: string, version: number, patch: Partial<typeof publicNotices.$inferInsert>) {
      const [row] = await db
        .update(publicNotices)
        .set({ ...patch, version: version + 1, updatedAt: new Date() })
        .where(and(eq(publicNotices.id, id), eq(publicNotices.version, version)))
        .returning();
      return row;
    },

    addCase: (row: typeof publicNoticeCases.$inferInsert) => db.insert(publicNoticeCases).values(row),

    /** The listed cases with their current status (masked forms only). */
    items: (noticeId: string) =>
      db
        .select({
          caseId: publicNoticeCases.caseId,
          caseNumber: cases.number,
          status: cases.status,
          maskedName: publicNoticeCases.maskedName,
          maskedIdNumber: publicNoticeCases.maskedIdNumber,
          amountFen: publicNoticeCases.amountFen,
        })
        .from(publicNoticeCases)
        .innerJoin(cases, eq(cases.id, publicNoticeCases.caseId))
        .where(eq(publicNoticeCases.noticeId, noticeId))
        .orderBy(asc(cases.number)),

    /** The training institutions a notice lists (a notice without a case type, see institutions-review). */
    institutions: (noticeId: string) =>
      db
        .select({
          id: trainingInstitutions.id,
          number: trainingInstitutions.number,
          name: trainingInstitutions.name,
          address: trainingInstitutions.address,
          occupations: trainingInstitutions.occupations,
          status: trainingInstitutions.status,
        })
        .from(trainingInstitutions)
        .where(eq(trainingInstitutions.noticeId, noticeId))
        .orderBy(asc(trainingInstitutions.number)),

    /** Name and masked ID number of the person a case concerns. */
    async personOf(personId: string) {
      const [row] = await db
        .select({ name: persons.name, idNumberMasked: persons.idNumberMasked })
        .from(persons)
        .where(eq(persons.id, personId));
      return row;
    },

    orgName: async (orgId: number) =>
      (
        await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, orgId))
      )[0]?.name ?? '',

    objections: (noticeId: string) =>
      db
        .select()
        .from(objections)
        .where(eq(objections.noticeId, noticeId))
        .orderBy(asc(objections.createdAt), asc(objections.id)),

    async objection(id: string, lock = false): Promise<ObjectionRow | undefined> {
      const q = db.select().from(objections).where(eq(objections.id, id));
      return (await (lock ? q.for('update') : q))[0];
    },

    openObjections: async (noticeId: string) =>
      (
        (await db
          .select({ n: count() })
          .from(objections)
          .where(and(eq(objections.noticeId, noticeId), eq(objections.status, 'open')))) as [{ n: number }]
      )[0].n,

    insertObjection: async (row: typeof objections.$inferInsert) =>
      (await db.insert(objections).values(row).returning())[0]!,

    async resolveObjection(id: string, version: number, patch: Partial<typeof objections.$inferInsert>) {
      const [row] = await db
        .update(objections)
        .set({ ...patch, version: version + 1 })
        .where(and(eq(objections.id, id), eq(objections.version, version), eq(objections.status, 'open')))
        .returning();
      return row;
    },

    /** Frees the once-only keys of a case whose approval an upheld objection revoked. */
    revokeClaims: (caseId: string, reason: string) =>
      db
        .update(benefitClaims)
        .set({ revokedAt: new Date(), revokeReason: reason })
        .where(and(eq(benefitClaims.caseId, caseId), isNull(benefitClaims.revokedAt))),

    caseIdsInNotice: async (noticeId: string, caseIds: string[]) =>
      (
        await db
          .select({ caseId: publicNoticeCases.caseId })
          .from(publicNoticeCases)
          .where(and(eq(publicNoticeCases.noticeId, noticeId), inArray(publicNoticeCases.caseId, caseIds)))
      ).map((r) => r.caseId),
  };
}
