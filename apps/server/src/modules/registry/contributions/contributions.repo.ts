import { type AnyColumn, and, asc, count, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { employers } from '../employers/employers.schema.ts';
import { insuranceContributions as ic } from './contributions.schema.ts';

/** Stored as the first day of the month; the API speaks 'YYYY-MM'. */
export const monthToDate = (month: string) => `${month}-01`;
const dateToMonth = (day: string) => day.slice(0, 7);

export interface ContributionFilter {
  kind?: string | undefined;
  /** 'YYYY-MM', inclusive */
  from?: string | undefined;
  to?: string | undefined;
}

const filterSql = (personId: string, f: ContributionFilter): SQL =>
  and(
    eq(ic.personId, personId),
    ...(f.kind ? [eq(ic.kind, f.kind)] : []),
    ...(f.from ? [gte(ic.month, monthToDate(f.from))] : []),
    ...(f.to ? [lte(ic.month, monthToDate(f.to))] : []),
  )!;

const columns = {
  id: ic.id,
  personId: ic.personId,
  employerId: ic.employerId,
  employerName: employers.name,
  kind: ic.kind,
  month: ic.month,
  status: ic.status,
  baseFen: ic.baseFen,
  personalFen: ic.personalFen,
  unitFen: ic.unitFen,
  createdAt: ic.createdAt,
};

const toItem = <T extends { employerId: string | null; employerName: string | null; month: string }>({
  employerId,
  employerName,
  month,
  ...rest
}: T) => ({
  ...rest,
  month: dateToMonth(month),
  employer: employerId ? { id: employerId, name: employerName ?? '' } : null,
});

export type NewContributionRow = typeof ic.$inferInsert;

/** Sums as bigint in SQL, read back as numbers (a person's totals stay far below 2^53 fen). */
const sumPaid = (col: AnyColumn) =>
  sql<string>`coalesce(sum(${col}) filter (where ${ic.status} = 'paid'), 0)::bigint`;

export function createContributionsRepo(db: Executor) {
  return {
    async list(personId: string, f: ContributionFilter, page: { page: number; pageSize: number }) {
      const where = filterSql(personId, f);
      const [rows, [totals]] = await Promise.all([
        db
          .select(columns)
          .from(ic)
          .leftJoin(employers, eq(employers.id, ic.employerId))
          .where(where)
          .orderBy(desc(ic.month), asc(ic.kind), asc(ic.id))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db
          .select({
            records: count(),
            arrears: sql<number>`count(*) filter (where ${ic.status} = 'arrears')`.mapWith(Number),
            personalFen: sumPaid(ic.personalFen).mapWith(Number),
            unitFen: sumPaid(ic.unitFen).mapWith(Number),
          })
          .from(ic)
          .where(where),
      ]);
      return { items: rows.map(toItem), total: Number(totals?.records ?? 0), totals: totals! };
    },

    /** What the evidence functions need, for every record of the person. */
    facts: async (personId: string) =>
      (
        await db
          .select({ kind: ic.kind, month: ic.month, status: ic.status, employerId: ic.employerId })
          .from(ic)
          .where(eq(ic.personId, personId))
      ).map((r) => ({ ...r, month: dateToMonth(r.month) })),

    one: async (id: string) =>
      toItem(
        (
          await db
            .select(columns)
            .from(ic)
            .leftJoin(employers, eq(employers.id, ic.employerId))
            .where(eq(ic.id, id))
        )[0]!,
      ),

    insert: async (row: NewContributionRow) => (await db.insert(ic).values(row).returning({ id: ic.id }))[0]!,

    /** Bulk load (demo, import): one multi-row INSERT; months already present are skipped, not doubled. */
    insertMany: async (rows: NewContributionRow[]) => {
      if (rows.length === 0) return 0;
      const inserted = await db.insert(ic).values(rows).onConflictDoNothing().returning({ id: ic.id });
      return inserted.length;
    },
  };
}
