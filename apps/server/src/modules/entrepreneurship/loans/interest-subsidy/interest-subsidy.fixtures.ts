import type { Executor } from '../../../../db/client.ts';
import {
  guaranteedLoanRepayments,
  guaranteedLoans,
  lendingBanks,
  lendingBankUsers,
} from '../loans.schema.ts';

type LoanInsert = typeof guaranteedLoans.$inferInsert;
type Org = { id: number; path: string };

/** A lending bank of `org`, with its staff users. */
export async function insertBank(db: Executor, org: Org, code: string, userIds: string[] = []) {
  const [bank] = await db
    .insert(lendingBanks)
    .values({ name: `测试银行${code}支行`, code, orgId: org.id, orgPath: org.path })
    .returning();
  for (const userId of userIds) await db.insert(lendingBankUsers).values({ userId, bankId: bank!.id });
  return bank!;
}

let seq = 0;

/**
 * A disbursed loan as the bank's ledger holds it: a job-loser's 50 000 yuan at 4.35% for a
 * service-sector project unless `over` says otherwise, with its principal repayments.
 */
export async function insertLoan(
  db: Executor,
  o: { bankId: string; personId: string; org: Org },
  over: Partial<LoanInsert> = {},
  repayments: { paidOn: string; principalFen: number }[] = [],
) {
  seq += 1;
  const [loan] = await db
    .insert(guaranteedLoans)
    .values({
      number: `DK-T-${String(seq).padStart(6, '0')}`,
      personId: o.personId,
      bankId: o.bankId,
      status: 'disbursed',
      appliedOn: '2025-01-01',
      borrowerGroup: 'job_loser',
      requestedFen: 5_000_000,
      counterGuarantee: 'civil_servant',
      serviceSector: true,
      contractNumber: `HT-${seq}`,
      principalFen: 5_000_000,
      annualRate: '0.043500',
      disbursedOn: '2025-07-01',
      maturesOn: '2027-07-01',
      orgId: o.org.id,
      orgPath: o.org.path,
      ...over,
    })
    .returning();
  for (const [k, r] of repayments.entries())
    await db.insert(guaranteedLoanRepayments).values({ loanId: loan!.id, bankRef: `R${seq}-${k}`, ...r });
  return loan!;
}
