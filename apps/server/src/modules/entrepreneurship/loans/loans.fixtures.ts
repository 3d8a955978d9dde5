import type { Executor } from '../../../db/client.ts';
import { postFile } from '../../../test/multipart.ts';
import type { TestApp, TestClient } from '../../../test/test-app.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { unemploymentRegistrations } from '../../registry/registrations/registrations.schema.ts';
import { at, nextSeq, type Org } from '../entrepreneurship.fixtures.ts';
import { equalPrincipalSchedule } from './loan-schedule.ts';
import {
  guaranteedLoanRepayments,
  guaranteedLoanSchedule,
  guaranteedLoans,
  lendingBanks,
  lendingBankUsers,
} from './loans.schema.ts';

type LoanInsert = typeof guaranteedLoans.$inferInsert;

/** A lending bank of `org`, with its staff users. */
export async function insertBank(db: Executor, org: Org, code: string, staffUserIds: string[] = []) {
  const [bank] = await db
    .insert(lendingBanks)
    .values({ name: `测试银行${code}支行`, code, ...at(org) })
    .returning();
  for (const userId of staffUserIds) await db.insert(lendingBankUsers).values({ userId, bankId: bank!.id });
  return bank!;
}

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
  const n = nextSeq();
  const [loan] = await db
    .insert(guaranteedLoans)
    .values({
      number: `DK-T-${String(n).padStart(6, '0')}`,
      personId: o.personId,
      bankId: o.bankId,
      status: 'disbursed',
      appliedOn: '2025-01-01',
      borrowerGroup: 'job_loser',
      requestedFen: 5_000_000,
      counterGuarantee: 'civil_servant',
      serviceSector: true,
      contractNumber: `HT-${n}`,
      principalFen: 5_000_000,
      annualRate: '0.043500',
      disbursedOn: '2025-07-01',
      maturesOn: '2027-07-01',
      ...at(o.org),
      ...over,
    })
    .returning();
  for (const [k, r] of repayments.entries())
    await db.insert(guaranteedLoanRepayments).values({ loanId: loan!.id, bankRef: `R${n}-${k}`, ...r });
  return loan!;
}

/**
 * Builders that put loan records straight into the tables: borrowers (with an open unemployment
 * registration when asked), banks with their staff, and loans already lent with their schedule.
 */
export function loanRecords(db: Executor) {
  return {
    async person(org: Org, name: string, opts: { unemployed?: boolean } = {}) {
      const n = nextSeq();
      const [p] = await db
        .insert(persons)
        .values({
          idNumberEnc: `enc-loan-${n}`,
          idNumberHash: `hash-loan-${n}`,
          idNumberMasked: `370983********${String(n).padStart(4, '0')}`,
          name,
          gender: '1',
          birthDate: '1985-03-01',
          hukouType: 'urban',
          hukouPlace: 'local',
          ...at(org),
        })
        .returning({ id: persons.id });
      if (opts.unemployed)
        await db.insert(unemploymentRegistrations).values({
          personId: p!.id,
          registeredOn: '2026-03-01',
          stationId: org.id,
          certificateNumber: `JY2026L${String(n).padStart(4, '0')}`,
          reason: 'dismissed',
          ...at(org),
        });
      return p!.id;
    },

    bank: (org: Org, code: string, staffUserIds: string[] = []) => insertBank(db, org, code, staffUserIds),

    /** A loan lent on `disbursedOn` for two years with its monthly equal-principal schedule. */
    async disbursedLoan(
      org: Org,
      personId: string,
      bankId: string,
      opts: { contractNumber: string; principalFen: number; disbursedOn: string },
    ) {
      const loan = await insertLoan(
        db,
        { bankId, personId, org },
        {
          appliedOn: '2026-01-05',
          requestedFen: opts.principalFen,
          counterGuarantee: 'guarantee_fund',
          contractNumber: opts.contractNumber,
          principalFen: opts.principalFen,
          disbursedOn: opts.disbursedOn,
          maturesOn: `${Number(opts.disbursedOn.slice(0, 4)) + 2}${opts.disbursedOn.slice(4)}`,
        },
      );
      await db.insert(guaranteedLoanSchedule).values(
        equalPrincipalSchedule(opts.principalFen, opts.disbursedOn, 24).map((l) => ({
          loanId: loan.id,
          ...l,
        })),
      );
      return loan;
    },
  };
}

/** Posts a repayment file as the bank's page does. */
export const uploadRepayments = (t: TestApp, client: TestClient, file: Buffer, name = 'repayments.xlsx') =>
  postFile(t.app, client, '/api/entrepreneurship/loan-imports', file, name);
