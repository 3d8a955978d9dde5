import { eq } from 'drizzle-orm';
import type { TestApp } from '../../../test/test-app.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
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
