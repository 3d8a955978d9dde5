import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { qualificationCertificates as certs } from '../../registry/certificates/certificates.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { caseScope } from '../cases.repo.ts';
import { caseBatches, cases } from '../cases.schema.ts';
import { payments } from '../finance/case-finance.schema.ts';

export type BatchRow = typeof caseBatches.$inferSelect;

const batchScope = (actor: Actor) =>
  accessFilter(actor, 'case:read', {
    orgId: caseBatches.orgId,
    orgPath: caseBatches.orgPath,
    owner: caseBatches.createdBy,
  });

export function createBatchRepo(db: Executor) {
  return {
    /** Persons the actor may read, by ID-number lookup hash (unknown or out of scope: absent). */
    async personsByHash(actor: Actor, hashes: string[]) {
      if (hashes.length === 0) return new Map<string, { id: string; name: string }>();
      const rows = await db
        .select({ id: persons.id, name: persons.name, hash: persons.idNumberHash })
        .from(persons)
        .where(
          and(
            accessFilter(actor, 'person:read', {
              orgId: persons.orgId,
              orgPath: persons.orgPath,
              owner: persons.createdBy,
            }),
            inArray(persons.idNumberHash, hashes),
          ),
        );
      return new Map(rows.map((r) => [r.hash, { id: r.id, name: r.name }]));
    },

    /** Registered certificates by number (numbers are unique city-wide). */
    async certificatesByNumber(numbers: string[]) {
      if (numbers.length === 0) return new Map<string, typeof certs.$inferSelect>();
      const rows = await db.select().from(certs).where(inArray(certs.number, numbers));
      return new Map(rows.map((r) => [r.number, r]));
    },

    orgName: async (id: number) =>
      (await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, id)))[0]
        ?.name ?? '',

    insert: async (row: typeof caseBatches.$inferInsert) =>
      (await db.insert(caseBatches).values(row).returning())[0]!,

    setTotals: (id: string, patch: Partial<typeof caseBatches.$inferInsert>) =>
      db
        .update(caseBatches)
        .set({ ...patch, updatedAt: new Date() })
        .where(eq(caseBatches.id, id)),

    linkCase: (caseId: string, batchId: string) =>
      db.update(cases).set({ batchId }).where(eq(cases.id, caseId)),

    async one(actor: Actor, id: string) {
      const [row] = await db
        .select()
        .from(caseBatches)
        .where(and(batchScope(actor), eq(caseBatches.id, id)));
      return row;
    },

    async list(actor: Actor, page: { page: number; pageSize: number }) {
      const where = batchScope(actor);
      const items = await db
        .select()
        .from(caseBatches)
        .where(where)
        .orderBy(desc(caseBatches.createdAt), desc(caseBatches.id))
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize);
      const [{ total }] = (await db.select({ total: count() }).from(caseBatches).where(where)) as [
        { total: number },
      ];
      return { items, total };
    },

    /** The batch's cases the actor may read, with the amount actually paid to each. */
    async casesOf(actor: Actor, batchId: string) {
      const rows = await db
        .select({
          id: cases.id,
          number: cases.number,
          status: cases.status,
          applicantName: cases.applicantName,
          application: cases.application,
          approvedAmountFen: cases.approvedAmountFen,
          version: cases.version,
        })
        .from(cases)
        .where(and(caseScope(actor, 'case:read'), eq(cases.batchId, batchId)))
        .orderBy(asc(cases.number));
      const ids = rows.map((r) => r.id);
      const paid =
        ids.length === 0
          ? []
          : await db
              .select({ caseId: payments.caseId, amountFen: payments.amountFen })
              .from(payments)
              .where(and(inArray(payments.caseId, ids), inArray(payments.status, ['paid', 'reconciled'])));
      const paidBy = new Map(paid.map((p) => [p.caseId, p.amountFen]));
      return rows.map((r) => ({ ...r, paidFen: paidBy.get(r.id) ?? 0 }));
    },
  };
}
