import type { Executor } from '../../../db/client.ts';
import {
  guaranteedLoanRepayments,
  guaranteedLoans,
  type LoanStatus,
  lendingBanks,
} from '../loans/loans.schema.ts';

type Org = { id: number; path: string };

export interface LedgerLoan {
  number: string;
  personId: string;
  bankId: string;
  community: Org;
  principalFen: number;
  disbursedOn: string;
  maturesOn: string;
  extendedTo?: string;
  status?: LoanStatus;
  commitmentSigned?: boolean;
  trackingCard?: boolean;
  /** principal repaid, by date */
  repayments?: { paidOn: string; principalFen: number }[];
  compensatedOn?: string;
  /** a service-sector project (the interest subsidy's condition); the communities' shops and services are, unless told */
  serviceSector?: boolean;
}

/**
 * Rows of a community's guaranteed-loan ledger straight in the loan tables, as the bank's booking
 * would leave them: for the demo city and the credit-community tests (the loan service is another
 * aggregate's; nothing here is used by a request).
 */
export function ledgerBuilder(db: Executor) {
  return {
    async bank(org: Org, name: string, code: string) {
      const [b] = await db
        .insert(lendingBanks)
        .values({ name, code, orgId: org.id, orgPath: org.path })
        .returning({ id: lendingBanks.id });
      return b!.id;
    },

    async loan(l: LedgerLoan) {
      const status = l.status ?? 'disbursed';
      const [row] = await db
        .insert(guaranteedLoans)
        .values({
          number: l.number,
          personId: l.personId,
          bankId: l.bankId,
          communityOrgId: l.community.id,
          status,
          appliedOn: l.disbursedOn,
          borrowerGroup: 'certificate_holder',
          requestedFen: l.principalFen,
          counterGuarantee: 'guarantee_fund',
          serviceSector: l.serviceSector ?? true,
          decidedOn: l.disbursedOn,
          guaranteedOn: l.disbursedOn,
          contractNumber: `HT-${l.number}`,
          principalFen: l.principalFen,
          annualRate: '0.043500',
          disbursedOn: l.disbursedOn,
          maturesOn: l.maturesOn,
          extendedTo: l.extendedTo ?? null,
          commitmentSigned: l.commitmentSigned ?? true,
          trackingCard: l.trackingCard ?? true,
          ...(l.compensatedOn
            ? {
                compensatedOn: l.compensatedOn,
                compensatedFen: l.principalFen - (l.repayments ?? []).reduce((s, r) => s + r.principalFen, 0),
              }
            : {}),
          orgId: l.community.id,
          orgPath: l.community.path,
        })
        .returning({ id: guaranteedLoans.id });
      const reps = l.repayments ?? [];
      if (reps.length > 0)
        await db.insert(guaranteedLoanRepayments).values(
          reps.map((r, i) => ({
            loanId: row!.id,
            paidOn: r.paidOn,
            principalFen: r.principalFen,
            bankRef: `${l.number}-${i + 1}`,
          })),
        );
      return row!.id;
    },
  };
}
