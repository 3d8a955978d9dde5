import { and, asc, desc, eq, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../../../db/client.ts';
import { type Actor, hasPermission } from '../../../../platform/access/actor.ts';
import { accessFilter } from '../../../../platform/access/scope.ts';
import { persons } from '../../../registry/persons/persons.schema.ts';
import { bankOfUser } from '../bank-scope.ts';
import {
  interestSubsidyClaims as claims,
  guaranteedLoanRepayments,
  guaranteedLoans,
  lendingBanks,
  interestSubsidyLines as lines,
} from '../loans.schema.ts';

export type ClaimRow = typeof claims.$inferSelect;
export type LineInsert = Omit<typeof lines.$inferInsert, 'claimId'>;

/** The city's reviewers through their scope over the claim's bank; a bank's staff their own bank's claims. */
async function readFilter(db: Executor, actor: Actor): Promise<SQL> {
  const parts: SQL[] = [];
  if (hasPermission(actor, 'entrepreneurship:manage'))
    parts.push(
      accessFilter(actor, 'entrepreneurship:manage', { orgId: claims.orgId, orgPath: claims.orgPath }),
    );
  if (hasPermission(actor, 'loan:operate')) {
    const own = await bankOfUser(db, actor.userId);
    if (own) parts.push(eq(claims.bankId, own));
  }
  if (parts.length === 0) return sql`false`;
  return parts.length === 1 ? parts[0]! : sql`(${sql.join(parts, sql` or `)})`;
}

/** The loans of a claim the reviewer may compute: within their scope (the ledger query's `guaranteed_loans`). */
export const loanScope = (actor: Actor): SQL =>
  accessFilter(actor, 'entrepreneurship:manage', {
    orgId: guaranteedLoans.orgId,
    orgPath: guaranteedLoans.orgPath,
  });

export function createInterestSubsidyRepo(db: Executor) {
  return {
    /** A bank the reviewer may claim for. */
    async bank(actor: Actor, id: string) {
      const [row] = await db
        .select()
        .from(lendingBanks)
        .where(
          and(
            eq(lendingBanks.id, id),
            accessFilter(actor, 'entrepreneurship:manage', {
              orgId: lendingBanks.orgId,
              orgPath: lendingBanks.orgPath,
            }),
          ),
        );
      return row;
    },

    /** Banks the reader may see claims of (the page's bank choice). */
    async banks(actor: Actor) {
      const parts: SQL[] = [];
      if (hasPermission(actor, 'entrepreneurship:manage'))
        parts.push(
          accessFilter(actor, 'entrepreneurship:manage', {
            orgId: lendingBanks.orgId,
            orgPath: lendingBanks.orgPath,
          }),
        );
      const own = hasPermission(actor, 'loan:operate') ? await bankOfUser(db, actor.userId) : null;
      if (own) parts.push(eq(lendingBanks.id, own));
      if (parts.length === 0) return [];
      return db
        .select({ id: lendingBanks.id, name: lendingBanks.name, code: lendingBanks.code })
        .from(lendingBanks)
        .where(parts.length === 1 ? parts[0]! : sql`(${sql.join(parts, sql` or `)})`)
        .orderBy(asc(lendingBanks.code));
    },

    /** The claim of a bank and period, locked for the transaction. */
    async forPeriodLocked(bankId: string, periodStart: string) {
      const [row] = await db
        .select()
        .from(claims)
        .where(and(eq(claims.bankId, bankId), eq(claims.periodStart, periodStart)))
        .for('update');
      return row;
    },

    async lockedById(id: string) {
      const [row] = await db.select().from(claims).where(eq(claims.id, id)).for('update');
      return row;
    },

    deleteClaim: (id: string) => db.delete(claims).where(eq(claims.id, id)),

    insertClaim: async (row: typeof claims.$inferInsert) =>
      (await db.insert(claims).values(row).returning())[0]!,

    /** Every line in one statement (one JSON parameter): a bank's quarter may hold many thousand loans. */
    async insertLines(claimId: string, ls: readonly LineInsert[]) {
      if (ls.length === 0) return;
      const json = JSON.stringify(
        ls.map((l) => [l.loanId, l.days, l.balanceDaysFen, l.ratio, l.amountFen, l.reason ?? null]),
      );
      await db.execute(sql`insert into ${lines} (claim_id, loan_id, days, balance_days_fen, ratio, amount_fen, reason)
        select ${claimId}, (x->>0)::uuid, (x->>1)::int, (x->>2)::bigint, (x->>3)::numeric, (x->>4)::bigint, x->>5
        from json_array_elements(${json}::json) x`);
    },

    markSubmitted: (id: string, batchId: string) =>
      db
        .update(claims)
        .set({ status: 'submitted', batchId, updatedAt: new Date(), version: sql`${claims.version} + 1` })
        .where(eq(claims.id, id)),

    async list(actor: Actor, bankId?: string) {
      return db
        .select({ claim: claims, bankName: lendingBanks.name, bankCode: lendingBanks.code })
        .from(claims)
        .innerJoin(lendingBanks, eq(lendingBanks.id, claims.bankId))
        .where(and(await readFilter(db, actor), bankId ? eq(claims.bankId, bankId) : undefined))
        .orderBy(desc(claims.periodStart), asc(lendingBanks.code))
        .limit(200);
    },

    async readable(actor: Actor, id: string) {
      const [row] = await db
        .select({ claim: claims, bankName: lendingBanks.name, bankCode: lendingBanks.code })
        .from(claims)
        .innerJoin(lendingBanks, eq(lendingBanks.id, claims.bankId))
        .where(and(eq(claims.id, id), await readFilter(db, actor)));
      return row;
    },

    /** A page of a claim's lines with the loan and its borrower (masked ID number). */
    lines: (claimId: string, page: { offset: number; limit: number; payableOnly?: boolean }) =>
      db
        .select({
          line: lines,
          loanNumber: guaranteedLoans.number,
          contractNumber: guaranteedLoans.contractNumber,
          personId: guaranteedLoans.personId,
          name: persons.name,
          idNumberMasked: persons.idNumberMasked,
          personOrgId: persons.orgId,
          personOrgPath: persons.orgPath,
        })
        .from(lines)
        .innerJoin(guaranteedLoans, eq(guaranteedLoans.id, lines.loanId))
        .innerJoin(persons, eq(persons.id, guaranteedLoans.personId))
        .where(and(eq(lines.claimId, claimId), page.payableOnly ? sql`${lines.amountFen} > 0` : undefined))
        .orderBy(asc(guaranteedLoans.number))
        .offset(page.offset)
        .limit(page.limit),

    /** How many lines, and how many pay something. */
    async lineCounts(claimId: string) {
      const [row] = await queryRows<{ all: number; payable: number }>(
        db,
        sql`select count(*)::int as all, count(*) filter (where amount_fen > 0)::int as payable
          from ${lines} where claim_id = ${claimId}`,
      );
      return row ?? { all: 0, payable: 0 };
    },

    async line(claimId: string, loanId: string) {
      const [row] = await db
        .select()
        .from(lines)
        .where(and(eq(lines.claimId, claimId), eq(lines.loanId, loanId)));
      return row;
    },

    /** The loans' rows and their repayments up to `end`, for the rule's own input. */
    async ledgerOf(loanIds: string[], end: string) {
      if (loanIds.length === 0) return { loans: [], repayments: [] };
      const [ls, rs] = await Promise.all([
        db.select().from(guaranteedLoans).where(inArray(guaranteedLoans.id, loanIds)),
        db
          .select({
            loanId: guaranteedLoanRepayments.loanId,
            paidOn: guaranteedLoanRepayments.paidOn,
            principalFen: guaranteedLoanRepayments.principalFen,
          })
          .from(guaranteedLoanRepayments)
          .where(
            and(inArray(guaranteedLoanRepayments.loanId, loanIds), lte(guaranteedLoanRepayments.paidOn, end)),
          )
          .orderBy(asc(guaranteedLoanRepayments.paidOn)),
      ]);
      return { loans: ls, repayments: rs };
    },

    /** The day of 核销 of each loan written off (the events' record of it). */
    async writtenOffOn(loanIds: string[]) {
      if (loanIds.length === 0) return new Map<string, string>();
      const rows = await queryRows<{ loan_id: string; on_date: string }>(
        db,
        sql`select loan_id, min(on_date)::text as on_date from guaranteed_loan_events
          where to_status = 'written_off' and loan_id in ${loanIds} group by loan_id`,
      );
      return new Map(rows.map((r) => [r.loan_id, r.on_date]));
    },
  };
}
