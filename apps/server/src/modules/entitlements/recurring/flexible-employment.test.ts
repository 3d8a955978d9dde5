import { withAdministeredValues } from '@minsheng/rules/engine/administered.ts';
import { evaluate } from '@minsheng/rules/engine/evaluate.ts';
import { yuanToFen } from '@minsheng/rules/engine/money.ts';
import { policy as flexiblePolicy } from '@minsheng/rules/policies/county-city/flexible-employment/policy.ts';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';
import { allProvided } from '../../cases/cases.fixtures.ts';
import { cases } from '../../cases/cases.schema.ts';
import { ok } from '../../cases/catalogue-walk.fixtures.ts';
import { labourContracts } from '../../registry/contracts/contracts.schema.ts';
import { employerBody } from '../../registry/employers/employers.fixtures.ts';
import { employmentRegistrations } from '../../registry/registrations/registrations.schema.ts';
import { difficultyPerson, periodFlow } from './recurring.fixtures.ts';

/**
 * 灵活就业社会保险补贴 (三(三)4) as a quarterly recurring entitlement, walked through the API: a
 * “4050” difficulty person in flexible employment files for April–June 2026 himself; the approved
 * case sets up a quarterly entitlement from July; the run for the third quarter files July–September
 * as one claim, which is accepted, reviewed, approved and paid through the finance chain. A new
 * contract or employment inside the quarter cuts it short. The test app's day is 2026-10-20, so the
 * fourth quarter, two of whose months are still ahead, is not listed yet.
 *
 * The bureau's figures the test sets: 上年度本市平均工资 98 767 yuan for the months of 2026 (the
 * value dated 2026-01-01, the 2025 figure), minimum monthly wage 2 200 yuan. The subsidy is 11 % of
 * the average wage a year (pension 6 %, medical 5 %), n/12 of it for n months, each part rounded to
 * the fen (half up), the total their sum. By hand:
 *   a quarter (3 months): 98 767 × 3/12 = 24 691.75;
 *     pension 24 691.75 × 6 % = 1 481.505 → 1 481.51, medical × 5 % = 1 234.5875 → 1 234.59,
 *     total 2 716.10 (rounding the 11 % total instead would give 2 716.0925 → 2 716.09);
 *   July and August (2 months): 98 767 × 2/12 = 16 461.1666…;
 *     pension 987.67, medical 823.0583… → 823.06, total 1 810.73;
 *   July alone (1 month): 98 767 / 12 = 8 230.5833…;
 *     pension 493.835 → 493.84, medical 411.529… → 411.53, total 905.37
 *     (the 11 % total would give 905.364… → 905.36).
 */

type Json = Record<string, any>;
const POLICY = 'county-city.flexible-employment';
const AVERAGE_WAGE = '98767';
const QUARTER_FEN = 1481_51 + 1234_59;
const TWO_MONTHS_FEN = 987_67 + 823_06;
const ONE_MONTH_FEN = 493_84 + 411_53;

const t = await createTestApp();
let officer: TestClient;
let reviewer: TestClient;
let finance: TestClient;
const { decide, payRun } = periodFlow(() => ({ officer, reviewer, finance }), ['income_and_insurance_proof']);

const community = t.city.community1;
const scope = { orgId: community.id, orgPath: community.path };
let seq = 0;

/**
 * A man of street 1 born in 1972 (54 in 2026, “4050”): registered unemployed in January 2026,
 * determined a difficulty person in February, in flexible employment (灵活就业登记) from March, which
 * closed his unemployment registration.
 */
async function flexibleWorker() {
  seq += 1;
  const n = seq * 2 + 1;
  const personId = await difficultyPerson(t, officer, {
    n: 700 + n,
    birth: '19720315',
    name: `灵${n}`,
    certificate: `LH2026${String(n).padStart(4, '0')}`,
    unemploymentEndedOn: '2026-03-01',
  });
  const [flexible] = await t.db
    .insert(employmentRegistrations)
    .values({ ...scope, personId, form: 'flexible', startedOn: '2026-03-01' })
    .returning();
  return { personId, flexibleId: flexible!.id };
}

const application = (period: { fromMonth: string; toMonth: string }) => ({
  employment: { mode: 'flexible', monthlyIncome: '2500', insurancePaid: true },
  entitlementStartMonth: '2026-04',
  period,
});

/** His approved claim for the second quarter of 2026, filed by himself. */
async function sourceCase(personId: string) {
  let c = await ok<Json>(
    'create',
    officer.post('/api/cases', {
      caseTypeId: POLICY,
      applicantKind: 'person',
      personId,
      application: application({ fromMonth: '2026-04', toMonth: '2026-06' }),
    }),
  );
  c = await ok(
    'submit',
    officer.post(`/api/cases/${c.id}/submit`, { version: c.version, materials: allProvided(c.materials) }),
  );
  return decide(c.id);
}

/** A quarterly entitlement from July 2026, set up from his approved second-quarter claim. */
async function entitled(personId: string) {
  const c = await sourceCase(personId);
  const e = await ok<Json>(
    'set up',
    officer.post('/api/entitlements', { caseId: c.id, periodKind: 'quarterly', startMonth: '2026-07' }),
  );
  return { caseId: c.id as string, id: e.id as string, entitlement: e };
}

const run = (month: string) =>
  ok<Json>(`run ${month}`, reviewer.post('/api/entitlements/runs', { policyId: POLICY, month }));

/** The rules package's own amount for `period`, with the figures the test sets (no server). */
function ruleAmount(period: { fromMonth: string; toMonth: string }) {
  const ref = { doc: '测试', note: '测试' };
  const withFigures = withAdministeredValues(flexiblePolicy, [
    { name: 'previous_year_city_average_wage', from: '2026-01-01', value: AVERAGE_WAGE, ref },
    { name: 'minimum_monthly_wage', from: '2009-01-01', value: '2200', ref },
  ]);
  const result = evaluate(
    withFigures,
    {
      person: { gender: 'male', birthDate: '1972-03-15', retirementCategory: 'male', difficultyPerson: true },
      ...application(period),
    },
    { on: '2026-10-20', confirmedChecks: { income_and_insurance_proof: true } },
  );
  expect(result.outcome).toBe('eligible');
  return result.amounts;
}

beforeAll(async () => {
  officer = await t.login('officer1');
  reviewer = await t.login('reviewer');
  finance = await t.login('finance');
  await t.services.caseTypes.sync();
  const set = (name: string, body: Json) =>
    ok(name, reviewer.put(`/api/policies/${POLICY}/parameters/${name}`, { refDoc: '测试', ...body }));
  await set('previous_year_city_average_wage', { effectiveFrom: '2026-01-01', value: AVERAGE_WAGE });
  await set('minimum_monthly_wage', { effectiveFrom: '2009-01-01', value: '2200' });
});

describe('灵活就业社会保险补贴, quarterly', () => {
  const people: Record<string, { personId: string; flexibleId: string; caseId: string; id: string }> = {};

  it('sets up a quarterly entitlement from his approved claim for the second quarter, filed by himself', async () => {
    for (const name of ['a', 'b', 'c']) {
      const w = await flexibleWorker();
      const e = await entitled(w.personId);
      people[name] = { ...w, caseId: e.caseId, id: e.id };
      expect(e.entitlement).toMatchObject({
        policyId: POLICY,
        personId: w.personId,
        employerId: null,
        postId: null,
        periodKind: 'quarterly',
        periodKindLabel: '按季',
        startMonth: '2026-07',
        status: 'active',
        periods: [],
      });
    }
    // the second quarter's own claim was approved at a quarter's amount, by hand
    const [source] = await t.db.select().from(cases).where(eq(cases.id, people.a!.caseId));
    expect(source!.approvedAmountFen).toBe(QUARTER_FEN);
  });

  it('lists the third quarter as one claim; paid at the rule amount, which is the hand figure', async () => {
    // B signs a labour contract with an employer from 10 August: July and August are due, not September
    const employer = await ok<Json>(
      'employer',
      officer.post('/api/employers', employerBody(community.id, 790)),
    );
    await t.db.insert(labourContracts).values({
      ...scope,
      personId: people.b!.personId,
      employerId: employer.id,
      termKind: 'fixed',
      signedOn: '2026-08-05',
      startsOn: '2026-08-10',
      endsOn: '2029-08-09',
    });
    // C leaves flexible employment and is employed by a company from 1 August: only July is due
    await t.db
      .update(employmentRegistrations)
      .set({ endedOn: '2026-07-31', endReason: 'business_closed' })
      .where(eq(employmentRegistrations.id, people.c!.flexibleId));
    await t.db.insert(employmentRegistrations).values({
      ...scope,
      personId: people.c!.personId,
      employerName: '某物流公司',
      form: 'employer',
      startedOn: '2026-08-01',
    });

    const q3 = await run('2026-09');
    expect(q3).toMatchObject({ listedCount: 3, stoppedCount: 0, recoveryCount: 0 });
    // the run names the quarter its lines cover, not only the month it was made for
    expect(q3).toMatchObject({ periodKind: 'quarterly', periodStart: '2026-07', periodEnd: '2026-09' });
    const line = (id: string) => q3.lines.find((l: Json) => l.entitlementId === id);
    expect(line(people.a!.id)).toMatchObject({
      fromMonth: '2026-07',
      toMonth: '2026-09',
      paidToMonth: '2026-09',
      outcome: 'listed',
      amount: '2716.10',
      stopCode: null,
      reason: null,
    });
    expect(line(people.b!.id)).toMatchObject({
      fromMonth: '2026-07',
      toMonth: '2026-09',
      paidToMonth: '2026-08',
      outcome: 'listed',
      amount: '1810.73',
      stopCode: 'new_contract',
      stopLabel: '与其他单位签订劳动合同',
    });
    expect(line(people.b!.id).reason).toContain('2026-08-10 起与其他单位签订劳动合同');
    expect(line(people.c!.id)).toMatchObject({
      paidToMonth: '2026-07',
      outcome: 'listed',
      amount: '905.37',
      stopCode: 're_employed',
      stopLabel: '再就业',
    });
    expect(line(people.c!.id).reason).toContain('2026-08-01 起在某物流公司就业');
    expect(q3.totalAmount).toBe('5432.20');

    const paid = await payRun(q3);
    const expected: Record<string, { fen: number; period: { fromMonth: string; toMonth: string } }> = {
      a: { fen: QUARTER_FEN, period: { fromMonth: '2026-07', toMonth: '2026-09' } },
      b: { fen: TWO_MONTHS_FEN, period: { fromMonth: '2026-07', toMonth: '2026-08' } },
      c: { fen: ONE_MONTH_FEN, period: { fromMonth: '2026-07', toMonth: '2026-07' } },
    };
    for (const [name, want] of Object.entries(expected)) {
      const l = line(people[name]!.id);
      const row = paid.rows.find((r: Json) => r.caseId === l.caseId);
      expect(row, name).toMatchObject({ status: 'paid' });
      // paid = the case's approved amount = the period's listed amount = the rules' amount = by hand
      expect(yuanToFen(row!.paidAmount!), name).toBe(want.fen);
      const [c] = await t.db.select().from(cases).where(eq(cases.id, l.caseId));
      expect(c!.approvedAmountFen, name).toBe(want.fen);
      expect(c!.personId).toBe(people[name]!.personId);
      expect(c!.employerId).toBeNull();
      expect(c!.application.period).toEqual(want.period);
      expect(yuanToFen(ruleAmount(want.period).total!), name).toBe(want.fen);
    }
    expect(ruleAmount({ fromMonth: '2026-07', toMonth: '2026-09' })).toEqual({
      pension_subsidy: '1481.51',
      medical_subsidy: '1234.59',
      total: '2716.10',
    });
  });

  it('a quarter cut short ends the entitlement stopped with its reason in Chinese; the whole quarter keeps it active', async () => {
    const a = await ok<Json>('a', reviewer.get(`/api/entitlements/${people.a!.id}`));
    expect(a).toMatchObject({ status: 'active', listedThroughMonth: '2026-09', stopCode: null });
    expect(
      a.periods.map((p: Json) => [p.fromMonth, p.toMonth, p.paidToMonth, p.amount, p.caseStatus]),
    ).toEqual([['2026-07', '2026-09', '2026-09', '2716.10', 'paid']]);
    const b = await ok<Json>('b', reviewer.get(`/api/entitlements/${people.b!.id}`));
    expect(b).toMatchObject({
      status: 'stopped',
      statusLabel: '已停发',
      stopCode: 'new_contract',
      stopLabel: '与其他单位签订劳动合同',
      stoppedOn: '2026-08-10',
      stopReason: '与其他单位签订劳动合同：2026-08-10 起与其他单位签订劳动合同',
    });
    const c = await ok<Json>('c', reviewer.get(`/api/entitlements/${people.c!.id}`));
    expect(c).toMatchObject({
      status: 'stopped',
      stopCode: 're_employed',
      stoppedOn: '2026-08-01',
      stopReason: '再就业：2026-08-01 起在某物流公司就业（就业登记）',
    });
    expect(c.periods.map((p: Json) => [p.paidToMonth, p.amount, p.caseStatus])).toEqual([
      ['2026-07', '905.37', 'paid'],
    ]);
    // the third quarter again lists nothing twice; the paid months were all due: no recovery
    expect(await run('2026-09')).toMatchObject({ listedCount: 0, stoppedCount: 0, recoveryCount: 0 });
  });

  it('lists the fourth quarter only once its last month has come, not in October with two months ahead', async () => {
    // today is 2026-10-20: November and December have not begun, so the registry cannot show their
    // stop events yet (and he has not paid their contributions): the quarter waits
    const oct = await run('2026-10');
    expect(oct).toMatchObject({ listedCount: 0, stoppedCount: 0, batchId: null });
    expect(oct.lines).toEqual([]);
    expect(await ok<Json>('a', reviewer.get(`/api/entitlements/${people.a!.id}`))).toMatchObject({
      status: 'active',
      listedThroughMonth: '2026-09',
    });
  });

  it('a run made for August, after September, lists the third quarter and is named by its three months', async () => {
    const w = await flexibleWorker();
    const e = await entitled(w.personId);
    const aug = await run('2026-08');
    expect(aug).toMatchObject({
      listedCount: 1,
      periodKind: 'quarterly',
      periodStart: '2026-07',
      periodEnd: '2026-09',
    });
    expect(aug.lines).toMatchObject([
      { entitlementId: e.id, fromMonth: '2026-07', toMonth: '2026-09', amount: '2716.10' },
    ]);
  });
});
