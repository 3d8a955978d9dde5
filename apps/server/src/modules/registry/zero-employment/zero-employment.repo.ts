import {
  and,
  asc,
  count,
  countDistinct,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  like,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { users } from '../../../platform/access/access.schema.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { householdScoped } from '../households/households.repo.ts';
import {
  zeroEmploymentAssistance as assistance,
  households,
  householdMembers as members,
  zeroEmploymentHouseholds as zeh,
} from '../households/households.schema.ts';
import { persons } from '../persons/persons.schema.ts';
import { employmentRegistrations } from '../registrations/registrations.schema.ts';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const recognitionColumns = {
  id: zeh.id,
  householdId: zeh.householdId,
  recognisedOn: zeh.recognisedOn,
  basis: zeh.basis,
  status: zeh.status,
  eliminatedOn: zeh.eliminatedOn,
  eliminationReason: zeh.eliminationReason,
  eliminationNote: zeh.eliminationNote,
  createdAt: zeh.createdAt,
  version: zeh.version,
};

export type RecognitionRow = typeof zeh.$inferSelect;

/** What the summary counts: recognitions of households in scope, optionally in one org subtree. */
export interface SummaryFilter {
  orgPath?: string;
  from: string;
  to: string;
}

export function createZeroEmploymentRepo(db: Executor) {
  const inScope = (actor: Actor, orgPath?: string): SQL | undefined =>
    and(
      householdScoped(actor, 'person:read'),
      orgPath ? like(households.orgPath, `${escapeLike(orgPath)}%`) : undefined,
    );

  return {
    /** Every recognition of a household, newest first, each with its assistance actions. */
    async history(householdId: string) {
      const recs = await db
        .select(recognitionColumns)
        .from(zeh)
        .where(eq(zeh.householdId, householdId))
        .orderBy(desc(zeh.recognisedOn), desc(zeh.createdAt));
      if (recs.length === 0) return [];
      const actions = await db
        .select({
          id: assistance.id,
          recognitionId: assistance.recognitionId,
          actedOn: assistance.actedOn,
          kind: assistance.kind,
          description: assistance.description,
          personId: assistance.personId,
          personName: persons.name,
          recordedBy: sql<string>`coalesce(${users.displayName}, '系统')`,
          createdAt: assistance.createdAt,
        })
        .from(assistance)
        .leftJoin(persons, eq(persons.id, assistance.personId))
        .leftJoin(users, eq(users.id, assistance.recordedBy))
        .where(
          inArray(
            assistance.recognitionId,
            recs.map((r) => r.id),
          ),
        )
        .orderBy(asc(assistance.actedOn), asc(assistance.createdAt));
      return recs.map((r) => ({
        ...r,
        assistance: actions.filter((a) => a.recognitionId === r.id).map(({ recognitionId: _, ...a }) => a),
      }));
    },

    /** A recognition with its household's scope checked for `permission`. */
    async row(actor: Actor, id: string, permission: Permission) {
      const [row] = await db
        .select({ rec: zeh, headPersonId: households.headPersonId })
        .from(zeh)
        .innerJoin(households, eq(households.id, zeh.householdId))
        .where(and(householdScoped(actor, permission), eq(zeh.id, id)));
      return row?.rec;
    },

    one: async (id: string) => (await db.select(recognitionColumns).from(zeh).where(eq(zeh.id, id)))[0]!,

    /** The latest recognition of a household (active or not). */
    latest: async (householdId: string) =>
      (
        await db
          .select(recognitionColumns)
          .from(zeh)
          .where(eq(zeh.householdId, householdId))
          .orderBy(desc(zeh.recognisedOn), desc(zeh.createdAt))
          .limit(1)
      )[0],

    /** Members with an employment registration open on `on` (started by then, not ended before). */
    employedMembers: (householdId: string, on: string) =>
      db
        .select({ name: persons.name, startedOn: employmentRegistrations.startedOn })
        .from(members)
        .innerJoin(persons, eq(persons.id, members.personId))
        .innerJoin(employmentRegistrations, eq(employmentRegistrations.personId, members.personId))
        .where(
          and(
            eq(members.householdId, householdId),
            lte(employmentRegistrations.startedOn, on),
            or(isNull(employmentRegistrations.endedOn), sql`${employmentRegistrations.endedOn} > ${on}`),
          ),
        ),

    isMember: async (householdId: string, personId: string) =>
      (
        await db
          .select({ id: members.id })
          .from(members)
          .where(and(eq(members.householdId, householdId), eq(members.personId, personId)))
      ).length > 0,

    insert: async (row: typeof zeh.$inferInsert) =>
      (await db.insert(zeh).values(row).returning({ id: zeh.id }))[0]!,

    insertAssistance: async (row: typeof assistance.$inferInsert) =>
      (await db.insert(assistance).values(row).returning({ id: assistance.id }))[0]!,

    /** Optimistic elimination: only an active recognition at the expected version. */
    async eliminate(id: string, version: number, patch: Partial<typeof zeh.$inferInsert>) {
      const [row] = await db
        .update(zeh)
        .set({ ...patch, status: 'eliminated', version: version + 1, updatedAt: new Date() })
        .where(and(eq(zeh.id, id), eq(zeh.version, version), eq(zeh.status, 'active')))
        .returning({ version: zeh.version });
      return row;
    },

    /** The counts of "出现一户、帮扶一户、消除一户" for a period, and the active households. */
    async summary(actor: Actor, f: SummaryFilter) {
      const scope = inScope(actor, f.orgPath);
      const countWhere = async (where: SQL | undefined) =>
        Number(
          (
            await db
              .select({ n: count() })
              .from(zeh)
              .innerJoin(households, eq(households.id, zeh.householdId))
              .where(where)
          )[0]?.n ?? 0,
        );
      const [recognised, eliminated, active, assisted] = await Promise.all([
        countWhere(and(scope, gte(zeh.recognisedOn, f.from), lte(zeh.recognisedOn, f.to))),
        countWhere(and(scope, gte(zeh.eliminatedOn, f.from), lte(zeh.eliminatedOn, f.to))),
        countWhere(and(scope, eq(zeh.status, 'active'))),
        db
          .select({ households: countDistinct(zeh.id), actions: count() })
          .from(assistance)
          .innerJoin(zeh, eq(zeh.id, assistance.recognitionId))
          .innerJoin(households, eq(households.id, zeh.householdId))
          .where(and(scope, gte(assistance.actedOn, f.from), lte(assistance.actedOn, f.to))),
      ]);
      const unassisted = await db
        .select({
          recognitionId: zeh.id,
          householdId: households.id,
          number: households.number,
          headName: persons.name,
          recognisedOn: zeh.recognisedOn,
        })
        .from(zeh)
        .innerJoin(households, eq(households.id, zeh.householdId))
        .leftJoin(persons, eq(persons.id, households.headPersonId))
        .where(
          and(
            scope,
            eq(zeh.status, 'active'),
            sql`not exists (select 1 from ${assistance} where ${assistance.recognitionId} = ${zeh.id})`,
          ),
        )
        .orderBy(asc(zeh.recognisedOn), asc(households.number));
      return {
        recognised,
        eliminated,
        active,
        assistedHouseholds: Number(assisted[0]?.households ?? 0),
        assistanceActions: Number(assisted[0]?.actions ?? 0),
        unassisted,
      };
    },
  };
}
