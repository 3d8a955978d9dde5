import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { insertOrg } from '../../../platform/orgs/orgs.service.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { trainingRecords } from '../../training/progress/progress.fixtures.ts';
import { creditCommunityEvaluations } from './credit-communities.schema.ts';
import { ledgerBuilder } from './ledger-builder.ts';

// TEST_NOW is 2026-10-20: the year to evaluate is 2025.
const t = await createTestApp();
const { community1: c1, community2: c2 } = t.city;
const people = trainingRecords(t.db);
const ledger = ledgerBuilder(t.db);
const bank = await ledger.bank(t.city.city, '农商银行测试支行', 'B-TEST-1');
let n = 0;
const loan = async (
  community: typeof c1,
  principalYuan: number,
  disbursedOn: string,
  maturesOn: string,
  more: Partial<Parameters<typeof ledger.loan>[0]> = {},
) => {
  n += 1;
  const personId = await people.person(community, `借款人${n}`);
  return ledger.loan({
    number: `DK-T-${String(n).padStart(4, '0')}`,
    personId,
    bankId: bank,
    community,
    principalFen: principalYuan * 100,
    disbursedOn,
    maturesOn,
    ...more,
  });
};
const fen = (yuan: number) => yuan * 100;

// 新城社区: three borrowers in 2025 (100 000 yuan); of the 60 000 that fell due in 2025, 59 000 were
// repaid by maturity (98.33%).
await loan(c1, 50000, '2025-03-01', '2027-03-01');
await loan(c1, 30000, '2025-05-01', '2027-05-01');
await loan(c1, 20000, '2025-06-01', '2027-06-01');
await loan(c1, 40000, '2023-02-01', '2025-02-01', {
  status: 'repaid',
  repayments: [
    { paidOn: '2024-02-01', principalFen: fen(20000) },
    { paidOn: '2025-01-31', principalFen: fen(20000) },
  ],
});
// extended from 2024 to 2025: due in 2025
await loan(c1, 10000, '2022-06-01', '2024-06-01', {
  extendedTo: '2025-06-01',
  status: 'repaid',
  repayments: [{ paidOn: '2025-05-30', principalFen: fen(10000) }],
});
// 1 000 of it repaid after maturity: not recovered by maturity
await loan(c1, 10000, '2023-08-01', '2025-08-01', {
  status: 'repaid',
  repayments: [
    { paidOn: '2025-07-30', principalFen: fen(9000) },
    { paidOn: '2025-09-15', principalFen: fen(1000) },
  ],
});
// due in 2025 but extended to 2026: not matured in 2025
await loan(c1, 25000, '2023-09-01', '2025-09-01', {
  extendedTo: '2026-09-01',
  status: 'repaid',
  repayments: [{ paidOn: '2026-08-31', principalFen: fen(25000) }],
});
// another year: disbursed 2024, due (and repaid) 2026
await loan(c1, 15000, '2024-04-01', '2026-04-01', {
  status: 'repaid',
  repayments: [{ paidOn: '2026-03-31', principalFen: fen(15000) }],
});

// 老城社区: three borrowers in 2025; of 100 000 due, 10 000 compensated by the guarantee fund (90%).
await loan(c2, 30000, '2025-02-01', '2027-02-01');
await loan(c2, 30000, '2025-03-01', '2027-03-01');
await loan(c2, 30000, '2025-04-01', '2027-04-01');
await loan(c2, 90000, '2023-05-01', '2025-05-01', {
  status: 'repaid',
  repayments: [{ paidOn: '2025-04-30', principalFen: fen(90000) }],
});
await loan(c2, 10000, '2023-07-01', '2025-07-01', { status: 'compensated', compensatedOn: '2025-10-08' });
// both held the 2024 title
const title2024 = (community: typeof c1) => ({
  communityOrgId: community.id,
  year: 2024,
  fullEmployment: true,
  borrowers: 4,
  issuedFen: fen(120000),
  maturedDueFen: fen(50000),
  maturedRecoveredFen: fen(50000),
  commitmentsSigned: 4,
  trackingCards: 4,
  outcome: 'recognised' as const,
  reasons: [],
  rewardFen: fen(1800),
  status: 'published' as const,
  publishedOn: '2025-02-10',
  orgId: community.id,
  orgPath: community.path,
});
const [, oldTitle2] = await t.db
  .insert(creditCommunityEvaluations)
  .values([title2024(c1), title2024(c2)])
  .returning();

const reviewer = await t.login('reviewer');
const base = '/api/entrepreneurship/credit-communities';
const overview = async (client = reviewer) => (await client.get(`${base}?year=2025`)).body;
const item = (o: any, id: number) => o.items.find((i: any) => i.communityOrgId === id);
const statement = (id: number, checks = { debt_recovery_cooperation: true, joint_recognition: true }) => ({
  communityOrgId: id,
  fullEmployment: true,
  checks,
});

describe('the figures of a community year, counted from its ledger', () => {
  it('counts borrowers and the total issued in the year through the community only', async () => {
    const f = item(await overview(), c1.id).figures;
    expect(f).toMatchObject({ borrowers: 3, issued: '100000.00', commitmentsSigned: 3, trackingCards: 3 });
  });

  it('counts the loans due in the year (extended ones at their new maturity) and what was repaid by maturity', async () => {
    expect(item(await overview(), c1.id).figures).toMatchObject({
      maturedDue: '60000.00',
      maturedRecovered: '59000.00',
      recoveryRatePercent: '98.33',
      badDebt: '0.00',
    });
    expect(item(await overview(), c2.id).figures).toMatchObject({
      maturedDue: '100000.00',
      maturedRecovered: '90000.00',
      recoveryRatePercent: '90.00',
      badDebt: '10000.00',
    });
  });

  it('drills down to exactly the loans a figure counted, ID numbers masked', async () => {
    const res = await reviewer.get(`${base}/${c1.id}/loans?year=2025&kind=matured`);
    expect(res.status).toBe(200);
    expect(res.body.map((l: any) => l.number)).toEqual(['DK-T-0004', 'DK-T-0005', 'DK-T-0006']);
    expect(res.body.map((l: any) => l.repaidByDue)).toEqual(['40000.00', '10000.00', '9000.00']);
    expect(res.body[0].idNumberMasked).toContain('****');
  });

  it('shows a street officer the communities of their own street only', async () => {
    const officer2 = await t.login('officer2');
    expect((await overview(officer2)).items.map((i: any) => i.communityOrgId)).toEqual([c2.id]);
    expect((await officer2.get(`${base}/${c1.id}/loans?year=2025&kind=issued`)).status).toBe(404);
    expect(
      (await officer2.post(`${base}/evaluations`, { year: 2025, items: [statement(c2.id)] })).status,
    ).toBe(403);
  });
});

describe('evaluation, publication, reward and withdrawal', () => {
  it('asks for the rule’s human checks before it decides', async () => {
    const res = await reviewer.post(`${base}/evaluations`, {
      year: 2025,
      items: [statement(c1.id, {} as never)],
    });
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('配合欠款追索');
  });

  it('refuses a year that has not ended', async () => {
    const res = await reviewer.post(`${base}/evaluations`, { year: 2026, items: [statement(c1.id)] });
    expect(res.status).toBe(422);
  });

  it('stores the rule’s decision with its reasons: one recognised, one not for its recovery rate', async () => {
    const res = await reviewer.post(`${base}/evaluations`, {
      year: 2025,
      items: [statement(c1.id), statement(c2.id)],
    });
    expect(res.status).toBe(200);
    const e1 = item(res.body, c1.id).evaluation;
    expect(e1).toMatchObject({ outcome: 'recognised', reward: '1500.00', status: 'evaluated' });
    expect(e1.reasons.every((r: any) => r.met)).toBe(true);
    expect(e1.reasons.some((r: any) => r.text.includes('回收率98.33%'))).toBe(true);
    const e2 = item(res.body, c2.id).evaluation;
    expect(e2).toMatchObject({ outcome: 'not_recognised', reward: '0.00' });
    const failed = e2.reasons.filter((r: any) => !r.met);
    expect(failed.map((r: any) => r.text)).toEqual(['到期贷款回收率未达96%（回收率90.00%，须达96.00%）']);
    expect(failed[0].clause).toContain('三(二)2');
  });

  it('replaces an unpublished evaluation when evaluated again', async () => {
    const res = await reviewer.post(`${base}/evaluations`, {
      year: 2025,
      items: [{ ...statement(c1.id), fullEmployment: false }],
    });
    expect(item(res.body, c1.id).evaluation).toMatchObject({ outcome: 'not_recognised', version: 2 });
    const again = await reviewer.post(`${base}/evaluations`, { year: 2025, items: [statement(c1.id)] });
    expect(item(again.body, c1.id).evaluation).toMatchObject({ outcome: 'recognised', version: 3 });
    const rows = await t.db
      .select()
      .from(creditCommunityEvaluations)
      .where(eq(creditCommunityEvaluations.communityOrgId, c1.id));
    expect(rows.filter((r) => r.year === 2025)).toHaveLength(1);
  });

  let caseId = '';
  it('publishes: a reward case for the recognised community, the earlier title of the other withdrawn', async () => {
    const res = await reviewer.post(`${base}/publish`, { year: 2025 });
    expect(res.status).toBe(200);
    const e1 = item(res.body, c1.id).evaluation;
    expect(e1.status).toBe('published');
    expect(e1.rewardCaseId).toBeTruthy();
    caseId = e1.rewardCaseId;
    expect(item(res.body, c2.id).evaluation).toMatchObject({ status: 'published', rewardCaseId: null });
    const [old] = await t.db
      .select()
      .from(creditCommunityEvaluations)
      .where(eq(creditCommunityEvaluations.id, oldTitle2!.id));
    expect(old).toMatchObject({ status: 'withdrawn', withdrawnOn: t.today() });
    expect(old!.withdrawReason).toContain('2025年度评定未获认定');
    expect(old!.withdrawReason).toContain('回收率90.00%');
  });

  it('refuses to re-evaluate a published evaluation', async () => {
    const res = await reviewer.post(`${base}/evaluations`, { year: 2025, items: [statement(c1.id)] });
    expect(res.status).toBe(409);
  });

  it('approves the reward case through the case chain at the rule’s amount to the fen', async () => {
    const officer1 = await t.login('officer1');
    let c = (await officer1.get(`/api/cases/${caseId}`)).body;
    expect(c).toMatchObject({ status: 'submitted', applicantName: '新城社区' });
    c = (
      await officer1.post(`/api/cases/${caseId}/accept`, {
        version: c.version,
        materials: c.materials.map((m: any) => ({ code: m.code, provided: true })),
      })
    ).body;
    expect(c.status).toBe('accepted');
    c = (
      await reviewer.post(`/api/cases/${caseId}/review`, {
        version: c.version,
        checks: { debt_recovery_cooperation: { confirmed: true }, joint_recognition: { confirmed: true } },
      })
    ).body;
    expect(c.status).toBe('reviewed');
    const approved = await reviewer.post(`/api/cases/${caseId}/approve`, { version: c.version });
    expect(approved.status).toBe(200);
    const [e] = await t.db
      .select()
      .from(creditCommunityEvaluations)
      .where(
        and(eq(creditCommunityEvaluations.communityOrgId, c1.id), eq(creditCommunityEvaluations.year, 2025)),
      );
    expect(approved.body.approvedAmountFen).toBe(e!.rewardFen);
    expect(e!.rewardFen).toBe(150000);
  });

  it('lists the current credit communities publicly, without sign-in or personal data', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/credit-communities' });
    expect(res.statusCode).toBe(200);
    const names = res.json().items.map((i: any) => i.communityName);
    expect(res.json().items.map((i: any) => [i.communityName, i.year])).toEqual([['新城社区', 2025]]);
    expect(names).toEqual(['新城社区']);
    expect(res.body).not.toContain('借款人');
    expect(res.body).not.toContain('****');
  });

  it('keeps a current title on recheck while this year’s recovery holds', async () => {
    const res = await reviewer.post(`${base}/recheck`);
    expect(res.status).toBe(200);
    expect(res.body.withdrawn).toEqual([]);
    expect(item(await overview(), c1.id).evaluation.status).toBe('published');
  });

  it('withdraws a title with the bureau’s reason, and the public list stops showing it (its earlier title does not come back)', async () => {
    const e = item(await overview(), c1.id).evaluation;
    const empty = await reviewer.post(`${base}/evaluations/${e.id}/withdraw`, {
      reason: ' ',
      version: e.version,
    });
    expect(empty.status).toBe(422);
    const res = await reviewer.post(`${base}/evaluations/${e.id}/withdraw`, {
      reason: '社区不配合欠款追索',
      version: e.version,
    });
    expect(res.status).toBe(200);
    expect(item(res.body, c1.id).evaluation).toMatchObject({
      status: 'withdrawn',
      withdrawReason: '社区不配合欠款追索',
    });
    const pub = await t.app.inject({ method: 'GET', url: '/api/public/credit-communities' });
    expect(pub.json().items).toEqual([]);
  });
});

describe('the recheck of a current title against this year so far', () => {
  it('withdraws the title when the loans due this year recover below the rule’s rate', async () => {
    const street = t.city.street2;
    const c3 = await insertOrg(
      t.db,
      { parentId: street.id, name: '王庄社区', level: 'community', regionCode: '370983002002' },
      street.path,
    );
    await t.db.insert(creditCommunityEvaluations).values({ ...title2024(c3), year: 2025 });
    // due this year: 20 000 repaid by maturity, 10 000 compensated (66.66%); due in December: not yet counted
    await loan(c3, 20000, '2024-03-01', '2026-03-01', {
      status: 'repaid',
      repayments: [{ paidOn: '2026-02-27', principalFen: fen(20000) }],
    });
    await loan(c3, 10000, '2024-05-01', '2026-05-01', { status: 'compensated', compensatedOn: '2026-07-01' });
    await loan(c3, 90000, '2024-12-01', '2026-12-01');
    const res = await reviewer.post(`${base}/recheck`);
    expect(res.status).toBe(200);
    expect(res.body.withdrawn).toEqual([
      {
        communityName: '王庄社区',
        year: 2025,
        reason: `截至${t.today()}，2026年到期贷款回收率未达96%（回收率66.66%，须达96.00%）`,
      },
    ]);
    const pub = await t.app.inject({ method: 'GET', url: '/api/public/credit-communities' });
    expect(pub.json().items).toEqual([]);
  });
});
