import { and, asc, count, desc, eq, like, lte } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { shortageOccupations as so } from './shortage-occupations.schema.ts';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const columns = {
  id: so.id,
  occupation: so.occupation,
  catalogueName: so.catalogueName,
  publishedOn: so.publishedOn,
  refDoc: so.refDoc,
  createdAt: so.createdAt,
};

export type NewShortageOccupationRow = typeof so.$inferInsert;

export function createShortageOccupationsRepo(db: Executor) {
  return {
    async list(q: string | undefined, page: { page: number; pageSize: number }) {
      const where = q ? like(so.occupation, `${escapeLike(q)}%`) : undefined;
      const [items, [total]] = await Promise.all([
        db
          .select(columns)
          .from(so)
          .where(where)
          .orderBy(desc(so.publishedOn), asc(so.occupation), asc(so.id))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(so).where(where),
      ]);
      return { items, total: Number(total?.n ?? 0) };
    },

    one: async (id: number) => (await db.select(columns).from(so).where(eq(so.id, id)))[0],

    exists: async (occupation: string, publishedOn: string) =>
      (
        await db
          .select({ id: so.id })
          .from(so)
          .where(and(eq(so.occupation, occupation), eq(so.publishedOn, publishedOn)))
          .limit(1)
      ).length > 0,

    /** The earliest publication of `occupation` on or before `date`. */
    firstListedOnOrBefore: async (occupation: string, date: string) =>
      (
        await db
          .select({ publishedOn: so.publishedOn })
          .from(so)
          .where(and(eq(so.occupation, occupation), lte(so.publishedOn, date)))
          .orderBy(asc(so.publishedOn))
          .limit(1)
      )[0]?.publishedOn,

    insert: async (row: NewShortageOccupationRow) =>
      (await db.insert(so).values(row).returning({ id: so.id }))[0]!,
  };
}
