import { and, asc, count, eq, like, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { persons } from '../persons/persons.schema.ts';
import {
  households,
  householdMembers as members,
  zeroEmploymentHouseholds as zeh,
} from './households.schema.ts';

export const zeroEmploymentFilters = ['active', 'eliminated', 'never'] as const;
export type ZeroEmploymentFilter = (typeof zeroEmploymentFilters)[number];

export interface HouseholdFilter {
  /** Household number prefix or head name prefix. */
  q?: string;
  /** Materialised path of the `orgId` filter: that organisation's subtree. */
  orgPath?: string;
  zeroEmployment?: ZeroEmploymentFilter;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export const householdScoped = (actor: Actor, permission: Permission) =>
  accessFilter(actor, permission, {
    orgId: households.orgId,
    orgPath: households.orgPath,
    owner: households.createdBy,
  });

const anyRecognition = sql`exists (select 1 from ${zeh} where ${zeh.householdId} = ${households.id})`;
const activeRecognition = sql`exists (select 1 from ${zeh} where ${zeh.householdId} = ${households.id} and ${zeh.status} = 'active')`;

function filterSql(f: HouseholdFilter): (SQL | undefined)[] {
  const q = f.q ? `${escapeLike(f.q)}%` : undefined;
  return [
    q ? or(like(households.number, q), like(persons.name, q)) : undefined,
    f.orgPath ? like(households.orgPath, `${escapeLike(f.orgPath)}%`) : undefined,
    f.zeroEmployment === 'active' ? activeRecognition : undefined,
    f.zeroEmployment === 'eliminated' ? and(anyRecognition, sql`not ${activeRecognition}`) : undefined,
    f.zeroEmployment === 'never' ? sql`not ${anyRecognition}` : undefined,
  ];
}

const itemColumns = {
  id: households.id,
  number: households.number,
  address: households.address,
  headPersonId: households.headPersonId,
  headName: persons.name,
  orgId: households.orgId,
  orgName: organisations.name,
  memberCount: sql<number>`(select count(*) from ${members} where ${members.householdId} = ${households.id})::int`,
  zeroEmploymentStatus: sql<
    'active' | 'eliminated' | null
  >`(select case when count(*) = 0 then null when bool_or(${zeh.status} = 'active') then 'active' else 'eliminated' end from ${zeh} where ${zeh.householdId} = ${households.id})`,
};

const detailColumns = {
  ...itemColumns,
  createdAt: households.createdAt,
  updatedAt: households.updatedAt,
  version: households.version,
};

const toItem = <
  T extends { orgId: number; orgName: string; headPersonId: string | null; headName: string | null },
>({
  orgId,
  orgName,
  headPersonId,
  headName,
  ...rest
}: T) => ({
  ...rest,
  head: headPersonId ? { id: headPersonId, name: headName ?? '' } : null,
  org: { id: orgId, name: orgName },
});

export type HouseholdRow = typeof households.$inferSelect;
export type NewHouseholdRow = typeof households.$inferInsert;

export function createHouseholdsRepo(db: Executor) {
  const base = () =>
    db
      .select(detailColumns)
      .from(households)
      .innerJoin(organisations, eq(organisations.id, households.orgId))
      .leftJoin(persons, eq(persons.id, households.headPersonId));

  return {
    async list(actor: Actor, f: HouseholdFilter, page: { page: number; pageSize: number }) {
      const where = and(householdScoped(actor, 'person:read'), ...filterSql(f));
      const [rows, [total]] = await Promise.all([
        base()
          .where(where)
          .orderBy(asc(households.number), asc(households.id))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db
          .select({ n: count() })
          .from(households)
          .leftJoin(persons, eq(persons.id, households.headPersonId))
          .where(where),
      ]);
      return { items: rows.map(toItem), total: Number(total?.n ?? 0) };
    },

    async detail(actor: Actor, id: string, permission: Permission = 'person:read') {
      const [row] = await base().where(and(householdScoped(actor, permission), eq(households.id, id)));
      return row ? toItem(row) : undefined;
    },

    /** The full row when the household is in the actor's scope for `permission`. */
    async row(actor: Actor, id: string, permission: Permission): Promise<HouseholdRow | undefined> {
      const [row] = await db
        .select()
        .from(households)
        .where(and(householdScoped(actor, permission), eq(households.id, id)));
      return row;
    },

    members: (householdId: string) =>
      db
        .select({
          personId: persons.id,
          name: persons.name,
          idNumberMasked: persons.idNumberMasked,
          gender: persons.gender,
          birthDate: persons.birthDate,
          hukouType: persons.hukouType,
          relation: members.relation,
        })
        .from(members)
        .innerJoin(persons, eq(persons.id, members.personId))
        .where(eq(members.householdId, householdId))
        .orderBy(sql`${members.relation} = 'head' desc`, asc(persons.birthDate), asc(persons.id)),

    /** The household a person belongs to, if any (unscoped: callers check the person first). */
    membershipOf: async (personId: string) =>
      (
        await db
          .select({ householdId: members.householdId, relation: members.relation })
          .from(members)
          .where(eq(members.personId, personId))
      )[0],

    existsByNumber: async (number: string) =>
      (await db.select({ id: households.id }).from(households).where(eq(households.number, number)).limit(1))
        .length > 0,

    /** A person when in the actor's scope for `permission`. */
    async person(actor: Actor, personId: string, permission: Permission) {
      const [row] = await db
        .select({ id: persons.id, name: persons.name })
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

    /** The organisation a household may be registered in: inside the actor's `person:write` scope. */
    async writableOrg(actor: Actor, orgId: number) {
      const [row] = await db
        .select({ id: organisations.id, path: organisations.path })
        .from(organisations)
        .where(
          and(
            eq(organisations.id, orgId),
            accessFilter(actor, 'person:write', { orgId: organisations.id, orgPath: organisations.path }),
          ),
        );
      return row;
    },

    orgPath: async (orgId: number) =>
      (
        await db.select({ path: organisations.path }).from(organisations).where(eq(organisations.id, orgId))
      )[0]?.path,

    insert: async (row: NewHouseholdRow) =>
      (await db.insert(households).values(row).returning({ id: households.id }))[0]!,

    addMember: (row: typeof members.$inferInsert) => db.insert(members).values(row),

    removeMember: (householdId: string, personId: string) =>
      db
        .delete(members)
        .where(and(eq(members.householdId, householdId), eq(members.personId, personId)))
        .returning({ personId: members.personId }),

    setRelation: (householdId: string, personId: string, relation: string) =>
      db
        .update(members)
        .set({ relation })
        .where(and(eq(members.householdId, householdId), eq(members.personId, personId))),

    /** Optimistic update: only when the version still matches; answers the new version or undefined. */
    async update(id: string, version: number, patch: Partial<NewHouseholdRow>) {
      const [row] = await db
        .update(households)
        .set({ ...patch, version: version + 1, updatedAt: new Date() })
        .where(and(eq(households.id, id), eq(households.version, version)))
        .returning({ version: households.version });
      return row;
    },

    /** Bumps the version when the membership changes, so a stale editor notices. */
    touch: (id: string) =>
      db
        .update(households)
        .set({ version: sql`${households.version} + 1`, updatedAt: new Date() })
        .where(eq(households.id, id)),
  };
}

export type HouseholdsRepo = ReturnType<typeof createHouseholdsRepo>;
