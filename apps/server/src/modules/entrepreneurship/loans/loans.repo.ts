import { and, asc, count, desc, eq, gt, inArray, type SQL, sql, sum } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { users } from '../../../platform/access/access.schema.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { creditCommunityEvaluations } from '../credit-communities/credit-communities.schema.ts';
import type { ScheduleLine } from './loan-schedule.ts';
import {
  guaranteedLoanEvents,
  guaranteedLoanRepayments,
  guaranteedLoanSchedule,
  guaranteedLoans,
  type LoanStatus,
  lendingBanks,
} from './loans.schema.ts';

export type LoanRow = typeof guaranteedLoans.$inferSelect;
export type NewLoan = typeof guaranteedLoans.$inferInsert;
export type LoanEventInsert = typeof guaranteedLoanEvents.$inferInsert;

/** The columns a loan's read scope is matched on (see `loanReadFilter`). */
export const loanScopeCols = {
  orgId: guaranteedLoans.orgId,
  orgPath: guaranteedLoans.orgPath,
  bankId: guaranteedLoans.bankId,
};

export interface LoanListFilter {
  status?: LoanStatus | undefined;
  bankId?: string | undefined;
  page: number;
  pageSize: number;
}

const listColumns = {
  id: guaranteedLoans.id,
  number: guaranteedLoans.number,
  status: guaranteedLoans.status,
  appliedOn: guaranteedLoans.appliedOn,
  requestedFen: guaranteedLoans.requestedFen,
  principalFen: guaranteedLoans.principalFen,
  contractNumber: guaranteedLoans.contractNumber,
  disbursedOn: guaranteedLoans.disbursedOn,
  personName: persons.name,
  idNumberMasked: persons.idNumberMasked,
  bankId: guaranteedLoans.bankId,
  bankName: lendingBanks.name,
};

/** Loans, their schedules, repayments and events; every list read through the caller's scope. */
export function createLoansRepo(db: Executor) {
  return {
    async list(scope: SQL, f: LoanListFilter) {
      const where = and(
        scope,
        f.status ? eq(guaranteedLoans.status, f.status) : undefined,
        f.bankId ? eq(guaranteedLoans.bankId, f.bankId) : undefined,
      );
      const base = () =>
        db
          .select(listColumns)
          .from(guaranteedLoans)
          .innerJoin(persons, eq(persons.id, guaranteedLoans.personId))
          .innerJoin(lendingBanks, eq(lendingBanks.id, guaranteedLoans.bankId));
      const [items, [total]] = await Promise.all([
        base()
          .where(where)
          .orderBy(desc(guaranteedLoans.appliedOn), desc(guaranteedLoans.number))
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize),
        db.select({ n: count() }).from(guaranteedLoans).where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },

    async row(scope: SQL, id: string) {
      const [row] = await db
        .select()
        .from(guaranteedLoans)
        .where(and(scope, eq(guaranteedLoans.id, id)));
      return row;
    },

    /** The loan locked for a change (inside a transaction). */
    async lock(id: string) {
      const [row] = await db.select().from(guaranteedLoans).where(eq(guaranteedLoans.id, id)).for('update');
      return row!;
    },

    async insert(values: NewLoan) {
      const [row] = await db.insert(guaranteedLoans).values(values).returning();
      return row!;
    },

    async update(id: string, patch: Partial<NewLoan>) {
      const [row] = await db
        .update(guaranteedLoans)
        .set({ ...patch, updatedAt: new Date(), version: sql`${guaranteedLoans.version} + 1` })
        .where(eq(guaranteedLoans.id, id))
        .returning();
      return row!;
    },

    event: (values: LoanEventInsert) => db.insert(guaranteedLoanEvents).values(values),

    events: (loanId: string) =>
      db
        .select({
          action: guaranteedLoanEvents.action,
          fromStatus: guaranteedLoanEvents.fromStatus,
          toStatus: guaranteedLoanEvents.toStatus,
          onDate: guaranteedLoanEvents.onDate,
          amountFen: guaranteedLoanEvents.amountFen,
          reason: guaranteedLoanEvents.reason,
          at: guaranteedLoanEvents.at,
          actor: users.displayName,
        })
        .from(guaranteedLoanEvents)
        .leftJoin(users, eq(users.id, guaranteedLoanEvents.actorId))
        .where(eq(guaranteedLoanEvents.loanId, loanId))
        .orderBy(asc(guaranteedLoanEvents.at), asc(guaranteedLoanEvents.onDate)),

    schedule: (loanId: string): Promise<ScheduleLine[]> =>
      db
        .select({
          seq: guaranteedLoanSchedule.seq,
          dueOn: guaranteedLoanSchedule.dueOn,
          principalFen: guaranteedLoanSchedule.principalFen,
        })
        .from(guaranteedLoanSchedule)
        .where(eq(guaranteedLoanSchedule.loanId, loanId))
        .orderBy(asc(guaranteedLoanSchedule.seq)),

    async insertSchedule(loanId: string, lines: readonly ScheduleLine[]) {
      if (lines.length > 0)
        await db.insert(guaranteedLoanSchedule).values(lines.map((l) => ({ loanId, ...l })));
    },

    /** Drops the instalments due after `on` (an extension reschedules them). */
    dropScheduleAfter: (loanId: string, on: string) =>
      db
        .delete(guaranteedLoanSchedule)
        .where(and(eq(guaranteedLoanSchedule.loanId, loanId), gt(guaranteedLoanSchedule.dueOn, on))),

    repayments: (loanId: string) =>
      db
        .select({
          paidOn: guaranteedLoanRepayments.paidOn,
          principalFen: guaranteedLoanRepayments.principalFen,
          interestFen: guaranteedLoanRepayments.interestFen,
          bankRef: guaranteedLoanRepayments.bankRef,
        })
        .from(guaranteedLoanRepayments)
        .where(eq(guaranteedLoanRepayments.loanId, loanId))
        .orderBy(asc(guaranteedLoanRepayments.paidOn), asc(guaranteedLoanRepayments.recordedAt)),

    async paidPrincipal(loanId: string): Promise<number> {
      const [row] = await db
        .select({ s: sum(guaranteedLoanRepayments.principalFen) })
        .from(guaranteedLoanRepayments)
        .where(eq(guaranteedLoanRepayments.loanId, loanId));
      return Number(row?.s ?? 0);
    },

    /** The person a street officer applies for, when their write scope reaches them. */
    async person(scope: SQL, id: string) {
      const [row] = await db
        .select({
          id: persons.id,
          name: persons.name,
          idNumberMasked: persons.idNumberMasked,
          orgId: persons.orgId,
          orgPath: persons.orgPath,
          orgLevel: organisations.level,
        })
        .from(persons)
        .innerJoin(organisations, eq(organisations.id, persons.orgId))
        .where(and(scope, eq(persons.id, id)));
      return row;
    },

    async personSummary(id: string) {
      const [row] = await db
        .select({ name: persons.name, idNumberMasked: persons.idNumberMasked })
        .from(persons)
        .where(eq(persons.id, id));
      return row!;
    },

    /**
     * Whether the community holds a recognised, published (not withdrawn) 信用社区 title for one
     * of `years`.
     */
    async creditCommunityTitle(communityOrgId: number, years: number[]) {
      const [row] = await db
        .select({ year: creditCommunityEvaluations.year })
        .from(creditCommunityEvaluations)
        .where(
          and(
            eq(creditCommunityEvaluations.communityOrgId, communityOrgId),
            inArray(creditCommunityEvaluations.year, years),
            eq(creditCommunityEvaluations.status, 'published'),
            eq(creditCommunityEvaluations.outcome, 'recognised'),
          ),
        )
        .orderBy(desc(creditCommunityEvaluations.year))
        .limit(1);
      return row?.year ?? null;
    },

    /** The repaying loans whose arrears must be checked (optionally one bank's). */
    dueForOverdueCheck: (scope: SQL, statuses: readonly LoanStatus[]) =>
      db
        .select({ id: guaranteedLoans.id, status: guaranteedLoans.status })
        .from(guaranteedLoans)
        .where(and(scope, inArray(guaranteedLoans.status, [...statuses]))),
  };
}

export type LoansRepo = ReturnType<typeof createLoansRepo>;
