import { addDays, daysInMonth, formatDate } from '@minsheng/rules/engine/dates.ts';
import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import { EXCLUDED_INDUSTRIES } from '@minsheng/rules/policies/county-city/guaranteed-loan/industries.ts';
import type { Input } from '@minsheng/rules/policies/county-city/guaranteed-loan-interest-subsidy/policy.ts';
import type { guaranteedLoans } from '../loans.schema.ts';

/** The policy that decides each loan's 贴息 for a period (001 篇3 三(二)1). */
export const INTEREST_SUBSIDY = 'county-city.guaranteed-loan-interest-subsidy';

/** A claim period: a calendar quarter, first and last day. */
export function quarterPeriod(year: number, quarter: number): { start: string; end: string } {
  const lastMonth = quarter * 3;
  return {
    start: formatDate(year, lastMonth - 2, 1),
    end: formatDate(year, lastMonth, daysInMonth(year, lastMonth)),
  };
}

type LoanRow = typeof guaranteedLoans.$inferSelect;

/**
 * One loan's rule input for a period from its ledger: the loan's own figures, its repayments up to
 * the period's end (summed by day) and the day its borrower's balance ended by 代偿 or 核销.
 */
export function loanRuleInput(
  loan: LoanRow,
  repayments: readonly { paidOn: string; principalFen: number }[],
  writtenOffOn: string | undefined,
  period: { start: string; end: string },
): Input {
  const byDay = new Map<string, number>();
  for (const r of repayments) byDay.set(r.paidOn, (byDay.get(r.paidOn) ?? 0) + r.principalFen);
  const excluded = (EXCLUDED_INDUSTRIES as readonly string[]).includes(loan.industry);
  return {
    borrower: { group: loan.borrowerGroup },
    partners: loan.partners,
    project: {
      serviceSector: loan.serviceSector,
      industry: excluded ? (loan.industry as Input['project']['industry']) : 'other',
    },
    loan: {
      principal: fenToYuan(loan.principalFen ?? 0),
      annualInterestRate: loan.annualRate ?? '0',
      disbursedOn: loan.disbursedOn ?? period.end,
      maturesOn: loan.maturesOn ?? addDays(period.end, 1),
      extended: loan.extendedTo !== null,
      closedOn: loan.compensatedOn ?? writtenOffOn ?? null,
    },
    repayments: [...byDay].map(([paidOn, fen]) => ({ paidOn, principal: fenToYuan(fen) })),
    period,
  };
}
