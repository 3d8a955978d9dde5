import { count, desc } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { describeRoleMatrix, type RoleUser } from '../../../test/role-matrix.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { contractBody, contributionBody } from '../contracts/contracts.fixtures.ts';
import { employerBody } from '../employers/employers.fixtures.ts';
import { personBody } from '../persons/persons.fixtures.ts';
import { createContributionsRepo } from './contributions.repo.ts';
import { insuranceContributions } from './contributions.schema.ts';
import { shiftMonth } from './insurance-evidence.ts';

const t = await createTestApp();
const officer = await t.login('officer1');
const officer2 = await t.login('officer2');
const institution = await t.login('institution');
type Client = typeof officer;

const rowCount = async () => Number((await t.db.select({ n: count() }).from(insuranceContributions))[0]!.n);
const ok = (what: string, res: { status: number; body: unknown }) => {
  if (res.status !== 200) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string };
};
let seq = 0;
const addPerson = async (c: Client, orgId: number) =>
  ok('person', await c.post('/api/persons', personBody(orgId, ++seq))).id;
const addEmployer = async (c: Client, orgId: number) =>
  ok('employer', await c.post('/api/employers', employerBody(orgId, ++seq))).id;

const thisMonth = t.today().slice(0, 7);
// Persons born 1985-03-15: P1 in community1, P2 in community2, PI registered by the institution.
const P1 = await addPerson(officer, t.city.community1.id);
const P2 = await addPerson(officer2, t.city.community2.id);
const PI = await addPerson(institution, t.city.street1.id);
const E1 = await addEmployer(officer, t.city.community1.id);
const E2 = await addEmployer(officer2, t.city.community2.id);
const personOf = (u: RoleUser) => (u === 'officer2' ? P2 : u === 'institution' ? PI : P1);
let matrixMonth = 0;
const readers: RoleUser[] = ['reviewer', 'officer1', 'officer2', 'worker1', 'finance', 'institution'];

describeRoleMatrix(t, [
  {
    endpoint: 'GET /api/persons/:id/contributions',
    allowed: readers,
    call: (c, u) => c.get(`/api/persons/${personOf(u)}/contributions`),
  },
  {
    endpoint: 'POST /api/persons/:id/contributions',
    allowed: ['reviewer', 'officer1', 'officer2', 'worker1', 'institution'],
    // A flexible worker's month (no employer), so that the institution may record one too.
    call: (c, u) =>
      c.post(
        `/api/persons/${personOf(u)}/contributions`,
        contributionBody(null, shiftMonth('2015-01', matrixMonth++)),
      ),
  },
  {
    endpoint: 'GET /api/persons/:id/insurance-summary',
    allowed: readers,
    call: (c, u) => c.get(`/api/persons/${personOf(u)}/insurance-summary`),
  },
]);

describe('the data scope of contributions follows the person', () => {
  it('answers a street officer with 404 for a person of another street and saves nothing', async () => {
    expect((await officer.get(`/api/persons/${P2}/contributions`)).status).toBe(404);
    expect((await officer.get(`/api/persons/${P2}/insurance-summary`)).status).toBe(404);
    const before = await rowCount();
    expect(
      (await officer.post(`/api/persons/${P2}/contributions`, contributionBody(null, '2020-01'))).status,
    ).toBe(404);
    expect(await rowCount()).toBe(before);
  });

  it('refuses an employer the actor cannot see with 404 and saves nothing', async () => {
    const before = await rowCount();
    const res = await officer.post(`/api/persons/${P1}/contributions`, contributionBody(E2, '2020-01'));
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('用人单位不存在或无权访问');
    expect(await rowCount()).toBe(before);
  });

  it('lets a training institution read only the persons it registered', async () => {
    expect((await institution.get(`/api/persons/${P1}/contributions`)).status).toBe(404);
    expect((await institution.get(`/api/persons/${PI}/insurance-summary`)).status).toBe(200);
  });
});

describe('recording a contribution', () => {
  it('stores the month with the organisation of the person, audits it and lists it with totals', async () => {
    const P = await addPerson(officer, t.city.community1.id);
    const res = await officer.post(`/api/persons/${P}/contributions`, contributionBody(E1, '2024-03'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      personId: P,
      employer: { id: E1 },
      kind: 'pension',
      month: '2024-03',
      status: 'paid',
      baseFen: 450_000,
      personalFen: 36_000,
      unitFen: 72_000,
    });
    const [entry] = await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(entry).toMatchObject({
      action: 'contribution.create',
      targetId: res.body.id,
      username: 'officer1',
    });
    await officer.post(
      `/api/persons/${P}/contributions`,
      contributionBody(E1, '2024-04', { kind: 'medical', personalFen: 9_000, unitFen: 30_000 }),
    );
    await officer.post(
      `/api/persons/${P}/contributions`,
      contributionBody(E1, '2024-05', { status: 'arrears', personalFen: 0, unitFen: 0 }),
    );
    const all = await officer.get(`/api/persons/${P}/contributions`);
    expect(all.body.items.map((i: { month: string }) => i.month)).toEqual(['2024-05', '2024-04', '2024-03']);
    expect(all.body.totals).toEqual({ records: 3, arrears: 1, personalFen: 45_000, unitFen: 102_000 });
    const pension = await officer.get(`/api/persons/${P}/contributions?kind=pension&from=2024-03&to=2024-04`);
    expect(pension.body.items.map((i: { month: string }) => i.month)).toEqual(['2024-03']);
    expect(pension.body.totals).toEqual({ records: 1, arrears: 0, personalFen: 36_000, unitFen: 72_000 });
  });

  const nextMonth = shiftMonth(thisMonth, 1);
  it.each([
    ['a month after this month', { month: nextMonth }, `缴费月份「${nextMonth}」晚于本月`],
    ['a negative base', { baseFen: -1 }, '缴费基数须为不小于 0 的金额（以分计的整数）'],
    ['a negative personal part', { personalFen: -100 }, '个人缴费金额须为不小于 0 的金额（以分计的整数）'],
    [
      'a personal part beyond the pension rate',
      { personalFen: 360_000 },
      '个人缴费金额 3600.00 元超过缴费基数 4500.00 元的 8%',
    ],
    [
      'a base above 100 000 yuan a month',
      { baseFen: 20_000_000 },
      '缴费基数 200000.00 元超过上限 100000.00 元',
    ],
    ['an unknown kind', { kind: 'maternity' }, '「险种」取值「maternity」不在字典中'],
    [
      'a month before the 16th birthday',
      { month: '2001-02' },
      '缴费月份「2001-02」早于参保人年满16周岁的月份（2001-03）',
    ],
  ])('rejects %s with a Chinese message and saves nothing', async (_, overrides, message) => {
    const before = await rowCount();
    const res = await officer.post(
      `/api/persons/${P1}/contributions`,
      contributionBody(E1, '2023-01', overrides),
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.message).toBe(message);
    expect(await rowCount()).toBe(before);
  });

  it('rejects a malformed month before it reaches the service', async () => {
    const res = await officer.post(`/api/persons/${P1}/contributions`, contributionBody(E1, '2023-13'));
    expect(res.status).toBe(422);
    expect(res.body.message).toMatch(/YYYY-MM/);
  });

  it('answers a month recorded twice with 409 in Chinese, also for a flexible worker, and keeps one row', async () => {
    const P = await addPerson(officer, t.city.community1.id);
    ok('first', await officer.post(`/api/persons/${P}/contributions`, contributionBody(E1, '2022-06')));
    const again = await officer.post(
      `/api/persons/${P}/contributions`,
      contributionBody(E1, '2022-06', { personalFen: 35_000 }),
    );
    expect(again.status).toBe(409);
    expect(again.body.message).toBe(
      '该人员 2022-06 的基本养老保险缴费记录已存在（同一缴费单位），不能重复登记',
    );
    ok('flexible', await officer.post(`/api/persons/${P}/contributions`, contributionBody(null, '2022-07')));
    const flexAgain = await officer.post(
      `/api/persons/${P}/contributions`,
      contributionBody(null, '2022-07'),
    );
    expect(flexAgain.status).toBe(409);
    expect(flexAgain.body.message).toBe(
      '该人员 2022-07 的基本养老保险缴费记录已存在（灵活就业），不能重复登记',
    );
    // Another kind of the same month is another record.
    ok(
      'medical',
      await officer.post(
        `/api/persons/${P}/contributions`,
        contributionBody(E1, '2022-06', { kind: 'medical', personalFen: 9_000, unitFen: 31_500 }),
      ),
    );
    const list = await officer.get(`/api/persons/${P}/contributions`);
    expect(list.body.total).toBe(3);
  });

  it('is kept unique by the database itself, also without an employer', async () => {
    const P = await addPerson(officer, t.city.community1.id);
    const repo = createContributionsRepo(t.db);
    const row = {
      personId: P,
      employerId: null,
      kind: 'pension',
      month: '2021-01-01',
      status: 'paid' as const,
      baseFen: 1,
      personalFen: 1,
      unitFen: 0,
      orgId: t.city.community1.id,
      orgPath: t.city.community1.path,
    };
    await repo.insert(row);
    await expect(repo.insert(row)).rejects.toThrow();
    // A bulk re-import skips what is there and adds only the new month.
    expect(await repo.insertMany([row, { ...row, month: '2021-02-01' }])).toBe(1);
    await expect(repo.insert({ ...row, month: '2021-03-15' })).rejects.toThrow();
  });
});

describe('the insurance summary', () => {
  it('counts 36 months across two employers with a gap, the run to date and the current contract', async () => {
    const P = await addPerson(officer, t.city.community1.id);
    const E = await addEmployer(officer, t.city.community1.id);
    // Employer E1 for 18 months, a 3-month gap, then E for 18 months ending last month.
    const lastMonth = shiftMonth(thisMonth, -1);
    const secondStart = shiftMonth(lastMonth, -17);
    const firstStart = shiftMonth(secondStart, -21);
    const rows = [
      ...Array.from({ length: 18 }, (_, i) => ({ employerId: E1, month: shiftMonth(firstStart, i) })),
      ...Array.from({ length: 18 }, (_, i) => ({ employerId: E, month: shiftMonth(secondStart, i) })),
    ].map((r) => ({
      personId: P,
      employerId: r.employerId,
      kind: 'pension',
      month: `${r.month}-01`,
      status: 'paid' as const,
      baseFen: 400_000,
      personalFen: 32_000,
      unitFen: 64_000,
      orgId: t.city.community1.id,
      orgPath: t.city.community1.path,
    }));
    expect(await createContributionsRepo(t.db).insertMany(rows)).toBe(36);
    ok(
      'arrears',
      await officer.post(
        `/api/persons/${P}/contributions`,
        contributionBody(E, shiftMonth(firstStart, 18), { status: 'arrears', personalFen: 0, unitFen: 0 }),
      ),
    );
    ok(
      'contract',
      await officer.post(
        `/api/persons/${P}/contracts`,
        contractBody(E, {
          termKind: 'open_ended',
          endsOn: null,
          startsOn: `${secondStart}-01`,
          signedOn: `${secondStart}-01`,
        }),
      ),
    );

    const res = await officer.get(`/api/persons/${P}/insurance-summary`);
    expect(res.status).toBe(200);
    expect(res.body.asOf).toBe(t.today());
    const pension = res.body.kinds.find((k: { kind: string }) => k.kind === 'pension');
    expect(pension).toEqual({
      kind: 'pension',
      label: '基本养老保险',
      insuredMonths: 36,
      fullYears: 3,
      continuousMonthsToDate: 18,
      longestContinuousMonths: 18,
      firstMonth: firstStart,
      lastMonth,
      arrearsMonths: 1,
    });
    expect(res.body.kinds.map((k: { kind: string }) => k.kind)).toEqual([
      'pension',
      'medical',
      'unemployment',
      'injury',
    ]);
    expect(res.body.kinds.find((k: { kind: string }) => k.kind === 'medical')).toMatchObject({
      insuredMonths: 0,
      continuousMonthsToDate: 0,
      firstMonth: null,
    });
    expect(res.body.contracts).toMatchObject({
      total: 1,
      current: { employer: { id: E }, termKind: 'open_ended', inForce: true },
      currentAtLeastOneYear: true,
    });
  });

  it('answers a person without records with zeros and no current contract', async () => {
    const P = await addPerson(officer, t.city.community1.id);
    const res = await officer.get(`/api/persons/${P}/insurance-summary`);
    expect(res.body.kinds.every((k: { insuredMonths: number }) => k.insuredMonths === 0)).toBe(true);
    expect(res.body.contracts).toEqual({ total: 0, current: null, currentAtLeastOneYear: null });
  });
});
