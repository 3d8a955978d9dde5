import { eq } from 'drizzle-orm';
import type { TestApp } from '../../../test/test-app.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { entrepreneurshipRecords } from '../businesses/businesses.fixtures.ts';
import { insertBank, insertLoan } from '../loans/loans.fixtures.ts';
import { guaranteedLoanEvents, type LoanStatus } from '../loans/loans.schema.ts';
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
 * would store them: the file only reads them.
 */
export async function insertLoanAndBusiness(t: TestApp, fileId: string, personId: string) {
  const org = t.city.street1;
  const bank = await insertBank(t.db, org, 'B001');
  const loan = await insertLoan(
    t.db,
    { bankId: bank.id, personId, org },
    {
      number: 'DK-2026-000001',
      fileId,
      appliedOn: '2026-04-10',
      disbursedOn: '2026-05-06',
      maturesOn: '2028-05-05',
    },
  );
  // its history, recorded at one instant (as a loan taken over with its events would be)
  const step = (action: string, onDate: string, toStatus: LoanStatus, amountFen: number | null = null) => ({
    loanId: loan.id,
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
  const business = await entrepreneurshipRecords(t.db).business(
    { id: fileId, orgId: org.id, orgPath: org.path },
    '2026-05-20',
    { kind: 'individual' },
  );
  return { loanId: loan.id, businessId: business.id };
}
