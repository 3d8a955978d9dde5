import { addMonths } from '@minsheng/rules/engine/dates.ts';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createBusinessesService } from '../../modules/entrepreneurship/businesses/businesses.service.ts';
import { createFilesService } from '../../modules/entrepreneurship/files/files.service.ts';
import {
  incubationBases,
  incubationResidents,
} from '../../modules/entrepreneurship/incubation/incubation.schema.ts';
import { createKpisService } from '../../modules/entrepreneurship/kpis/kpis.service.ts';
import {
  guaranteedLoanRepayments,
  guaranteedLoans,
  lendingBanks,
} from '../../modules/entrepreneurship/loans/loans.schema.ts';
import { createEmployersService } from '../../modules/registry/employers/employers.service.ts';
import { bureauDate, fixedClock } from '../../platform/clock.ts';
import { createFieldCipher } from '../../platform/crypto.ts';
import { TEST_NOW } from '../../test/test-clock.ts';
import { createTestDatabase } from '../../test/test-db.ts';
import { loadDemoCity } from '../demo-city.ts';
import { demoActors } from '../demo-services.ts';

const cipher = createFieldCipher(Buffer.alloc(32, 7));

// The test clock, and the first minutes of a year (CI's clock starts at 2026-12-31 23:50 in
// Asia/Shanghai, so the demo may be made on 1 January): "months before today" cross the year.
describe.each([
  ['the test clock', TEST_NOW],
  ['New Year’s Day', new Date('2027-01-01T00:05:00+08:00')],
])('the demo’s whole-chain entrepreneur (%s)', async (_, now) => {
  const today = bureauDate(now);
  const database = await createTestDatabase();
  afterAll(() => database.close());
  const db = database.db;
  const demo = await loadDemoCity(db, cipher, { today, now });
  const clock = fixedClock(now);
  const actors = await demoActors(db, ['jd_370902001', 'sj_reviewer']);
  const station = actors.get('jd_370902001')!;
  const chain = demo.entrepreneurChain!;
  const file = await createFilesService({ db, clock }).detail(station, chain.fileId);
  const ended = file.training!.endsOn;

  it('is a trainee of the closed SYB class who passed, filed from the trainee record', () => {
    expect(file.number).toBe(chain.fileNumber);
    expect(file.training).toMatchObject({
      occupation: '创业培训（SYB）',
      status: 'completed',
      result: 'passed',
    });
    // the class ended about seven months ago
    expect(ended < addMonths(today, -6) && ended > addMonths(today, -8)).toBe(true);
  });

  it('has a plan an expert found feasible, then took the library’s project', () => {
    expect(file.plans).toHaveLength(1);
    const plan = file.plans[0]!;
    expect(plan.status).toBe('approved');
    expect(plan.reviews).toEqual([expect.objectContaining({ expertName: '王建国', feasible: true })]);
    expect(plan.submittedOn > ended).toBe(true);
    expect(file.projectLinks).toEqual([
      expect.objectContaining({ projectName: plan.title, status: 'taken' }),
    ]);
    expect(file.projectLinks[0]!.takenOn! > plan.reviews[0]!.reviewedOn!).toBe(true);
  });

  it('borrowed after the review from the demo bank, lent and repaid monthly from the bank’s file', async () => {
    expect(file.loans).toHaveLength(1);
    const loan = file.loans[0]!;
    expect(loan).toMatchObject({ status: 'disbursed', principalFen: 50000_00 });
    expect(loan.appliedOn > file.plans[0]!.reviews[0]!.reviewedOn!).toBe(true);
    const [row] = await db
      .select({
        fileId: guaranteedLoans.fileId,
        bank: lendingBanks.name,
        eligibility: guaranteedLoans.eligibility,
      })
      .from(guaranteedLoans)
      .innerJoin(lendingBanks, eq(lendingBanks.id, guaranteedLoans.bankId))
      .where(eq(guaranteedLoans.id, loan.id));
    expect(row).toMatchObject({ fileId: chain.fileId, bank: '中国邮政储蓄银行肥城市支行' });
    // approved by the rule: every condition it checked was met
    expect(row!.eligibility!.every((r) => r.met)).toBe(true);
    const repaid = await db
      .select({ paidOn: guaranteedLoanRepayments.paidOn })
      .from(guaranteedLoanRepayments)
      .where(eq(guaranteedLoanRepayments.loanId, loan.id));
    // one instalment a month since the month after the loan, each due before today
    expect(repaid.length).toBeGreaterThanOrEqual(5);
    expect(repaid.every((r) => r.paidOn > loan.disbursedOn! && r.paidOn < today)).toBe(true);
  });

  it('opened a business after the loan, within 3 months of training, in the employer registry, incubated, with a job from the registry', async () => {
    expect(file.businesses).toHaveLength(1);
    const opened = file.businesses[0]!;
    expect(opened.openedOn >= file.loans[0]!.disbursedOn!).toBe(true);
    expect(opened.openedOn <= addMonths(ended, 3)).toBe(true);
    const business = await createBusinessesService({
      db,
      clock,
      employers: createEmployersService({ db, cipher }),
    }).get(station, chain.businessId);
    expect(business.employerId).not.toBeNull();
    expect(business).toMatchObject({ jobsSource: 'registry', jobs: 1, closedOn: null });
    expect(business.jobPersons).toHaveLength(1);
    expect(new Set(business.jobPersons[0]!.records.map((r) => r.kind))).toEqual(
      new Set(['contract', 'contribution']),
    );
    const [resident] = await db
      .select({ base: incubationBases.name, enteredOn: incubationResidents.enteredOn })
      .from(incubationResidents)
      .innerJoin(incubationBases, eq(incubationBases.id, incubationResidents.baseId))
      .where(eq(incubationResidents.businessId, chain.businessId));
    expect(resident).toEqual({ base: '泰山区创业孵化基地', enteredOn: opened.openedOn });
  });

  it('was followed up 6 months after training, still operating', () => {
    expect(file.followUps).toContainEqual(
      expect.objectContaining({ onDate: addMonths(ended, 6), businessState: 'operating' }),
    );
  });

  it('shows it all on the file’s one timeline, in date order', () => {
    const kinds = file.timeline.map((e) => e.kind);
    for (const kind of [
      'file',
      'training',
      'plan',
      'review',
      'project',
      'loan',
      'business',
      'incubation',
      'guidance',
    ])
      expect(kinds, kind).toContain(kind);
    expect(file.timeline.map((e) => e.title)).toContain('指派创业导师');
    const days = file.timeline.map((e) => e.on);
    expect(days).toEqual([...days].sort());
    const first = (kind: string) => file.timeline.findIndex((e) => e.kind === kind);
    expect(first('review')).toBeLessThan(first('loan'));
    expect(first('loan')).toBeLessThan(first('business'));
  });

  it('counts in the city’s 开业成功率 of the training’s year: opened within 3 and 6 months', async () => {
    const kpis = createKpisService({ db });
    const reviewer = actors.get('sj_reviewer')!;
    const year = Number(ended.slice(0, 4));
    for (const figure of ['trainees', 'passed', 'opened3', 'opened6'] as const) {
      const d = await kpis.drilldown(reviewer, { year, figure, page: 1, pageSize: 200 });
      expect(
        d.items.map((i) => i.fileNumber),
        figure,
      ).toContain(chain.fileNumber);
    }
  });
});
