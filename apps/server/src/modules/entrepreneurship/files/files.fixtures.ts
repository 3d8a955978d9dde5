import { eq } from 'drizzle-orm';
import type { TestApp } from '../../../test/test-app.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { entrepreneurshipBusinesses } from '../businesses/businesses.schema.ts';
import {
  guaranteedLoanEvents,
  guaranteedLoans,
  type LoanStatus,
  lendingBanks,
} from '../loans/loans.schema.ts';
import { entrepreneurshipBusinessPlans, entrepreneurshipFiles } from './files.schema.ts';

let seq = 0;

/** A trainee file for a registry person with one business plan in the given state, straight into the tables. */
export async function insertFileWithPlan(
  t: TestApp,
  personId: string,
  status: 'submitted' | 'approved' | 'revise',
  opts: { traineeId?: string } = {},
) {
  seq += 1;
  const [person] = await t.db.select().from(persons).where(eq(persons.id, personId));
  const [file] = await t.db
    .insert(entrepreneurshipFiles)
    .values({
      number: `CY-2099-${String(seq).padStart(4, '0')}`,
      personId,
      registeredOn: '2026-10-01',
      traineeId: opts.traineeId ?? null,
      orgId: person!.orgId,
      orgPath: person!.orgPath,
    })
    .returning();
  await t.db.insert(entrepreneurshipBusinessPlans).values({
    fileId: file!.id,
    title: '社区早餐店',
    sector: '餐饮',
    investmentFen: 5_000_000,
    plannedJobs: 3,
    submittedOn: '2026-11-20',
    status,
    decidedOn: status === 'submitted' ? null : '2026-11-25',
    orgId: person!.orgId,
    orgPath: person!.orgPath,
  });
  return file!;
}

/**
 * A guaranteed loan and a business of the file's person, as the loans and businesses modules
 * (other helpers') would store them: the file only reads them.
 */
export async function insertLoanAndBusiness(t: TestApp, fileId: string, personId: string) {
  const org = { orgId: t.city.street1.id, orgPath: t.city.street1.path };
  const [bank] = await t.db
    .insert(lendingBanks)
    .values({ name: '肥城农商银行', code: 'B001', ...org })
    .returning();
  const [loan] = await t.db
    .insert(guaranteedLoans)
    .values({
      number: 'DK-2026-000001',
      personId,
      fileId,
      bankId: bank!.id,
      status: 'disbursed',
      appliedOn: '2026-04-10',
      borrowerGroup: 'job_loser',
      requestedFen: 5_000_000,
      counterGuarantee: 'guarantee_fund',
      serviceSector: true,
      principalFen: 5_000_000,
      disbursedOn: '2026-05-06',
      maturesOn: '2028-05-05',
      ...org,
    })
    .returning();
  // its history, recorded at one instant (as a loan taken over with its events would be)
  const step = (action: string, onDate: string, toStatus: LoanStatus, amountFen: number | null = null) => ({
    loanId: loan!.id,
    action,
    onDate,
    toStatus,
    amountFen,
  });
  await t.db
    .insert(guaranteedLoanEvents)
    .values([
      step('disburse', '2026-05-06', 'disbursed', 5_000_000),
      step('guarantee', '2026-04-25', 'guaranteed'),
      step('review', '2026-04-18', 'approved'),
      step('apply', '2026-04-10', 'applied', 5_000_000),
    ]);
  const [business] = await t.db
    .insert(entrepreneurshipBusinesses)
    .values({
      fileId,
      kind: 'individual',
      creditCode: '92370983MA3C0001X1',
      name: '肥城市新城早餐店',
      sector: '餐饮',
      openedOn: '2026-05-20',
      ...org,
    })
    .returning();
  return { loanId: loan!.id, businessId: business!.id };
}
