import { and, asc, eq, notExists } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { ledgerBuilder } from '../../modules/entrepreneurship/credit-communities/ledger-builder.ts';
import { guaranteedLoans } from '../../modules/entrepreneurship/loans/loans.schema.ts';
import { persons } from '../../modules/registry/persons/persons.schema.ts';
import { demoBankId } from './loans.ts';

export interface DemoCreditCommunityCounts {
  /** the community whose last year meets the rule, and the one whose recovery (90%) does not */
  recognisable: string;
  notRecognisable: string;
  loans: number;
}

type Community = { id: number; path: string; name: string };

/**
 * Loans of a community: principal in yuan, disbursed and due on a month-day of the given year, the
 * principal repaid on or before maturity (the rest after, or compensated by the guarantee fund).
 */
interface DemoLoan {
  yuan: number;
  disbursed: [year: number, monthDay: string];
  due: [year: number, monthDay: string];
  repaidByDue?: number;
  repaidLate?: number;
  compensated?: boolean;
}

/**
 * 信用社区 demo: last year's guaranteed-loan ledger of two communities of the first street, lent by
 * the demo city's one cooperating bank (a community needs no bank of its own: the rule reads the
 * community's loans, whichever bank lent them). Loans that fell due last year are one-year loans
 * of the year before, so no demo loan is older than about two years:
 * - the first: 4 borrowers last year (140 000 yuan, all with 《信用承诺书》 and 跟踪服务卡), and
 *   of the 100 000 yuan that fell due last year 99 000 were repaid by maturity (99%): recognisable,
 *   reward 2 100.00 yuan;
 * - the second: 3 borrowers last year, but of 100 000 yuan due 10 000 were compensated by the
 *   guarantee fund (90%): not recognisable.
 * Borrowers are the communities' demo persons without a loan of their own (the entrepreneur of the
 * demo's whole chain lives here and borrows from the same bank), in name order: deterministic for a
 * seed. Run after the loans demo, which registers the bank.
 */
export async function createDemoCreditCommunities(
  tx: Executor,
  opts: { today: string; communities: [Community, Community] },
): Promise<DemoCreditCommunityCounts> {
  const last = Number(opts.today.slice(0, 4)) - 1;
  const ledger = ledgerBuilder(tx);
  const bankId = await demoBankId(tx);
  const [good, poor] = opts.communities;
  let n = 0;

  async function book(community: Community, loans: DemoLoan[]) {
    const borrowers = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(
        and(
          eq(persons.orgId, community.id),
          notExists(tx.select().from(guaranteedLoans).where(eq(guaranteedLoans.personId, persons.id))),
        ),
      )
      .orderBy(asc(persons.name), asc(persons.idNumberMasked))
      .limit(loans.length);
    if (borrowers.length < loans.length) throw new Error(`${community.name} has too few demo persons`);
    for (const [i, l] of loans.entries()) {
      n += 1;
      const dueOn = `${l.due[0]}-${l.due[1]}`;
      const repayments = [
        ...(l.repaidByDue ? [{ paidOn: dueOn, principalFen: l.repaidByDue * 100 }] : []),
        ...(l.repaidLate ? [{ paidOn: `${l.due[0]}-12-20`, principalFen: l.repaidLate * 100 }] : []),
      ];
      const repaid = (l.repaidByDue ?? 0) + (l.repaidLate ?? 0);
      await ledger.loan({
        number: `DK-XY-${last}-${String(n).padStart(4, '0')}`,
        personId: borrowers[i]!.id,
        bankId,
        community,
        principalFen: l.yuan * 100,
        disbursedOn: `${l.disbursed[0]}-${l.disbursed[1]}`,
        maturesOn: dueOn,
        status: l.compensated ? 'compensated' : repaid >= l.yuan ? 'repaid' : 'disbursed',
        repayments,
        ...(l.compensated ? { compensatedOn: `${l.due[0]}-11-15` } : {}),
      });
    }
  }

  const lastYear = (yuan: number, monthDay: string): DemoLoan => ({
    yuan,
    disbursed: [last, monthDay],
    due: [last + 2, monthDay],
  });
  const matured = (yuan: number, monthDay: string, more: Partial<DemoLoan> = {}): DemoLoan => ({
    yuan,
    disbursed: [last - 1, monthDay],
    due: [last, monthDay],
    repaidByDue: yuan,
    ...more,
  });
  const goodLoans = [
    lastYear(50000, '03-15'),
    lastYear(30000, '04-20'),
    lastYear(40000, '06-10'),
    lastYear(20000, '09-05'),
    matured(50000, '09-30'),
    matured(30000, '10-31'),
    matured(20000, '11-30', { repaidByDue: 19000, repaidLate: 1000 }),
  ];
  const poorLoans = [
    lastYear(30000, '03-01'),
    lastYear(30000, '05-08'),
    lastYear(30000, '07-16'),
    matured(50000, '08-31'),
    matured(40000, '09-30'),
    matured(10000, '10-31', { repaidByDue: 0, compensated: true }),
  ];
  await book(good, goodLoans);
  await book(poor, poorLoans);
  return { recognisable: good.name, notRecognisable: poor.name, loans: n };
}
