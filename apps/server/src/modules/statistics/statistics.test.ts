import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.schema.ts';
import { createUser } from '../../test/fixtures.ts';
import { createTestApp, type TestClient } from '../../test/test-app.ts';
import { insuranceContributions } from '../registry/contributions/contributions.schema.ts';
import { persons } from '../registry/persons/persons.schema.ts';
import { employmentRegistrations } from '../registry/registrations/registrations.schema.ts';
import { drillParts, indicatorCatalogue } from './indicator-catalogue.ts';
import { seedStatisticsStory } from './statistics.fixtures.ts';

const t = await createTestApp();
await createUser(t.db, { username: 'leader', orgId: t.city.city.id, roles: ['bureau_leader'] });
await t.services.caseTypes.list(); // case types follow the catalogue on first use
const story = await seedStatisticsStory(t.db, t.city, t.users.reviewer.id);
const { A1, A3, A4, A5, A6, A7, H1, H2, C1, C4, C6 } = story.street1;
const { B1, B2, B3, C5 } = story.street2;
const officer1 = await t.login('officer1');
const officer2 = await t.login('officer2');
const leader = await t.login('leader');
const Q3 = 'period=quarter&year=2026&index=3';

/**
 * Hand count of street 1 in 2026 Q3 (see the comments in statistics.fixtures.ts): for each member
 * set, the records behind it.
 */
const street1: Record<string, string[]> = {
  new_jobs: [A1, A4, A6, A7],
  natural_attrition: [A3],
  reemployed_unemployed: [A4],
  new_jobs_with_contract: [A1],
  new_jobs_insured: [A1, A4],
  reemployed_insured: [A4],
  rural_labour_transfer: [A1],
  insurance_expansion: [A1],
  difficulty_determined: [A5],
  difficulty_employed: [A6],
  zero_households_recognised: [H1],
  zero_households_cleared: [H2],
  registered_unemployed: [A5],
  subsidies_approved: [C1, C4],
  subsidies_paid: [C1, C6],
};
const street2: Record<string, string[]> = {
  new_jobs: [B1],
  natural_attrition: [B3],
  reemployed_unemployed: [B1],
  new_jobs_insured: [B1],
  reemployed_insured: [B1],
  rural_labour_transfer: [B1],
  insurance_expansion: [B1],
  difficulty_determined: [B2],
  registered_unemployed: [B2],
  subsidies_approved: [C5],
  subsidies_paid: [C5],
};
const expectedValue: Record<string, number | null> = {
  new_jobs: 4,
  natural_attrition: 1,
  new_employment: 3,
  reemployed_unemployed: 1,
  new_employment_and_reemployment: 4,
  contract_signing_rate: 1 / 4,
  insurance_participation_rate: 2 / 4,
  insurance_renewal_rate: 1,
  rural_labour_transfer: 1,
  insurance_collection: null,
  insurance_expansion: 1,
  rural_pension_enrolment: null,
  // no trainee records in this story: training-indicators.test.ts counts them
  training_trained: 0,
  training_certified: 0,
  training_pass_rate: null,
  training_reemployment_rate: null,
  difficulty_determined: 1,
  difficulty_employed: 1,
  zero_households_recognised: 1,
  zero_households_cleared: 1,
  registered_unemployed: 1,
  registered_unemployment_rate: null,
  subsidies_approved: 200000,
  subsidies_paid: 170000,
};

async function drillAll(c: TestClient, code: string, part: string, query: string) {
  const res = await c.get(`/api/statistics/indicators/${code}/drilldown?${query}&part=${part}&pageSize=200`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { total: number; items: { id: string; idNumberMasked?: string }[] };
}

describe('indicators of a street for a quarter', async () => {
  const res = await officer1.get(`/api/statistics/indicators?${Q3}`);
  const items = new Map<string, any>(res.body.items.map((i: { code: string }) => [i.code, i]));

  it('answers every indicator of the catalogue with the period and the organisation', () => {
    expect(res.status).toBe(200);
    expect(res.body.period).toMatchObject({ from: '2026-07-01', to: '2026-09-30', label: '2026年第三季度' });
    expect(res.body.org).toMatchObject({ id: t.city.street1.id });
    expect([...items.keys()]).toEqual(indicatorCatalogue.map((d) => d.code));
  });

  for (const d of indicatorCatalogue) {
    it(`${d.name} (${d.code}) equals the hand count, and each part equals its drill-down`, async () => {
      const v = items.get(d.code);
      expect(v.value).toBe(expectedValue[d.code]);
      if (d.kind === 'uncountable') {
        expect(v.reason).toBeTruthy();
        const refused = await officer1.get(`/api/statistics/indicators/${d.code}/drilldown?${Q3}`);
        expect(refused.status).toBe(422);
        return;
      }
      for (const part of drillParts(d)) {
        const drilled = await drillAll(officer1, d.code, part.part, Q3);
        const hand = street1[part.members] ?? [];
        expect(drilled.total).toBe(hand.length);
        expect(drilled.items.map((i) => i.id).sort()).toEqual([...hand].sort());
        // the figure's own parts are these same totals
        if (d.kind === 'rate') expect(v[part.part]).toBe(hand.length);
        if (d.kind === 'count') expect(v.value).toBe(hand.length);
        if (d.kind === 'amount') expect(v.count).toBe(hand.length);
        if (d.kind === 'sum')
          expect(v.terms.find((x: { code: string }) => x.code === part.part).value).toBe(hand.length);
      }
    });
  }
});

describe('the drill-down rows', () => {
  it.each([
    ['new_jobs', 'value', 'person', ['id', 'idNumberMasked', 'name', 'onDate', 'orgName']],
    [
      'subsidies_approved',
      'value',
      'case',
      ['amountFen', 'caseTypeName', 'id', 'name', 'number', 'onDate', 'orgName', 'status'],
    ],
    [
      'zero_households_recognised',
      'value',
      'household',
      ['id', 'idNumberMasked', 'name', 'number', 'onDate', 'orgName'],
    ],
  ])('of %s (%s) carry the %s fields and nothing more', async (code, part, subject, fields) => {
    const res = await officer1.get(`/api/statistics/indicators/${code}/drilldown?${Q3}&part=${part}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.subject).toBe(subject);
    expect(res.body.items.length).toBeGreaterThan(0);
    for (const row of res.body.items) expect(Object.keys(row).sort()).toEqual(fields);
  });
});

describe('another organisation', () => {
  it("is never counted: each street's figures hold only its own records, the city's both", async () => {
    const two = (await officer2.get(`/api/statistics/indicators?${Q3}`)).body.items;
    const city = (await leader.get(`/api/statistics/indicators?${Q3}`)).body.items;
    for (const d of indicatorCatalogue.filter((x) => x.kind === 'count')) {
      if (d.kind !== 'count') continue;
      const own = two.find((i: { code: string }) => i.code === d.code).value;
      expect(own, d.code).toBe((street2[d.members] ?? []).length);
      const both = city.find((i: { code: string }) => i.code === d.code).value;
      expect(both, d.code).toBe((street1[d.members] ?? []).length + (street2[d.members] ?? []).length);
    }
  });

  it("is never listed: a street officer's drill-down shows only the own street", async () => {
    const drilled = await drillAll(officer2, 'new_jobs', 'value', Q3);
    expect(drilled.items.map((i) => i.id)).toEqual([B1]);
  });

  it("refuses another street's organisation as not found", async () => {
    const res = await officer1.get(`/api/statistics/indicators?${Q3}&orgId=${t.city.street2.id}`);
    expect(res.status).toBe(404);
    const drill = await officer1.get(
      `/api/statistics/indicators/new_jobs/drilldown?${Q3}&orgId=${t.city.street2.id}`,
    );
    expect(drill.status).toBe(404);
  });
});

describe('records written after a figure was read', () => {
  const Q1_2025 = 'period=quarter&year=2025&index=1';
  const value = async (c: TestClient, code: string) =>
    (await c.get(`/api/statistics/indicators?${Q1_2025}&codes=${code}`)).body.items[0].value as number;

  it('count in the next answer, and a newly insured person counts once, where the first month was paid', async () => {
    const before = {
      one: await value(officer1, 'insurance_expansion'),
      two: await value(officer2, 'insurance_expansion'),
      city: await value(leader, 'insurance_expansion'),
      jobs: await value(officer2, 'new_jobs'),
    };
    // a person of street 1 first paid in February there, then in March in street 2, where they
    // also start a job: written straight into the tables, as an import or a repair script would
    const [p] = await t.db
      .insert(persons)
      .values({
        idNumberEnc: 'enc-moved',
        idNumberHash: 'hash-moved',
        idNumberMasked: '370983********9999',
        name: '迁入',
        gender: '1',
        birthDate: '1990-01-01',
        hukouType: 'urban',
        hukouPlace: 'local',
        orgId: t.city.community1.id,
        orgPath: t.city.community1.path,
      })
      .returning({ id: persons.id });
    const paidIn = (org: { id: number; path: string }, month: string) => ({
      personId: p!.id,
      kind: 'pension',
      month,
      status: 'paid' as const,
      baseFen: 400000,
      personalFen: 32000,
      unitFen: 64000,
      orgId: org.id,
      orgPath: org.path,
    });
    await t.db
      .insert(insuranceContributions)
      .values([paidIn(t.city.community1, '2025-02-01'), paidIn(t.city.community2, '2025-03-01')]);
    await t.db.insert(employmentRegistrations).values({
      personId: p!.id,
      form: 'employer',
      startedOn: '2025-03-03',
      orgId: t.city.community2.id,
      orgPath: t.city.community2.path,
    });
    expect(await value(officer1, 'insurance_expansion')).toBe(before.one + 1);
    expect(await value(officer2, 'insurance_expansion')).toBe(before.two);
    expect(await value(leader, 'insurance_expansion')).toBe(before.city + 1);
    expect(await value(officer2, 'new_jobs')).toBe(before.jobs + 1);
  });
});

describe('breakdowns', () => {
  it('splits the figures by child organisation with no target where none is set', async () => {
    const res = await leader.get(
      `/api/statistics/by-org?${Q3}&orgId=${t.city.district.id}&codes=new_jobs,subsidies_paid,contract_signing_rate`,
    );
    expect(res.status).toBe(200);
    const rows = res.body.rows as {
      org: { id: number };
      items: { code: string; value: number; target: null }[];
    }[];
    const s1 = rows.find((r) => r.org.id === t.city.street1.id)!;
    const s2 = rows.find((r) => r.org.id === t.city.street2.id)!;
    expect(s1.items.map((i) => i.value)).toEqual([4, 170000, 1 / 4]);
    expect(s2.items.map((i) => i.value)).toEqual([1, 30000, 0]);
    expect(s1.items.every((i) => i.target === null)).toBe(true);
  });

  it('splits amounts by policy and month, and gives a month-by-month trend', async () => {
    const paid = await leader.get(`/api/statistics/indicators/subsidies_paid/by-policy?${Q3}`);
    expect(
      paid.body.rows.map((r: { month: string; count: number; amountFen: number }) => [
        r.month,
        r.count,
        r.amountFen,
      ]),
    ).toEqual([
      ['2026-07', 1, 20000],
      ['2026-08', 2, 180000],
    ]);
    const trend = await officer1.get('/api/statistics/indicators/new_jobs/trend?year=2026');
    const byMonth = Object.fromEntries(
      trend.body.points.map((p: { month: string; value: number }) => [p.month, p.value]),
    );
    expect(byMonth).toMatchObject({ '2026-07': 2, '2026-08': 2, '2026-09': 0 });
  });

  it('opens the same cases in the case list as the chart counts (paid, decided)', async () => {
    const s1 = `orgId=${t.city.street1.id}`;
    const paid = await leader.get(`/api/cases?${s1}&paidFrom=2026-07-01&paidTo=2026-09-30&pageSize=50`);
    expect(paid.body.items.map((c: { id: string }) => c.id).sort()).toEqual([C1, C6].sort());
    const approved =
      'approved,in_public_notice,notice_passed,sent_to_finance,payment_planned,paid,payment_failed,reconciled';
    const decided = await leader.get(
      `/api/cases?${s1}&status=${approved}&decidedFrom=2026-07-01&decidedTo=2026-09-30&pageSize=50`,
    );
    expect(decided.body.items.map((c: { id: string }) => c.id).sort()).toEqual([C1, C4].sort());
  });
});

describe('case work on the home page', () => {
  it("counts a street's cases by stage and overdue per station, never another street's", async () => {
    const mine = await officer1.get('/api/statistics/case-work');
    expect(mine.status).toBe(200);
    expect(
      Object.fromEntries(
        mine.body.byStatus.map((r: { status: string; count: number }) => [r.status, r.count]),
      ),
    ).toEqual({
      approved: 2,
      rejected: 1,
      paid: 2,
    });
    expect(mine.body.overdueByStation).toEqual([
      { org: { id: t.city.street1.id, name: '新城街道' }, count: 1 },
    ]);
    const other = await officer2.get('/api/statistics/case-work');
    expect(other.body.byStatus).toEqual([{ status: 'paid', label: '已拨付', count: 1 }]);
    expect(other.body.overdueByStation).toEqual([]);
  });

  it('gives the queue figures of the task list they open', async () => {
    const reviewer = await t.login('reviewer');
    const { myQueue } = (await reviewer.get('/api/statistics/case-work')).body;
    const tasks = (q: string) => reviewer.get(`/api/cases/my-tasks?${q}`).then((r) => r.body.total);
    expect(myQueue).toEqual({
      total: await tasks(''),
      dueSoon: await tasks('dueSoon=true'),
      overdue: await tasks('overdue=true'),
    });
    expect(myQueue.overdue).toBe(1);
  });
});

describe('drill-down', () => {
  it('pages, masks ID numbers and is audited with the indicator, organisation and period', async () => {
    const page = await officer1.get(`/api/statistics/indicators/new_jobs/drilldown?${Q3}&page=2&pageSize=3`);
    expect(page.body.total).toBe(4);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.items[0].idNumberMasked).toMatch(/\*{8}/);
    const [row] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'statistics.drilldown'), eq(auditLog.username, 'officer1')))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(row).toMatchObject({ targetType: 'indicator', targetId: 'new_jobs' });
    expect(row!.detail).toMatchObject({
      orgId: t.city.street1.id,
      from: '2026-07-01',
      to: '2026-09-30',
      page: 2,
      total: 4,
    });
  });

  it('is refused to a role without stats:read', async () => {
    const worker = await t.login('worker1');
    expect((await worker.get(`/api/statistics/indicators?${Q3}`)).status).toBe(403);
  });

  it('answers a period without its index with a validation error', async () => {
    expect((await officer1.get('/api/statistics/indicators?period=quarter&year=2026')).status).toBe(422);
  });
});
