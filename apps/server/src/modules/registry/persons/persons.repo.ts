import { and, asc, count, desc, eq, like, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { dictItems } from '../../../platform/dictionaries/dictionaries.schema.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { labourContracts } from '../contracts/contracts.schema.ts';
import {
  difficultyDeterminations,
  employmentRegistrations,
  unemploymentRegistrations,
} from '../registrations/registrations.schema.ts';
import { persons } from './persons.schema.ts';

export const personSorts = ['name', '-name', 'birthDate', '-birthDate', 'createdAt', '-createdAt'] as const;
export type PersonSort = (typeof personSorts)[number];

/** How the list is narrowed: the search `q` is already resolved to one of these by the service. */
export interface PersonFilter {
  idHash?: string;
  phoneHash?: string;
  namePrefix?: string;
  /** Materialised path of the `orgId` filter: that organisation's subtree. */
  orgPath?: string;
  gender?: '1' | '2';
  /** Dictionary code (`hukou_type`). */
  hukouType?: string;
  /** Works there on that day: an unfinished labour contract or an open employment registration. */
  worksAt?: { employerId: string; today: string };
  /** An open employment-difficulty determination of this category. */
  difficultyCategory?: string;
  /** An open employment (`employed`) or unemployment (`unemployed`) registration. */
  employment?: 'employed' | 'unemployed';
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Names compared and sorted byte-wise (collation "C", which orders Chinese characters by radical
 * and stroke as Unicode does), whatever the database locale: one index on (name "C", id) then
 * serves both a name-prefix LIKE and the name order, so a search stops after one page of rows.
 */
const nameC = sql<string>`${persons.name} collate "C"`;

/**
 * Lists count at most this many rows (beyond it the total reads "超过 1000 条"): counting every
 * match of a common surname among a million persons would cost more than the page itself.
 */
export const PERSON_COUNT_CAP = 1000;

const scoped = (actor: Actor, permission: Permission) =>
  accessFilter(actor, permission, {
    orgId: persons.orgId,
    orgPath: persons.orgPath,
    owner: persons.createdBy,
  });

/** Works there on `today`: a contract not ended, or an employment registration not closed. */
const worksAt = ({ employerId, today }: { employerId: string; today: string }) => {
  return sql`(exists (select 1 from ${labourContracts} c where c.person_id = ${persons.id}
      and c.employer_id = ${employerId} and c.ended_on is null and (c.ends_on is null or c.ends_on >= ${today}))
    or exists (select 1 from ${employmentRegistrations} e where e.person_id = ${persons.id}
      and e.employer_id = ${employerId} and e.ended_on is null))`;
};

const filterSql = (f: PersonFilter): SQL[] => [
  ...(f.idHash ? [eq(persons.idNumberHash, f.idHash)] : []),
  ...(f.phoneHash ? [eq(persons.phoneHash, f.phoneHash)] : []),
  ...(f.namePrefix ? [like(nameC, `${escapeLike(f.namePrefix)}%`)] : []),
  ...(f.orgPath ? [like(persons.orgPath, `${escapeLike(f.orgPath)}%`)] : []),
  ...(f.gender ? [eq(persons.gender, f.gender)] : []),
  ...(f.hukouType ? [eq(persons.hukouType, f.hukouType)] : []),
  ...(f.worksAt ? [worksAt(f.worksAt)] : []),
  ...(f.difficultyCategory
    ? [
        sql`exists (select 1 from ${difficultyDeterminations} d where d.person_id = ${persons.id}
          and d.category = ${f.difficultyCategory} and d.exited_on is null)`,
      ]
    : []),
  ...(f.employment === 'employed'
    ? [
        sql`exists (select 1 from ${employmentRegistrations} e where e.person_id = ${persons.id} and e.ended_on is null)`,
      ]
    : []),
  ...(f.employment === 'unemployed'
    ? [
        sql`exists (select 1 from ${unemploymentRegistrations} u where u.person_id = ${persons.id} and u.ended_on is null)`,
      ]
    : []),
];

const sortColumn = { name: nameC, birthDate: persons.birthDate, createdAt: persons.createdAt };

const itemColumns = {
  id: persons.id,
  name: persons.name,
  idNumberMasked: persons.idNumberMasked,
  gender: persons.gender,
  birthDate: persons.birthDate,
  hukouType: persons.hukouType,
  phoneMasked: persons.phoneMasked,
  orgId: persons.orgId,
  orgName: organisations.name,
};

const detailColumns = {
  ...itemColumns,
  ethnicity: persons.ethnicity,
  education: persons.education,
  hukouPlace: persons.hukouPlace,
  address: persons.address,
  createdAt: persons.createdAt,
  updatedAt: persons.updatedAt,
  version: persons.version,
};

const toItem = <T extends { orgId: number; orgName: string }>({ orgId, orgName, ...rest }: T) => ({
  ...rest,
  org: { id: orgId, name: orgName },
});

export type PersonRow = typeof persons.$inferSelect;
export type NewPersonRow = typeof persons.$inferInsert;

export function createPersonsRepo(db: Executor) {
  return {
    async list(actor: Actor, f: PersonFilter, page: { page: number; pageSize: number; sort: PersonSort }) {
      const where = and(scoped(actor, 'person:read'), ...filterSql(f));
      const key = page.sort.replace(/^-/, '') as keyof typeof sortColumn;
      const dir = page.sort.startsWith('-') ? desc : asc;
      // The id breaks ties in the same direction, so (column, id) indexes serve both directions.
      const capped = db
        .select({ one: sql`1` })
        .from(persons)
        .where(where)
        .limit(PERSON_COUNT_CAP + 1)
        .as('capped');
      const [rows, [counted]] = await Promise.all([
        db
          .select(itemColumns)
          .from(persons)
          .innerJoin(organisations, eq(organisations.id, persons.orgId))
          .where(where)
          .orderBy(dir(sortColumn[key]), dir(persons.id))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(capped),
      ]);
      const n = Number(counted?.n ?? 0);
      return {
        items: rows.map(toItem),
        total: Math.min(n, PERSON_COUNT_CAP),
        totalCapped: n > PERSON_COUNT_CAP,
      };
    },

    count: async (actor: Actor, permission: Permission, f: PersonFilter) =>
      Number(
        (
          await db
            .select({ n: count() })
            .from(persons)
            .where(and(scoped(actor, permission), ...filterSql(f)))
        )[0]?.n ?? 0,
      ),

    /** One batch of the export, in (name, id) order, after the given key (keyset paging, no OFFSET). */
    async exportBatch(
      actor: Actor,
      f: PersonFilter,
      after: { name: string; id: string } | null,
      limit: number,
    ) {
      return db
        .select({ ...detailColumns, phoneMasked: persons.phoneMasked })
        .from(persons)
        .innerJoin(organisations, eq(organisations.id, persons.orgId))
        .where(
          and(
            scoped(actor, 'person:export'),
            ...filterSql(f),
            after ? sql`(${nameC}, ${persons.id}) > (${after.name}, ${after.id})` : undefined,
          ),
        )
        .orderBy(asc(nameC), asc(persons.id))
        .limit(limit);
    },

    async detail(actor: Actor, id: string, permission: Permission = 'person:read') {
      const [row] = await db
        .select(detailColumns)
        .from(persons)
        .innerJoin(organisations, eq(organisations.id, persons.orgId))
        .where(and(scoped(actor, permission), eq(persons.id, id)));
      return row ? toItem(row) : undefined;
    },

    /** The full row (encrypted fields included) when the record is in the actor's scope for `permission`. */
    async row(actor: Actor, id: string, permission: Permission): Promise<PersonRow | undefined> {
      const [row] = await db
        .select()
        .from(persons)
        .where(and(scoped(actor, permission), eq(persons.id, id)));
      return row;
    },

    existsByIdHash: async (hash: string) =>
      (await db.select({ id: persons.id }).from(persons).where(eq(persons.idNumberHash, hash)).limit(1))
        .length > 0,

    /**
     * The organisation a person may be registered in: inside the actor's `person:write` scope. A
     * `self` scope (training institutions) names records, not organisations, so there the
     * organisation must lie in the actor's own subtree.
     */
    async writableOrg(actor: Actor, orgId: number) {
      const selfScoped = actor.roles.some(
        (r) => r.dataScope === 'self' && r.permissions.includes('person:write'),
      );
      const orgScope = accessFilter(actor, 'person:write', {
        orgId: organisations.id,
        orgPath: organisations.path,
      });
      const [row] = await db
        .select({ id: organisations.id, path: organisations.path, name: organisations.name })
        .from(organisations)
        .where(
          and(
            eq(organisations.id, orgId),
            selfScoped ? or(orgScope, like(organisations.path, `${escapeLike(actor.orgPath)}%`)) : orgScope,
          ),
        );
      return row;
    },

    orgPath: async (orgId: number) =>
      (
        await db.select({ path: organisations.path }).from(organisations).where(eq(organisations.id, orgId))
      )[0]?.path,

    dictItemExists: async (typeCode: string, code: string) =>
      (
        await db
          .select({ code: dictItems.code })
          .from(dictItems)
          .where(and(eq(dictItems.typeCode, typeCode), eq(dictItems.code, code), eq(dictItems.active, true)))
      ).length > 0,

    insert: async (row: NewPersonRow) =>
      (await db.insert(persons).values(row).returning({ id: persons.id }))[0]!,

    /** Optimistic update: only when the version still matches; answers the new version or undefined. */
    async update(id: string, version: number, patch: Partial<NewPersonRow>) {
      const [row] = await db
        .update(persons)
        .set({ ...patch, version: version + 1, updatedAt: new Date() })
        .where(and(eq(persons.id, id), eq(persons.version, version)))
        .returning({ version: persons.version });
      return row;
    },
  };
}

export type PersonsRepo = ReturnType<typeof createPersonsRepo>;
