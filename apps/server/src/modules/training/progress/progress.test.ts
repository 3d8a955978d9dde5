import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { seedProgressStory } from './progress.fixtures.ts';

const t = await createTestApp();
const reviewer = await t.login('reviewer');
const officer1 = await t.login('officer1');
const officer2 = await t.login('officer2');
const institutionUser = await t.login('institution');
// The story of progress.fixtures.ts `seedProgressStory`.
const { r, c2, inst, p1, p1Registration, p3, p3Paid, p6 } = await seedProgressStory(t);

const district = t.city.district.id;
type Figures = {
  trained: number;
  passed: number;
  certified: number;
  reemployed: number;
  [k: string]: unknown;
};
const progress = async (client = reviewer, query = `orgId=${district}&year=2026`) => {
  const res = await client.get(`/api/training/progress?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as {
    total: Figures & { kpis: { id: string; status: string }[]; targetStatus: string };
    rows: (Figures & { org: { id: number; name: string }; targetStatus: string })[];
    window: { months: number };
    kpiNote: string;
  };
};
const counts = (f: Figures) => [f.trained, f.passed, f.certified, f.reemployed];

describe('training progress', () => {
  it('counts the year by the trainee’s own organisation, with re-employment inside the window only', async () => {
    const p = await progress();
    expect(p.window.months).toBe(6);
    expect(counts(p.total)).toEqual([5, 4, 1, 3]);
    expect(p.rows.map((row) => [row.org.id, ...counts(row)])).toEqual([
      [t.city.street1.id, 4, 3, 1, 3],
      [t.city.street2.id, 1, 1, 0, 0],
    ]);
    expect(p.total.passRate).toBe(0.8);
    expect(p.total.reemploymentRate).toBe(0.6);
  });

  it('splits the year into halves by the class’s last day', async () => {
    const h1 = await progress(reviewer, `orgId=${district}&year=2026&half=1`);
    const h2 = await progress(reviewer, `orgId=${district}&year=2026&half=2`);
    expect(counts(h1.total)).toEqual([4, 3, 1, 2]);
    expect(counts(h2.total)).toEqual([1, 1, 0, 1]);
  });

  it('counts another programme only when asked for it', async () => {
    const p = await progress(reviewer, `orgId=${district}&year=2026&programme=entrepreneurship`);
    expect(counts(p.total)).toEqual([1, 1, 0, 0]);
  });

  it('lists exactly the trainees behind each figure, masked, with the evidence, and audits the list', async () => {
    const p = await progress();
    for (const figure of ['trained', 'passed', 'certified', 'reemployed'] as const) {
      const res = await reviewer.get(
        `/api/training/progress/drilldown?orgId=${district}&year=2026&figure=${figure}&pageSize=200`,
      );
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(p.total[figure]);
      expect(res.body.items).toHaveLength(p.total[figure]);
      for (const item of res.body.items) expect(item.idNumberMasked).toMatch(/\*{8}/);
    }
    const re = await reviewer.get(
      `/api/training/progress/drilldown?orgId=${district}&year=2026&figure=reemployed`,
    );
    const evidence = Object.fromEntries(
      re.body.items.map(
        (i: { personId: string; evidenceKind: string; evidenceId: string; evidenceOn: string }) => [
          i.personId,
          [i.evidenceKind, i.evidenceId, i.evidenceOn],
        ],
      ),
    );
    expect(evidence[p1]).toEqual(['registration', p1Registration, '2026-09-30']);
    expect(evidence[p3]).toEqual(['contribution', p3Paid, '2026-05-01']);
    expect(evidence[p6]?.[0]).toBe('contract');
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'training.progress.drilldown'), eq(auditLog.targetId, String(district))),
      );
    expect(audits.length).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(audits.map((a) => a.detail))).not.toMatch(/370983/);
  });

  it('compares with the organisation’s target and the plan’s rates (exactly 90 % and 60 % are met)', async () => {
    const set = (orgId: number, trainees: number, version?: number) =>
      reviewer.put('/api/training/targets', {
        orgId,
        year: 2026,
        programme: 'skills_reemployment',
        trainees,
        basis: '市局分解下达',
        version,
      });
    expect((await set(t.city.street1.id, 4)).status).toBe(200);
    expect((await set(t.city.street2.id, 3)).status).toBe(200);
    const p = await progress();
    expect(p.rows.map((row) => row.targetStatus)).toEqual(['met', 'not_met']);
    expect(p.total.targetStatus).toBe('no_target');
    // 4/5 = 80 % passed: below the plan's 90 %; 3/5 = 60 % re-employed: exactly the bar, met.
    expect(p.total.kpis.map((k) => [k.id, k.status])).toEqual([
      ['skills_pass_rate', 'not_met'],
      ['skills_reemployment_rate', 'met'],
    ]);
    expect(p.kpiNote).toContain('2010');
    // Street 2 in 2027: 10 trained, 9 passed (exactly 90 %) and 6 re-employed (exactly 60 %).
    const E = await r.class(inst, { startsOn: '2027-01-04', endsOn: '2027-01-29' });
    for (let i = 0; i < 10; i++) {
      const person = await r.person(c2, `二七学员${i}`);
      await r.trainee(E, person, c2, { result: i < 9 ? 'passed' : 'failed' });
      if (i < 6) await r.registration(c2, person, '2027-03-01');
    }
    const p27 = await progress(reviewer, `orgId=${t.city.street2.id}&year=2027`);
    expect(counts(p27.total)).toEqual([10, 9, 0, 6]);
    expect(p27.total.kpis.map((k) => k.status)).toEqual(['met', 'met']);
  });

  it('keeps each officer to their own subtree and the institution out', async () => {
    expect(counts((await progress(officer1, 'year=2026')).total)).toEqual([4, 3, 1, 3]);
    expect((await officer2.get(`/api/training/progress?orgId=${t.city.street1.id}&year=2026`)).status).toBe(
      404,
    );
    expect((await officer1.get(`/api/training/progress?orgId=${district}&year=2026`)).status).toBe(404);
    expect(
      (
        await officer2.get(
          `/api/training/progress/drilldown?orgId=${t.city.street1.id}&year=2026&figure=trained`,
        )
      ).status,
    ).toBe(404);
    expect((await institutionUser.get('/api/training/progress?year=2026')).status).toBe(403);
  });

  it('refuses a year before the plan with the rules’ reason rather than failing', async () => {
    const res = await reviewer.get(`/api/training/progress?orgId=${district}&year=2003`);
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('2003年没有培训计划的指标和口径');
    expect((await reviewer.get('/api/training/league?year=2003')).status).toBe(422);
  });
});

describe('training targets', () => {
  it('are set by the city with their basis, versioned, and read within the subtree', async () => {
    const body = {
      orgId: t.city.district.id,
      year: 2028,
      programme: 'skills_reemployment',
      trainees: 2000,
      basis: '闽劳社文〔2024〕96号 分解下达肥城市',
    };
    const created = await reviewer.put('/api/training/targets', body);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ trainees: 2000, version: 1, orgName: '肥城市' });
    expect((await reviewer.put('/api/training/targets', { ...body, trainees: 2100 })).status).toBe(409);
    const updated = await reviewer.put('/api/training/targets', { ...body, trainees: 2100, version: 1 });
    expect(updated.body).toMatchObject({ trainees: 2100, version: 2 });
    expect((await officer1.put('/api/training/targets', { ...body, orgId: t.city.street1.id })).status).toBe(
      403,
    );
    const seen = await officer1.get('/api/training/targets?year=2026');
    expect(seen.body.map((x: { orgId: number }) => x.orgId)).toEqual([t.city.street1.id]);
  });
});

describe('half-year and year-end report', () => {
  it('is generated from the same records as the progress table', async () => {
    const res = await reviewer.get(`/api/training/progress/report?orgId=${district}&year=2026`);
    expect(res.status).toBe(200);
    expect(res.body.title).toBe('肥城市城镇技能再就业计划年度进展情况报告');
    expect(res.body.rows).toEqual([
      ['新城街道', '4', '4', '100.00%', '3', '75.00%', '1', '25.00%', '3', '75.00%'],
      ['老城街道', '3', '1', '33.33%', '1', '100.00%', '0', '0.00%', '0', '0.00%'],
    ]);
    expect(res.body.total).toEqual(['合计', '—', '5', '—', '4', '80.00%', '1', '20.00%', '3', '60.00%']);
    expect(res.body.summary.join('')).toContain('结业后6个月内实现再就业3人');
  });

  it('exports the report as xlsx with the table and the counting rules, and audits the export', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/training/progress/report.xlsx?orgId=${district}&year=2026&half=1`,
      headers: { cookie: reviewer.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('2026年上半年');
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]![0]).toBe('肥城市城镇技能再就业计划半年进展情况报告');
    expect(rows).toContainEqual(['合计', '—', 4, '—', 3, '75.00%', 1, '25.00%', 2, '50.00%']);
    expect(rows.flat().join('')).toContain('劳动合同开始或社会保险缴费');
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'training.report.export'));
    expect(audits).toHaveLength(1);
  });
});
