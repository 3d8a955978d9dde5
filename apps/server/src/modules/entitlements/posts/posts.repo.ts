import { and, asc, count, desc, eq, isNotNull, isNull, like, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { employers } from '../../registry/employers/employers.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { escapeLike } from '../../registry/registrations/registrations.repo.ts';
import { difficultyDeterminations } from '../../registry/registrations/registrations.schema.ts';
import { entitlements, publicWelfarePosts as p } from '../entitlements.schema.ts';

export type PostRow = typeof p.$inferSelect;
export type NewPostRow = typeof p.$inferInsert;

export interface PostFilter {
  status?: 'open' | 'ended' | undefined;
  /** holder name prefix */
  q?: string | undefined;
}

const postScoped = (actor: Actor, permission: Permission) =>
  accessFilter(actor, permission, { orgId: p.orgId, orgPath: p.orgPath, owner: p.createdBy });

/** A post with its employer's name and its holder's masked identity and the facts the clock needs. */
const columns = {
  post: p,
  employerName: employers.name,
  holderName: persons.name,
  holderIdNumberMasked: persons.idNumberMasked,
  holderGender: persons.gender,
  holderBirthDate: persons.birthDate,
};

export type PostView = {
  post: PostRow;
  employerName: string;
  holderName: string;
  holderIdNumberMasked: string;
  holderGender: '1' | '2';
  holderBirthDate: string;
};

export function createPostsRepo(db: Executor) {
  const select = () =>
    db
      .select(columns)
      .from(p)
      .innerJoin(employers, eq(employers.id, p.employerId))
      .innerJoin(persons, eq(persons.id, p.holderPersonId));

  return {
    /** The post when `permission`'s scope covers it. */
    async one(actor: Actor, id: string, permission: Permission): Promise<PostView | undefined> {
      return (await select().where(and(postScoped(actor, permission), eq(p.id, id))))[0];
    },

    async list(actor: Actor, f: PostFilter, page: { page: number; pageSize: number }) {
      const where = and(
        postScoped(actor, 'entitlement:read'),
        ...(f.status === 'open' ? [isNull(p.endedOn)] : f.status === 'ended' ? [isNotNull(p.endedOn)] : []),
        ...(f.q ? [like(persons.name, `${escapeLike(f.q)}%`)] : []),
      ) as SQL;
      const [items, [total]] = await Promise.all([
        select()
          .where(where)
          .orderBy(desc(p.startOn), asc(p.id))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(p).innerJoin(persons, eq(persons.id, p.holderPersonId)).where(where),
      ]);
      return { items, total: Number(total?.n ?? 0) };
    },

    /** The holder when `permission`'s scope covers the person, with the facts the register needs. */
    async holder(actor: Actor, personId: string, permission: Permission) {
      const [row] = await db
        .select({
          id: persons.id,
          gender: persons.gender,
          birthDate: persons.birthDate,
          orgId: persons.orgId,
          orgPath: persons.orgPath,
        })
        .from(persons)
        .where(
          and(
            accessFilter(actor, permission, {
              orgId: persons.orgId,
              orgPath: persons.orgPath,
              owner: persons.createdBy,
            }),
            eq(persons.id, personId),
          ),
        );
      return row;
    },

    /** Whether the person has an open 就业困难人员 determination. */
    async isDifficultyPerson(personId: string) {
      const [row] = await db
        .select({ id: difficultyDeterminations.id })
        .from(difficultyDeterminations)
        .where(
          and(eq(difficultyDeterminations.personId, personId), isNull(difficultyDeterminations.exitedOn)),
        )
        .limit(1);
      return row !== undefined;
    },

    async employer(actor: Actor, employerId: string) {
      const [row] = await db
        .select({ id: employers.id })
        .from(employers)
        .where(
          and(
            accessFilter(actor, 'employer:read', {
              orgId: employers.orgId,
              orgPath: employers.orgPath,
              owner: employers.createdBy,
            }),
            eq(employers.id, employerId),
          ),
        );
      return row;
    },

    async openOf(personId: string) {
      const [row] = await db
        .select({ id: p.id, startOn: p.startOn })
        .from(p)
        .where(and(eq(p.holderPersonId, personId), isNull(p.endedOn)));
      return row;
    },

    insert: async (row: NewPostRow) => (await db.insert(p).values(row).returning({ id: p.id }))[0]!,

    async end(id: string, version: number, endedOn: string, endReason: string) {
      const [row] = await db
        .update(p)
        .set({ endedOn, endReason, version: version + 1, updatedAt: new Date() })
        .where(and(eq(p.id, id), eq(p.version, version), isNull(p.endedOn)))
        .returning({ version: p.version });
      return row;
    },

    async approveExtension(id: string, version: number, by: string, at: Date, note: string) {
      const [row] = await db
        .update(p)
        .set({
          extensionApprovedAt: at,
          extensionApprovedBy: by,
          extensionNote: note,
          version: version + 1,
          updatedAt: at,
        })
        .where(and(eq(p.id, id), eq(p.version, version), isNull(p.endedOn), isNull(p.extensionApprovedAt)))
        .returning({ version: p.version });
      return row;
    },

    /** The entitlements paid on the post (helper recurring's table), newest first. */
    entitlementsOf: (postId: string) =>
      db
        .select({
          id: entitlements.id,
          number: entitlements.number,
          status: entitlements.status,
          startMonth: entitlements.startMonth,
          endMonth: entitlements.endMonth,
          listedThroughMonth: entitlements.listedThroughMonth,
        })
        .from(entitlements)
        .where(eq(entitlements.postId, postId))
        .orderBy(desc(entitlements.startMonth), asc(entitlements.id)),
  };
}
