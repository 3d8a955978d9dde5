import { and, asc, count, desc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { users } from '../../../platform/access/access.schema.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { persons } from '../persons/persons.schema.ts';
import { personScoped, type RecordFilter, recordFilterSql } from '../registrations/registrations.repo.ts';
import { difficultyDeterminations as dd } from '../registrations/registrations.schema.ts';

const columns = {
  id: dd.id,
  personId: dd.personId,
  unemploymentRegistrationId: dd.unemploymentRegistrationId,
  category: dd.category,
  evidence: dd.evidence,
  decidedOn: dd.decidedOn,
  decidedBy: dd.decidedBy,
  decidedByName: users.displayName,
  exitedOn: dd.exitedOn,
  exitReason: dd.exitReason,
  createdAt: dd.createdAt,
  version: dd.version,
};

export type DeterminationRow = typeof dd.$inferSelect;
export type NewDeterminationRow = typeof dd.$inferInsert;

export function createDifficultyRepo(db: Executor) {
  const select = () => db.select(columns).from(dd).innerJoin(users, eq(users.id, dd.decidedBy));
  return {
    listOfPerson: (personId: string) =>
      select().where(eq(dd.personId, personId)).orderBy(desc(dd.decidedOn), asc(dd.id)),

    one: async (id: string) => (await select().where(eq(dd.id, id)))[0],

    openCategories: async (personId: string) =>
      (
        await db
          .select({ category: dd.category, decidedOn: dd.decidedOn })
          .from(dd)
          .where(and(eq(dd.personId, personId), isNull(dd.exitedOn)))
          .orderBy(asc(dd.category))
      ).map((r) => r.category),

    async openOf(personId: string, category: string) {
      const [row] = await db
        .select({ id: dd.id, decidedOn: dd.decidedOn })
        .from(dd)
        .where(and(eq(dd.personId, personId), eq(dd.category, category), isNull(dd.exitedOn)));
      return row;
    },

    async row(actor: Actor, id: string, permission: Permission): Promise<DeterminationRow | undefined> {
      const [row] = await db
        .select({ r: dd })
        .from(dd)
        .innerJoin(persons, eq(persons.id, dd.personId))
        .where(and(personScoped(actor, permission), eq(dd.id, id)));
      return row?.r;
    },

    insert: async (row: NewDeterminationRow) =>
      (await db.insert(dd).values(row).returning({ id: dd.id }))[0]!,

    async exit(id: string, version: number, exitedOn: string, exitReason: string) {
      const [row] = await db
        .update(dd)
        .set({ exitedOn, exitReason, version: version + 1, updatedAt: new Date() })
        .where(and(eq(dd.id, id), eq(dd.version, version), isNull(dd.exitedOn)))
        .returning({ version: dd.version });
      return row;
    },

    async list(
      actor: Actor,
      f: RecordFilter & { category?: string | undefined },
      page: { page: number; pageSize: number },
    ) {
      const where = and(
        personScoped(actor, 'person:read'),
        ...recordFilterSql(f, { orgPath: dd.orgPath, closedOn: dd.exitedOn, on: dd.decidedOn }),
        ...(f.category ? [eq(dd.category, f.category)] : []),
      );
      const [rows, [total]] = await Promise.all([
        db
          .select({ ...columns, personName: persons.name, idNumberMasked: persons.idNumberMasked })
          .from(dd)
          .innerJoin(users, eq(users.id, dd.decidedBy))
          .innerJoin(persons, eq(persons.id, dd.personId))
          .where(where)
          .orderBy(desc(dd.decidedOn), asc(dd.id))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(dd).innerJoin(persons, eq(persons.id, dd.personId)).where(where),
      ]);
      return { items: rows, total: Number(total?.n ?? 0) };
    },
  };
}
