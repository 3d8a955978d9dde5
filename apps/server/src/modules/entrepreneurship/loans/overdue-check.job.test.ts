import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../../jobs.ts';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { enqueueDaily } from '../../../platform/jobs/daily-scheduler.ts';
import { jobs } from '../../../platform/jobs/jobs.schema.ts';
import { startJobWorker } from '../../../platform/jobs/jobs.worker.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { pinnableClock } from '../../../test/test-clock.ts';
import { loanRecords } from './loans.fixtures.ts';
import { guaranteedLoanEvents, guaranteedLoans } from './loans.schema.ts';
import { OVERDUE_CHECK_JOB } from './overdue-check.job.ts';

const clock = pinnableClock();
const t = await createTestApp({ clock });
const records = loanRecords(t.db);
const bank = await records.bank(t.city.city, 'JOB370983');
// lent on 2026-10-15: the first instalment falls due on 2026-11-15
const loan = await records.disbursedLoan(
  t.city.city,
  await records.person(t.city.community1, '褚逾期'),
  bank.id,
  {
    contractNumber: 'JOB-2026-0001',
    principalFen: 2_400_000,
    disbursedOn: '2026-10-15',
  },
);
const worker = startJobWorker({
  db: t.db,
  handlers: jobHandlers(t.db, t.services.auditAnchor, t.services),
  pollMs: 20,
});
afterAll(() => worker.stop());

async function runFor(day: string) {
  clock.pin(day);
  const queued = await enqueueDaily(t.db, OVERDUE_CHECK_JOB, day);
  const end = Date.now() + 10_000;
  for (;;) {
    const [job] = await t.db.select().from(jobs).where(eq(jobs.id, queued!.id));
    if (job!.status === 'succeeded' || job!.status === 'failed') return job!;
    if (Date.now() > end) throw new Error(`job still ${job!.status}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
const loanRow = async () =>
  (await t.db.select().from(guaranteedLoans).where(eq(guaranteedLoans.id, loan.id)))[0]!;

describe('daily overdue check job', () => {
  it('is not queued by a test app (the scheduler runs only in a started server)', async () => {
    expect(await t.db.select().from(jobs).where(eq(jobs.kind, OVERDUE_CHECK_JOB))).toEqual([]);
  });

  it('turns a loan overdue once its instalment is unpaid past the due date, as the system, audited', async () => {
    const before = await runFor('2026-11-15');
    expect(before.result).toEqual({ checked: 1, overdue: 0, becameOverdue: 0 });
    expect((await loanRow()).status).toBe('disbursed');

    const after = await runFor('2026-11-16');
    expect(after.result).toEqual({ checked: 1, overdue: 1, becameOverdue: 1 });
    expect(await loanRow()).toMatchObject({ status: 'overdue', overdueSince: '2026-11-15' });
    const [event] = await t.db
      .select()
      .from(guaranteedLoanEvents)
      .where(and(eq(guaranteedLoanEvents.loanId, loan.id), eq(guaranteedLoanEvents.action, 'overdue')));
    expect(event).toMatchObject({ onDate: '2026-11-16', amountFen: 100_000 });
    const audits = await t.db
      .select({ username: auditLog.username, action: auditLog.action, detail: auditLog.detail })
      .from(auditLog)
      .where(eq(auditLog.username, 'system'));
    expect(audits).toContainEqual(
      expect.objectContaining({
        action: 'guaranteed_loan.overdue',
        detail: expect.objectContaining({ to: 'overdue' }),
      }),
    );
    expect(audits.filter((a) => a.action === 'guaranteed_loan.overdue_check').map((a) => a.detail)).toEqual([
      { on: '2026-11-15', checked: 1, overdue: 0, becameOverdue: 0 },
      { on: '2026-11-16', checked: 1, overdue: 1, becameOverdue: 1 },
    ]);
  });
});
