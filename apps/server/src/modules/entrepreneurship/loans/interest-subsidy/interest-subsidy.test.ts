import { yuanToFen } from '@minsheng/rules/engine/money.ts';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../../test/fixtures.ts';
import { createTestApp, type TestClient } from '../../../../test/test-app.ts';
import { allProvided } from '../../../cases/cases.fixtures.ts';
import { cases } from '../../../cases/cases.schema.ts';
import { ok } from '../../../cases/catalogue-walk.fixtures.ts';
import { personBody } from '../../../registry/persons/persons.fixtures.ts';
import { insertBank, insertLoan } from '../loans.fixtures.ts';
import { guaranteedLoanRepayments, interestSubsidyClaims } from '../loans.schema.ts';

/**
 * A bank's 2026 Q3 (1 Jul – 30 Sep, 92 days) interest-subsidy claim, each amount by hand from
 * 001 篇3 三(二)1: Σ(min(balance, quota) × days) fen·days × 4.35% × ratio ÷ 360, rounded half up
 * once per loan. The test app's day is 2026-10-20, after the quarter.
 */

type Json = Record<string, any>;

const t = await createTestApp();
const base = '/api/entrepreneurship/interest-subsidies';
let reviewer: TestClient;
let officer: TestClient;
let finance: TestClient;
let banker: TestClient;
let otherBanker: TestClient;
let bankId: string;
let otherBankId: string;
const loans: Record<string, string> = {};

beforeAll(async () => {
  reviewer = await t.login('reviewer');
  officer = await t.login('officer1');
  finance = await t.login('finance');
  const city = { id: t.city.city.id, path: t.city.city.path };
  const yh = await createUser(t.db, { username: 'yh_test', orgId: t.city.city.id, roles: ['bank_officer'] });
  const yh2 = await createUser(t.db, {
    username: 'yh_other',
    orgId: t.city.city.id,
    roles: ['bank_officer'],
  });
  bankId = (await insertBank(t.db, city, 'B001', [yh.id])).id;
  otherBankId = (await insertBank(t.db, city, 'B002', [yh2.id])).id;
  banker = await t.login('yh_test');
  otherBanker = await t.login('yh_other');
  const person = async (seq: number) =>
    (await ok<Json>('person', officer.post('/api/persons', personBody(t.city.community1.id, 700 + seq)))).id;
  const at = async (seq: number) => ({
    bankId,
    personId: await person(seq),
    org: { id: t.city.community1.id, path: t.city.community1.path },
  });
  // 20 000 repaid on 16 Aug: 46 days × 5 000 000 + 46 days × 3 000 000 = 368 000 000 fen·days
  // × 0.0435 ÷ 360 = 44 466.67 → 44 467 fen
  loans.repaidMid = (
    await insertLoan(t.db, await at(1), {}, [{ paidOn: '2026-08-16', principalFen: 2_000_000 }])
  ).id;
  // 10 000 repaid on 1 May, before the quarter, and 10 000 on 16 Aug: 46 days × 4 000 000 + 46 days
  // × 3 000 000 = 322 000 000; × 0.0435 ÷ 360 = 38 908.33 → 38 908 fen
  loans.prePaid = (
    await insertLoan(t.db, await at(9), {}, [
      { paidOn: '2026-05-01', principalFen: 1_000_000 },
      { paidOn: '2026-08-16', principalFen: 1_000_000 },
    ])
  ).id;
  // 5 000 000 × 92 = 460 000 000; × 0.0435 ÷ 360 × 50% = 27 791.67 → 27 792 fen
  loans.half = (await insertLoan(t.db, await at(2), { borrowerGroup: 'other_unemployed' })).id;
  loans.massage = (await insertLoan(t.db, await at(3), { industry: 'massage' })).id;
  // matured 30 Jun 2026 and extended by a year: the whole quarter is the extension
  loans.extended = (
    await insertLoan(t.db, await at(4), {
      status: 'extended',
      disbursedOn: '2024-06-30',
      maturesOn: '2026-06-30',
      extendedTo: '2027-06-30',
    })
  ).id;
  // three partners, 100 000: quota 90 000 → 9 000 000 × 92 = 828 000 000; × 0.0435 ÷ 360 = 100 050 fen
  loans.partners = (
    await insertLoan(t.db, await at(5), { partners: 3, requestedFen: 10_000_000, principalFen: 10_000_000 })
  ).id;
  // repaid in June: no balance in the quarter, no line
  loans.repaid = (
    await insertLoan(t.db, await at(6), { status: 'repaid' }, [
      { paidOn: '2026-06-20', principalFen: 5_000_000 },
    ])
  ).id;
  // disbursed 1 Sep: 30 days × 5 000 000 = 150 000 000; × 0.0435 ÷ 360 = 18 125 fen
  loans.lateStart = (
    await insertLoan(t.db, await at(7), { disbursedOn: '2026-09-01', maturesOn: '2028-09-01' })
  ).id;
  await insertLoan(t.db, { ...(await at(8)), bankId: otherBankId });
});

const expected: Record<string, { amount: string; reason: string | null }> = {
  repaidMid: { amount: '444.67', reason: null },
  prePaid: { amount: '389.08', reason: null },
  half: { amount: '277.92', reason: null },
  massage: { amount: '0.00', reason: '广告业、房屋中介、典当、桑拿、按摩、网吧、氧吧等项目不贴息' },
  extended: { amount: '0.00', reason: '本期均在原贷款到期日之后，不贴息（展期不贴息）' },
  partners: { amount: '1000.50', reason: null },
  lateStart: { amount: '181.25', reason: null },
};

const compute = (client = reviewer) => client.post(base, { bankId, year: 2026, quarter: 3 });
const linesOf = async (id: string, client = reviewer) =>
  ok<Json[]>('lines', client.get(`${base}/${id}/lines?limit=500`));
const byLoan = (lines: Json[]) => Object.fromEntries(lines.map((l) => [l.loanId, l]));

describe('interest subsidy claims', () => {
  it('computes a bank quarter from the ledger, each line as calculated by hand', async () => {
    const claim = await ok<Json>('compute', compute());
    expect(claim).toMatchObject({
      number: 'TX-2026Q3-B001',
      periodStart: '2026-07-01',
      periodEnd: '2026-09-30',
      status: 'computed',
      loans: 7,
      total: '2293.42',
      dayBasis: 360,
      dayBasisPlaceholder: true,
    });
    const lines = byLoan(await linesOf(claim.id));
    expect(Object.keys(lines).sort()).toEqual(
      Object.keys(expected)
        .map((k) => loans[k])
        .sort(),
    );
    for (const [key, e] of Object.entries(expected)) expect(lines[loans[key]!], key).toMatchObject(e);
    expect(lines[loans.half!]).toMatchObject({ days: 92, balanceDays: '4600000.00', ratio: '0.5' });
    expect(lines[loans.repaidMid!].borrower).not.toBe('张701');
    expect(lines[loans.repaidMid!].idNumberMasked).toContain('*');
  });

  it("explains each line by the rule's own evaluation, to the same fen", async () => {
    const [claim] = await ok<Json[]>('list', reviewer.get(base));
    for (const line of await linesOf(claim!.id)) {
      const x = await ok<Json>(
        'explain',
        reviewer.get(`${base}/${claim!.id}/lines/${line.loanId}/explanation`),
      );
      expect(x.lineAmount).toBe(line.amount);
      const paid = x.evaluation.outcome === 'ineligible' ? '0.00' : x.evaluation.payableTotal;
      expect(paid, line.loanNumber).toBe(line.amount);
      expect(x.evaluation.explanation).toContain('三(二)1');
    }
  });

  it("lets a bank's staff read their own bank's claims only, and only the city compute them", async () => {
    const [claim] = await ok<Json[]>('list', reviewer.get(base));
    expect((await ok<Json[]>('own', banker.get(base))).map((c) => c.id)).toEqual([claim!.id]);
    expect((await linesOf(claim!.id, banker)).length).toBe(7);
    expect(await ok<Json[]>('other', otherBanker.get(base))).toEqual([]);
    expect((await otherBanker.get(`${base}/${claim!.id}`)).status).toBe(404);
    expect((await otherBanker.get(`${base}/${claim!.id}/lines`)).status).toBe(404);
    expect((await compute(banker)).status).toBe(403);
    expect((await officer.get(base)).status).toBe(403);
  });

  it('replaces an unsubmitted claim when recomputed', async () => {
    const before = await ok<Json>('compute', compute());
    // a repayment booked late: 10 000 more on 1 Sep for the half-subsidy loan
    // 62 days × 5 000 000 + 30 days × 4 000 000 = 430 000 000; × 0.0435 ÷ 360 × 50% = 25 979.17 → 25 979 fen
    await t.db
      .insert(guaranteedLoanRepayments)
      .values({ loanId: loans.half!, paidOn: '2026-09-01', principalFen: 1_000_000, bankRef: 'LATE-1' });
    const after = await ok<Json>('recompute', compute());
    expect(after.number).toBe(before.number);
    expect(after.total).toBe('2275.29');
    expect(byLoan(await linesOf(after.id))[loans.half!].amount).toBe('259.79');
    expect(await t.db.select().from(interestSubsidyClaims)).toHaveLength(1);
  });

  it('files one case per paying line, submits once, and finance pays exactly the line amounts', async () => {
    // the bureau confirms the day basis its 具体办法 uses (the seed leaves it open)
    await ok(
      'day basis',
      reviewer.put(
        '/api/policies/county-city.guaranteed-loan-interest-subsidy/parameters/interest_day_basis',
        {
          effectiveFrom: '2009-01-01',
          value: '360',
          refDoc: '市人行、市财政局、市人劳社保局小额担保贷款贴息具体办法',
        },
      ),
    );
    const claim = await ok<Json>('compute', compute());
    expect(claim.dayBasisPlaceholder).toBe(false);
    const lines = (await linesOf(claim.id)).filter((l) => l.amount !== '0.00');
    const batch = await ok<Json>(
      'submit',
      reviewer.post(`${base}/${claim.id}/submit`, { version: claim.version }),
    );
    expect(batch.totals).toMatchObject({ rows: 5, cases: 5, errors: 0 });
    expect((await reviewer.post(`${base}/${claim.id}/submit`, { version: claim.version })).status).toBe(409);
    expect((await compute()).status).toBe(409);

    const filed = await t.db.select().from(cases).where(eq(cases.batchId, batch.id));
    const refs = [];
    for (const c0 of filed) {
      let c = await ok<Json>('case', officer.get(`/api/cases/${c0.id}`));
      c = await ok(
        'accept',
        officer.post(`/api/cases/${c0.id}/accept`, {
          version: c.version,
          materials: allProvided(c.materials),
        }),
      );
      c = await ok(
        'review',
        reviewer.post(`/api/cases/${c0.id}/review`, {
          version: c.version,
          checks: { materials: { confirmed: true } },
        }),
      );
      c = await ok('approve', reviewer.post(`/api/cases/${c0.id}/approve`, { version: c.version }));
      refs.push({ id: c0.id, version: c.version });
    }
    await ok('send', reviewer.post('/api/finance/send', { cases: refs }));
    const sent = [];
    for (const c of filed)
      sent.push({ id: c.id, version: (await ok<Json>('case', reviewer.get(`/api/cases/${c.id}`))).version });
    const plan = await ok<Json>(
      'plan',
      finance.post('/api/payment-plans', { title: '创业担保贷款贴息', cases: sent }),
    );
    const approved = await ok<Json>(
      'approve plan',
      finance.post(`/api/payment-plans/${plan.id}/approve`, { version: plan.version }),
    );
    await ok(
      'pay',
      finance.post(`/api/payment-plans/${approved.id}/pay`, { bankReference: `PX-${plan.number}` }),
    );

    const loanOfCase = new Map(filed.map((c) => [c.id, (c.application as Json).loanId as string]));
    const detail = await ok<Json>('batch', reviewer.get(`/api/case-batches/${batch.id}`));
    const lineOfLoan = byLoan(lines);
    expect(detail.rows).toHaveLength(5);
    for (const row of detail.rows) {
      const line = lineOfLoan[loanOfCase.get(row.caseId)!];
      expect(row).toMatchObject({ status: 'paid', amount: line.amount, paidAmount: line.amount });
    }
    expect(yuanToFen(detail.totals.paidAmount)).toBe(yuanToFen(claim.total));
  });
});
