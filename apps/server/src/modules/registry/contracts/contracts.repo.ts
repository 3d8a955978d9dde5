import { and, asc, count, desc, eq, gte, isNull, lte, not, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { employers } from '../employers/employers.schema.ts';
import { persons } from '../persons/persons.schema.ts';
import { labourContracts as lc } from './contracts.schema.ts';

// Contracts and contributions follow their person: a record is in scope exactly when its person is.
export const personScoped = (actor: Actor, permission: Permission) =>
  accessFilter(actor, permission, {
    orgId: persons.orgId,
    orgPath: persons.orgPath,
    owner: persons.createdBy,
  });

/** The person when in the actor's scope for `permission` (shared by contracts and contributions). */
export async function personInScope(db: Executor, actor: Actor, personId: string, permission: Permission) {
  const [row] = await db
    .select({ id: persons.id, birthDate: persons.birthDate, orgId: persons.orgId, orgPath: persons.orgPath })
    .from(persons)
    .where(and(personScoped(actor, permission), eq(persons.id, personId)));
  return row;
}

/** The employer when in the actor's `employer:read` scope: a record may only name an employer the actor sees. */
export async function employerInScope(db: Executor, actor: Actor, employerId: string) {
  const [row] = await db
    .select({ id: employers.id, name: employers.name })
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
}

const columns = {
  id: lc.id,
  personId: lc.personId,
  employerId: lc.employerId,
  employerName: employers.name,
  employerCreditCode: employers.creditCode,
  termKind: lc.termKind,
  position: lc.position,
  signedOn: lc.signedOn,
  startsOn: lc.startsOn,
  endsOn: lc.endsOn,
  endedOn: lc.endedOn,
  endReason: lc.endReason,
  createdAt: lc.createdAt,
  version: lc.version,
};

export type ContractRow = typeof lc.$inferSelect;
export type NewContractRow = typeof lc.$inferInsert;

/** In force on `day`: started, not past the agreed end, not ended early. */
const inForceOn = (day: string): SQL =>
  and(
    lte(lc.startsOn, day),
    or(isNull(lc.endsOn), gte(lc.endsOn, day)),
    or(isNull(lc.endedOn), gte(lc.endedOn, day)),
  )!;

export function createContractsRepo(db: Executor) {
  return {
    listOfPerson: (personId: string) =>
      db
        .select(columns)
        .from(lc)
        .innerJoin(employers, eq(employers.id, lc.employerId))
        .where(eq(lc.personId, personId))
        .orderBy(desc(lc.startsOn), asc(lc.id)),

    /**
     * An employer's workforce: the contracts whose person the actor may read (names are personal
     * data), and how many more there are outside that scope.
     */
    async listOfEmployer(
      actor: Actor,
      employerId: string,
      opts: { inForceOn?: string | undefined; page: number; pageSize: number },
    ) {
      const base = and(eq(lc.employerId, employerId), ...(opts.inForceOn ? [inForceOn(opts.inForceOn)] : []));
      const visible = and(base, personScoped(actor, 'person:read'));
      const [rows, [shown], [all]] = await Promise.all([
        db
          .select({ ...columns, personName: persons.name, personIdNumberMasked: persons.idNumberMasked })
          .from(lc)
          .innerJoin(employers, eq(employers.id, lc.employerId))
          .innerJoin(persons, eq(persons.id, lc.personId))
          .where(visible)
          .orderBy(desc(lc.startsOn), asc(lc.id))
          .limit(opts.pageSize)
          .offset((opts.page - 1) * opts.pageSize),
        db.select({ n: count() }).from(lc).innerJoin(persons, eq(persons.id, lc.personId)).where(visible),
        db.select({ n: count() }).from(lc).where(base),
      ]);
      const total = Number(shown?.n ?? 0);
      return { rows, total, outOfScope: Number(all?.n ?? 0) - total };
    },

    one: async (id: string) =>
      (
        await db
          .select(columns)
          .from(lc)
          .innerJoin(employers, eq(employers.id, lc.employerId))
          .where(eq(lc.id, id))
      )[0],

    /** The contract row when its person is in the actor's scope for `permission`. */
    async row(actor: Actor, id: string, permission: Permission): Promise<ContractRow | undefined> {
      const [row] = await db
        .select({ contract: lc })
        .from(lc)
        .innerJoin(persons, eq(persons.id, lc.personId))
        .where(and(personScoped(actor, permission), eq(lc.id, id)));
      return row?.contract;
    },

    /** Another contract of the person with the same employer whose agreed term overlaps [startsOn, endsOn]. */
    async overlapping(c: {
      id?: string;
      personId: string;
      employerId: string;
      startsOn: string;
      endsOn: string | null;
    }) {
      const [row] = await db
        .select({ id: lc.id, startsOn: lc.startsOn, endsOn: lc.endsOn, endedOn: lc.endedOn })
        .from(lc)
        .where(
          and(
            eq(lc.personId, c.personId),
            eq(lc.employerId, c.employerId),
            ...(c.id ? [not(eq(lc.id, c.id))] : []),
            ...(c.endsOn ? [lte(lc.startsOn, c.endsOn)] : []),
            or(isNull(lc.endedOn), gte(lc.endedOn, c.startsOn)),
            or(isNull(lc.endsOn), gte(lc.endsOn, c.startsOn)),
          ),
        )
        .limit(1);
      return row;
    },

    insert: async (row: NewContractRow) => (await db.insert(lc).values(row).returning({ id: lc.id }))[0]!,

    /** Optimistic update: only when the version still matches; answers the new version or undefined. */
    async update(id: string, version: number, patch: Partial<NewContractRow>) {
      const [row] = await db
        .update(lc)
        .set({ ...patch, version: version + 1, updatedAt: new Date() })
        .where(and(eq(lc.id, id), eq(lc.version, version)))
        .returning({ version: lc.version });
      return row;
    },
  };
}
