import { addDays, addMonths } from '@minsheng/rules/engine/dates.ts';
import { and, asc, eq, exists, isNull, like, notExists } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.ts';
import { createBanksService } from '../../modules/entrepreneurship/loans/banks.service.ts';
import { createLoanImportsService } from '../../modules/entrepreneurship/loans/loan-imports.service.ts';
import { equalPrincipalSchedule } from '../../modules/entrepreneurship/loans/loan-schedule.ts';
import { createLoanServicingService } from '../../modules/entrepreneurship/loans/loan-servicing.service.ts';
import { createLoansService, type LoanApplication } from '../../modules/entrepreneurship/loans/loans.service.ts';
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
  const today = bureauDate(opts.now);
  let day = today;
  const clock: Clock = { now: () => opts.now, today: () => day };
  const { policies } = demoServices(tx, cipher, clock, await demoCalendar(tx));
  const db = tx as unknown as Db;
  const deps = { db, clock, policies };
  const loans = createLoansService(deps);
  const servicing = createLoanServicingService(deps);
  const imports = createLoanImportsService({ db, clock });
  const actors = await demoActors(tx, [opts.reviewer, opts.bankUsername, ...opts.streetUsernames]);
  const reviewer = actors.get(opts.reviewer)!;
  const bankUser = actors.get(opts.bankUsername)!;
  const officers = opts.streetUsernames.map((u) => actors.get(u)!);

  const bank = await createBanksService({ db }).register(reviewer, {
    name: '中国邮政储蓄银行肥城市支行',
    code: 'PSBC370983',
  });
  const [bankAccount] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, opts.bankUsername));
  await createBanksService({ db }).linkStaff(reviewer, bank.id, bankAccount!.id);

  // the street's registered unemployed borrow; the application still to review needs no registration yet
  /** The first `n` persons of the streets in turn, each with the officer of their street. */
  const pick = async (registered: boolean, n: number) => {
    const out: { personId: string; officer: Actor }[] = [];
    for (const officer of officers) {
      for (const personId of await borrowers(tx, officer.orgId, registered, n - out.length))
        out.push({ personId, officer });
      if (out.length >= n) break;
    }
    return out;
  };
  const [p3, p4, p2] = await pick(true, 3);
  const [unregistered, p1] = await pick(false, 2);
  const application = (
    { personId }: { personId: string },
    appliedOn: string,
    requested: number,
  ): LoanApplication => ({
    personId,
    bankId: bank.id,
    appliedOn,
    requestedFen: requested * 100,
    partners: 1,
    collateral: false,
    counterGuarantee: 'civil_servant',
    creditCommunityExemption: false,
    serviceSector: true,
    industry: 'other',
  });
  const at = async <T>(on: string, step: () => Promise<T>) => {
    day = on;
    try {
      return await step();
    } finally {
      day = today;
    }
  };
  type Borrower = { personId: string; officer: Actor };
  /** Applied by the street, reviewed, guaranteed and lent three days before `months` ago. */
  async function lent(b: Borrower, months: number, principal: number, contract: string) {
    const lentOn = addDays(addMonths(today, -months), -3);
    const { id } = await at(addDays(lentOn, -20), () =>
      loans.apply(b.officer, application(b, addDays(lentOn, -20), principal)),
    );
    await at(addDays(lentOn, -12), () => loans.review(reviewer, id, { decision: 'approve' }));
    await at(addDays(lentOn, -5), () =>
      loans.guarantee(reviewer, id, {
        kind: 'counter_guarantee',
        counterGuarantee: 'civil_servant',
        on: addDays(lentOn, -5),
      }),
    );
    await at(lentOn, () =>
      servicing.disburse(bankUser, id, {
        contractNumber: contract,
        principalFen: principal * 100,
        annualRate: '0.0435',
        disbursedOn: lentOn,
      }),
    );
    return { id, lentOn, schedule: equalPrincipalSchedule(principal * 100, lentOn, 24) };
  }

  let count = 0;
  if (p1) {
    await loans.apply(p1.officer, application(p1, addDays(today, -3), 30000));
    count += 1;
  }
  if (unregistered) {
    const { id } = await at(addDays(today, -20), () =>
      loans.apply(unregistered.officer, application(unregistered, addDays(today, -20), 50000)),
    );
    await at(addDays(today, -10), () => loans.review(reviewer, id, { decision: 'approve' }));
    count += 1;
  }
  if (p2) {
    const { id } = await at(addDays(today, -15), () =>
      loans.apply(p2.officer, application(p2, addDays(today, -15), 40000)),
    );
    await at(addDays(today, -6), () => loans.review(reviewer, id, { decision: 'approve' }));
    count += 1;
  }
  let repayments = 0;
  let disbursed = 0;
  const fileLines: (string | number)[][] = [];
  if (p3) {
    const loan = await lent(p3, 4, 48000, 'PSBC-2026-0001');
    let balance = 48000_00;
    for (const l of loan.schedule.slice(0, 4)) {
      const interest = Math.round((balance * 0.0435) / 12);
      fileLines.push([
        'PSBC-2026-0001',
        l.dueOn,
        (l.principalFen / 100).toFixed(2),
        (interest / 100).toFixed(2),
        `PSBC${l.dueOn.replace(/-/g, '')}01`,
      ]);
      balance -= l.principalFen;
    }
    disbursed += 1;
    count += 1;
  }
  if (p4) {
    const loan = await lent(p4, 3, 30000, 'PSBC-2026-0002');
    const first = loan.schedule[0]!;
    fileLines.push([
      'PSBC-2026-0002',
      first.dueOn,
      (first.principalFen / 100).toFixed(2),
      '108.75',
      `PSBC${first.dueOn.replace(/-/g, '')}02`,
    ]);
    disbursed += 1;
    count += 1;
  }
  if (fileLines.length > 0) {
    const outcome = await imports.import(bankUser, {
      name: '邮储银行还款明细.xlsx',
      buffer: await repaymentWorkbook(fileLines),
    });
    if (outcome.status !== 'accepted')
      throw new Error(`demo repayment file refused: ${JSON.stringify(outcome.errors)}`);
    repayments = fileLines.length;
    await servicing.checkOverdue(reviewer);
  }
  return { loans: count, disbursed, repayments };
}
