import { addDays, addMonths } from '@minsheng/rules/engine/dates.ts';
import { and, asc, eq, exists, isNull, like, notExists } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.ts';
import { createBanksService } from '../../modules/entrepreneurship/loans/banks.service.ts';
import { createLoanImportsService } from '../../modules/entrepreneurship/loans/loan-imports.service.ts';
import {
  equalPrincipalSchedule,
  type ScheduleLine,
} from '../../modules/entrepreneurship/loans/loan-schedule.ts';
import { createLoanServicingService } from '../../modules/entrepreneurship/loans/loan-servicing.service.ts';
import { lendingBanks } from '../../modules/entrepreneurship/loans/loans.schema.ts';
import {
  createLoansService,
  type LoanApplication,
} from '../../modules/entrepreneurship/loans/loans.service.ts';
import { repaymentWorkbook } from '../../modules/entrepreneurship/loans/repayment-file.ts';
import { persons } from '../../modules/registry/persons/persons.schema.ts';
import { unemploymentRegistrations } from '../../modules/registry/registrations/registrations.schema.ts';
import { users } from '../../platform/access/access.schema.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { bureauDate, type Clock } from '../../platform/clock.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { organisations } from '../../platform/orgs/orgs.schema.ts';
import { demoActors, demoCalendar, demoServices } from '../demo-services.ts';

export interface DemoLoanCounts {
  loans: number;
  disbursed: number;
  repayments: number;
}

/** Persons of the street (by a stable order) with an open unemployment registration, or without. */
async function borrowers(tx: Executor, streetOrgId: number, registered: boolean, n: number) {
  const [street] = await tx
    .select({ path: organisations.path })
    .from(organisations)
    .where(eq(organisations.id, streetOrgId));
  const open = tx
    .select({ id: unemploymentRegistrations.id })
    .from(unemploymentRegistrations)
    .where(
      and(eq(unemploymentRegistrations.personId, persons.id), isNull(unemploymentRegistrations.endedOn)),
    );
  const rows = await tx
    .select({ id: persons.id })
    .from(persons)
    .where(and(like(persons.orgPath, `${street!.path}%`), registered ? exists(open) : notExists(open)))
    .orderBy(asc(persons.idNumberHash))
    .limit(n);
  return rows.map((r) => r.id);
}

/** The demo city's cooperating bank: every demo loan, the credit communities' ledger too, is lent by it. */
export const DEMO_BANK = { name: '中国邮政储蓄银行肥城市支行', code: 'PSBC370983' } as const;

/** The id of the demo bank (registered by `createDemoLoans`). */
export async function demoBankId(tx: Executor): Promise<string> {
  const [bank] = await tx
    .select({ id: lendingBanks.id })
    .from(lendingBanks)
    .where(eq(lendingBanks.code, DEMO_BANK.code));
  if (!bank) throw new Error(`the demo bank ${DEMO_BANK.name} is not registered`);
  return bank.id;
}

export type Borrower = { personId: string; officer: Actor; fileId?: string };

/**
 * The loan services on a clock each step sets to its own day, the city reviewer and the bank's
 * account: a street's application, the review, the guarantee and the bank's disbursement on dated
 * steps, and repayment files the bank uploads.
 */
export async function demoLending(
  tx: Executor,
  cipher: FieldCipher,
  opts: { now: Date; reviewer: string; bankUsername: string },
) {
  const today = bureauDate(opts.now);
  let day = today;
  const clock: Clock = { now: () => opts.now, today: () => day };
  const { policies } = demoServices(tx, cipher, clock, await demoCalendar(tx));
  const db = tx as unknown as Db;
  const deps = { db, clock, policies };
  const loans = createLoansService(deps);
  const servicing = createLoanServicingService(deps);
  const imports = createLoanImportsService({ db, clock });
  const actors = await demoActors(tx, [opts.reviewer, opts.bankUsername]);
  const reviewer = actors.get(opts.reviewer)!;
  const bankUser = actors.get(opts.bankUsername)!;

  const at = async <T>(on: string, step: () => Promise<T>) => {
    day = on;
    try {
      return await step();
    } finally {
      day = today;
    }
  };
  const application = (
    b: Borrower,
    bankId: string,
    appliedOn: string,
    requested: number,
  ): LoanApplication => ({
    personId: b.personId,
    fileId: b.fileId,
    bankId,
    appliedOn,
    requestedFen: requested * 100,
    partners: 1,
    collateral: false,
    counterGuarantee: 'civil_servant',
    creditCommunityExemption: false,
    serviceSector: true,
    industry: 'other',
  });
  /** Filed by the street on `appliedOn` and decided by the reviewer on `reviewedOn`. */
  async function applyAndReview(
    b: Borrower,
    bankId: string,
    appliedOn: string,
    reviewedOn: string,
    yuan: number,
  ) {
    const { id } = await at(appliedOn, () => loans.apply(b.officer, application(b, bankId, appliedOn, yuan)));
    await at(reviewedOn, () => loans.review(reviewer, id, { decision: 'approve' }));
    return id;
  }

  return {
    today,
    loans,
    servicing,
    reviewer,
    application,
    applyAndReview,

    /**
     * Applied by the street 20 days before `lentOn`, approved by the rule 12 days before, guaranteed
     * (a civil servant's counter-guarantee) 5 days before and lent by the bank on `lentOn`.
     */
    async lend(b: Borrower, bankId: string, lentOn: string, principal: number, contract: string) {
      const id = await applyAndReview(b, bankId, addDays(lentOn, -20), addDays(lentOn, -12), principal);
      const on = addDays(lentOn, -5);
      await at(on, () =>
        loans.guarantee(reviewer, id, { kind: 'counter_guarantee', counterGuarantee: 'civil_servant', on }),
      );
      await at(lentOn, () =>
        servicing.disburse(bankUser, id, {
          contractNumber: contract,
          principalFen: principal * 100,
          annualRate: '0.0435',
          disbursedOn: lentOn,
        }),
      );
      return { id, schedule: equalPrincipalSchedule(principal * 100, lentOn, 24) };
    },

    /** The bank's repayment file (today), refused loudly: a demo that cannot book it is broken. */
    async uploadRepayments(name: string, lines: (string | number)[][]) {
      const outcome = await imports.import(bankUser, { name, buffer: await repaymentWorkbook(lines) });
      if (outcome.status !== 'accepted')
        throw new Error(`demo repayment file refused: ${JSON.stringify(outcome.errors)}`);
      return lines.length;
    },
  };
}

/**
 * The repayment file's lines of a loan's first instalments, each paid on its due day with the
 * month's interest on the balance (4.35% a year).
 */
export function repaymentLines(
  contract: string,
  principalFen: number,
  instalments: readonly ScheduleLine[],
  refSuffix: string,
): (string | number)[][] {
  let balance = principalFen;
  return instalments.map((l) => {
    const interest = Math.round((balance * 0.0435) / 12);
    balance -= l.principalFen;
    return [
      contract,
      l.dueOn,
      (l.principalFen / 100).toFixed(2),
      (interest / 100).toFixed(2),
      `PSBC${l.dueOn.replace(/-/g, '')}${refSuffix}`,
    ];
  });
}

/**
 * 创业担保贷款 in the demo city, worked through the services on dated steps: the bank registered
 * and its account linked; applications filed by the street officers of 肥城市 for registry persons; one still
 * to review, one refused by the rule (no unemployment registration), one approved, one lent with
 * four monthly repayments from the bank's file, and one lent and overdue.
 */
export async function createDemoLoans(
  tx: Executor,
  cipher: FieldCipher,
  opts: { now: Date; reviewer: string; bankUsername: string; streetUsernames: string[] },
): Promise<DemoLoanCounts> {
  const db = tx as unknown as Db;
  const lending = await demoLending(tx, cipher, opts);
  const { today, loans, reviewer } = lending;
  const officers = [...(await demoActors(tx, opts.streetUsernames)).values()];

  const bank = await createBanksService({ db }).register(reviewer, DEMO_BANK);
  const [bankAccount] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, opts.bankUsername));
  await createBanksService({ db }).linkStaff(reviewer, bank.id, bankAccount!.id);

  // the street's registered unemployed borrow; the application still to review needs no registration yet
  /** The first `n` persons of the streets in turn, each with the officer of their street. */
  const pick = async (registered: boolean, n: number) => {
    const out: Borrower[] = [];
    for (const officer of officers) {
      for (const personId of await borrowers(tx, officer.orgId, registered, n - out.length))
        out.push({ personId, officer });
      if (out.length >= n) break;
    }
    return out;
  };
  const [p3, p4, p2] = await pick(true, 3);
  const [unregistered, p1] = await pick(false, 2);
  /** Lent three days before `months` ago. */
  const lentBefore = (months: number) => addDays(addMonths(today, -months), -3);

  let count = 0;
  if (p1) {
    await loans.apply(p1.officer, lending.application(p1, bank.id, addDays(today, -3), 30000));
    count += 1;
  }
  if (unregistered) {
    await lending.applyAndReview(unregistered, bank.id, addDays(today, -20), addDays(today, -10), 50000);
    count += 1;
  }
  if (p2) {
    await lending.applyAndReview(p2, bank.id, addDays(today, -15), addDays(today, -6), 40000);
    count += 1;
  }
  let repayments = 0;
  let disbursed = 0;
  const fileLines: (string | number)[][] = [];
  if (p3) {
    const loan = await lending.lend(p3, bank.id, lentBefore(4), 48000, 'PSBC-2026-0001');
    fileLines.push(...repaymentLines('PSBC-2026-0001', 48000_00, loan.schedule.slice(0, 4), '01'));
    disbursed += 1;
    count += 1;
  }
  if (p4) {
    const loan = await lending.lend(p4, bank.id, lentBefore(3), 30000, 'PSBC-2026-0002');
    fileLines.push(...repaymentLines('PSBC-2026-0002', 30000_00, loan.schedule.slice(0, 1), '02'));
    disbursed += 1;
    count += 1;
  }
  if (fileLines.length > 0) {
    repayments = await lending.uploadRepayments('邮储银行还款明细.xlsx', fileLines);
    await lending.servicing.checkOverdue(reviewer);
  }
  return { loans: count, disbursed, repayments };
}
