import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../test/fixtures.ts';
import { createTestApp, type TestClient } from '../../test/test-app.ts';
import { addPerson, employmentBody, ok } from '../registry/registrations/registrations.fixtures.ts';

// The test clock stands on 2026-10-20: September 2026 has ended and its deadline (the 5th working
// day after 30 September, across the National Day holiday: 10-08, 10-09, 10-10, 10-12, 10-13) passed.
const MONTH = '2026-09';
const DUE = '2026-10-13';
const NEW_JOBS = 'urban_new_employment:period';

const t = await createTestApp();
let officer1: TestClient;
let officer2: TestClient;
let reviewer: TestClient;
let seq = 100;

/** A person of the station who starts work on `startedOn` (one new job). */
async function employ(client: TestClient, orgId: number, startedOn: string) {
  const person = await addPerson(client, orgId, ++seq);
  await ok(client.post(`/api/persons/${person}/employment-registrations`, employmentBody({ startedOn })));
}

const cell = (report: any, rowKey: string, column = 0) =>
  report.table.rows.find((r: any) => r.key === rowKey).cells[column];

async function generate(client: TestClient, orgId: number) {
  return (
    await ok(
      client.post('/api/reports/generate', { templateCode: 'employment-statistics', period: MONTH, orgId }),
    )
  ).id as string;
}

beforeAll(async () => {
  officer1 = await t.login('officer1');
  officer2 = await t.login('officer2');
  reviewer = await t.login('reviewer');
  await employ(officer1, t.city.street1.id, '2026-09-03');
  await employ(officer1, t.city.street1.id, '2026-09-21');
  await employ(officer1, t.city.street1.id, '2026-08-11');
  await employ(officer2, t.city.street2.id, '2026-09-15');
});

describe('periodic reports through the API', () => {
  let report1: string;

  it('shows the city an overdue station before it reports', async () => {
    const res = await reviewer.get(
      `/api/reports/overview?templateCode=employment-statistics&period=${MONTH}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.dueOn).toBe(DUE);
    expect(res.body.rows.map((r: any) => [r.org.name, r.overdue])).toEqual([
      ['新城街道', true],
      ['老城街道', true],
    ]);
  });

  it('a station generates its month from the records and submits it; the city sees it locked', async () => {
    report1 = await generate(officer1, t.city.street1.id);
    const draft = (await officer1.get(`/api/reports/${report1}`)).body;
    expect(draft.status).toBe('draft');
    expect(cell(draft, 'urban_new_employment')).toMatchObject({ value: 2, reason: null });
    expect(cell(draft, 'urban_new_employment', 1)).toMatchObject({ value: 3 });

    await ok(officer1.post(`/api/reports/${report1}/submit`, { unitHead: '王主任', preparer: '李明' }));
    const seen = await reviewer.get(`/api/reports/${report1}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ status: 'submitted', submittedOn: '2026-10-20', overdue: false });
    expect(cell(seen.body, 'urban_new_employment')).toMatchObject({ value: 2, differs: false });

    const again = await officer1.post('/api/reports/generate', {
      templateCode: 'employment-statistics',
      period: MONTH,
      orgId: t.city.street1.id,
    });
    expect(again.status).toBe(409);
  });

  it('keeps the submitted figures when the records change, and shows the recounted one beside', async () => {
    await employ(officer1, t.city.street1.id, '2026-09-28');
    const seen = (await reviewer.get(`/api/reports/${report1}`)).body;
    expect(cell(seen, 'urban_new_employment')).toMatchObject({ value: 2, differs: true, live: 3 });
    expect(seen.version.figures[NEW_JOBS]).toEqual({ value: 2 });
  });

  it('a correction is version 2 with its reason; version 1 stays viewable and the changed cells are listed', async () => {
    const refused = await officer1.post(`/api/reports/${report1}/correct`, { reason: ' ' });
    expect(refused.status).toBe(422);
    const { version } = await ok(
      officer1.post(`/api/reports/${report1}/correct`, { reason: '补录9月28日就业登记' }),
    );
    expect(version).toBe(2);
    const v2 = (await reviewer.get(`/api/reports/${report1}`)).body;
    expect(v2).toMatchObject({ currentVersion: 2, status: 'draft' });
    expect(v2.version).toMatchObject({ version: 2, reason: '补录9月28日就业登记' });
    expect(v2.changes).toContainEqual({
      key: NEW_JOBS,
      row: '城镇新增就业人数',
      column: '本期',
      before: { value: 2 },
      after: { value: 3 },
    });
    const v1 = (await reviewer.get(`/api/reports/${report1}?version=1`)).body;
    expect(v1.version).toMatchObject({ version: 1, status: 'submitted', unitHead: '王主任' });
    expect(cell(v1, 'urban_new_employment').value).toBe(2);
    await ok(officer1.post(`/api/reports/${report1}/submit`, { unitHead: '王主任', preparer: '李明' }));
  });

  it('another station cannot see the report (404), nor review it', async () => {
    expect((await officer2.get(`/api/reports/${report1}`)).status).toBe(404);
    expect((await officer2.get(`/api/reports/${report1}/export.xlsx`)).status).toBe(404);
    expect((await officer2.post(`/api/reports/${report1}/correct`, { reason: '试图更正' })).status).toBe(404);
    const list = (await officer2.get('/api/reports')).body;
    expect(list.items.map((r: any) => r.id)).not.toContain(report1);
  });

  it('a bureau leader (局领导) reads the city’s reports but cannot generate or review them', async () => {
    await createUser(t.db, { username: 'leader', orgId: t.city.city.id, roles: ['bureau_leader'] });
    const leader = await t.login('leader');
    expect((await leader.get('/api/reports')).body.items.map((r: any) => r.id)).toContain(report1);
    expect((await leader.get(`/api/reports/${report1}`)).status).toBe(200);
    expect((await leader.get(`/api/reports/${report1}/export.xlsx`)).status).toBe(200);
    expect((await leader.post(`/api/reports/${report1}/review`, { decision: 'accept' })).status).toBe(403);
    const generateAsLeader = leader.post('/api/reports/generate', {
      templateCode: 'employment-statistics',
      period: MONTH,
      orgId: t.city.street1.id,
    });
    expect((await generateAsLeader).status).toBe(403);
  });

  it('the roll-up equals the sum of the stations, the city accepts, and every step is audited', async () => {
    const report2 = await generate(officer2, t.city.street2.id);
    await ok(officer2.post(`/api/reports/${report2}/submit`, { unitHead: '赵主任', preparer: '钱芳' }));
    const figures = await Promise.all(
      [report1, report2].map(async (id) => (await reviewer.get(`/api/reports/${id}`)).body),
    );
    const overview = (
      await reviewer.get(`/api/reports/overview?templateCode=employment-statistics&period=${MONTH}`)
    ).body;
    expect(overview.rollUp).toMatchObject({ reporters: 2, of: 2 });
    const sum = figures.reduce((s, r) => s + cell(r, 'urban_new_employment').value, 0);
    expect(sum).toBe(4);
    expect(cell(overview.rollUp, 'urban_new_employment').value).toBe(sum);
    expect(overview.rows.every((r: any) => !r.overdue)).toBe(true);

    expect((await officer1.post(`/api/reports/${report1}/review`, { decision: 'accept' })).status).toBe(403);
    expect((await reviewer.post(`/api/reports/${report2}/review`, { decision: 'return' })).status).toBe(422);
    await ok(reviewer.post(`/api/reports/${report1}/review`, { decision: 'accept' }));
    expect((await reviewer.get(`/api/reports/${report1}`)).body.status).toBe('accepted');

    const audit = await t.login('auditadmin');
    const actions = (await audit.get('/api/audit?targetType=periodic_report&pageSize=50')).body.items.map(
      (e: any) => e.action,
    );
    for (const a of ['report.generate', 'report.submit', 'report.correct', 'report.accept'])
      expect(actions).toContain(a);
  });

  it('exports the version as xlsx that opens with exceljs and holds the same figures', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/reports/${report1}/export.xlsx?version=1`,
      headers: { cookie: reviewer.cookie },
    });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('就业失业情况统计表');
    expect(String(ws.getCell('A3').value)).toContain('填报单位：新城街道');
    expect(ws.getCell('A7').value).toBe('城镇新增就业人数');
    expect([ws.getCell('D7').value, ws.getCell('E7').value]).toEqual([2, 3]);
    const v2 = await t.app.inject({
      method: 'GET',
      url: `/api/reports/${report1}/export.xlsx`,
      headers: { cookie: reviewer.cookie },
    });
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(v2.rawPayload as unknown as ArrayBuffer);
    expect(wb2.worksheets[0]!.getCell('D7').value).toBe(3);
  });

  it('the city sets the deadline in working days; the due date moves with the working-day calendar', async () => {
    expect(
      (await officer1.put('/api/reports/templates/employment-statistics/due', { workingDays: 7 })).status,
    ).toBe(403);
    await ok(reviewer.put('/api/reports/templates/employment-statistics/due', { workingDays: 7 }));
    // 10-08, 10-09, 10-10 (调休 working Saturday), 10-12, 10-13, 10-14, 10-15
    expect((await officer1.get(`/api/reports/${report1}`)).body.dueOn).toBe('2026-10-15');
    const templates = (await officer1.get('/api/reports/templates')).body;
    const t1 = templates.find((x: any) => x.code === 'employment-statistics');
    expect(t1.dueWorkingDays).toBe(7);
    expect(t1.recentPeriods[0]).toMatchObject({ key: '2026-10', label: '2026年10月' });
  });
});
