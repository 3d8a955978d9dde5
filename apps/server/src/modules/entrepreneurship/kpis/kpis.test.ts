import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { trainingRecords } from '../../training/progress/progress.fixtures.ts';
import { insertTestInstitution } from '../../training/training.fixtures.ts';
import { entrepreneurshipRecords } from '../businesses/businesses.fixtures.ts';

const t = await createTestApp();
const reviewer = await t.login('reviewer');
const officer1 = await t.login('officer1');
const officer2 = await t.login('officer2');
const r = trainingRecords(t.db);
const e = entrepreneurshipRecords(t.db);
const { community1: c1, community2: c2, district } = t.city;

/**
 * A hand-countable 2026: files trained in 2026 (F1–F6 in street 1, F9 in street 2), F7 trained in
 * 2025; the windows' edges (3 months after 03-31 is 06-30, 6 months after 02-28 is 08-28).
 */
const person = (org: typeof c1, name: string) => r.person(org, name);
const f1 = await e.file(c1, await person(c1, '一'), { trainedOn: '2026-03-31', assessment: 'passed' });
const f2 = await e.file(c1, await person(c1, '二'), { trainedOn: '2026-03-31', assessment: 'failed' });
const f3 = await e.file(c1, await person(c1, '三'), { trainedOn: '2026-02-28', assessment: 'passed' });
const f4 = await e.file(c1, await person(c1, '四'), { trainedOn: '2026-02-28' });
const f5 = await e.file(c1, await person(c1, '五'), { trainedOn: '2026-01-15' });
// F6: trained in an entrepreneurship class here; the trainee record's end and result count
const institution = await insertTestInstitution(t.db, { org: t.city.city });
const syb = await r.class(institution, {
  startsOn: '2026-05-01',
  endsOn: '2026-05-31',
  programme: 'entrepreneurship',
});
const p6 = await person(c1, '六');
const f6 = await e.file(c1, p6, { traineeId: (await r.trainee(syb, p6, c1, { result: 'passed' })).id });
const f7 = await e.file(c1, await person(c1, '七'), { trainedOn: '2025-12-31' });
const f9 = await e.file(c2, await person(c2, '九'), { trainedOn: '2026-09-30', assessment: 'passed' });

const b1 = await e.business(f1, '2026-06-30'); // within 3 months (the last day)
const b2 = await e.business(f2, '2026-07-01', { declaredJobs: 1 }); // 3 months and a day: within 6 only
const b3 = await e.business(f3, '2026-08-28'); // within 6 months (the last day)
const b4 = await e.business(f4, '2026-08-29'); // a day late
const b5 = await e.business(f5, '2025-12-01'); // before the training: no opening; in the 2025 cohort
const b7 = await e.business(f7, '2025-03-01', { closedOn: '2025-09-01' }); // cohort, closed
const b9 = await e.business(f9, '2026-10-15');
await e.contract(c1, b1.employerId!, await person(c1, '甲'), '2026-07-15');
await e.contribution(c1, b1.employerId!, await person(c1, '乙'), '2026-08-01');
await e.followUp(f5.id, '2026-12-05', 'operating');
// 接受创业服务 as of the period's end: F1 a mentor in April, F5 the December visit; F9's visit is next year's
await e.mentor(f1.id, '2026-04-01');
await e.followUp(f9.id, '2027-01-05', 'operating');

type Kpis = {
  figures: Record<string, number>;
  indicators: { id: string; fraction: string | null; status: string; drill: { numerator: string } | null }[];
};
const kpis = async (client = reviewer, query = `orgId=${district.id}&year=2026`) => {
  const res = await client.get(`/api/entrepreneurship/kpis?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Kpis;
};
type Row = { fileId: string; businessId: string | null; jobs: number | null };
const drill = async (figure: string, client = reviewer, query = `orgId=${district.id}&year=2026`) => {
  const res = await client.get(`/api/entrepreneurship/kpis/drilldown?${query}&figure=${figure}&pageSize=200`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { items: Row[]; total: number };
};
const ids = (rows: Row[], key: 'fileId' | 'businessId') => rows.map((x) => x[key]).sort();

describe('entrepreneurship KPIs', () => {
  it('counts the year’s trainees, openings at the windows’ edges, jobs and the one-year cohort', async () => {
    const k = await kpis();
    expect(k.figures).toEqual({
      trainees: 7,
      passed: 4,
      served: 2,
      opened3: 2,
      opened6: 4,
      businesses: 5,
      jobs: 3,
      cohort: 2,
      survived: 1,
    });
    expect(k.indicators.map((i) => [i.id, i.fraction, i.status])).toEqual([
      ['syb_trainees', null, 'not_met'],
      ['syb_opened_3_months', '2/7', 'not_met'],
      ['syb_opened_6_months', '4/7', 'met'],
      ['syb_jobs_per_business', '3/5', 'not_met'],
      ['syb_stable_one_year', '1/2', 'not_met'],
    ]);
  });

  it('lists exactly the files and businesses each figure counts, and audits the list', async () => {
    const k = await kpis();
    const members = {
      trainees: [f1, f2, f3, f4, f5, f6, f9],
      passed: [f1, f3, f6, f9],
      served: [f1, f5],
      opened3: [f1, f9],
      opened6: [f1, f2, f3, f9],
    };
    for (const [figure, files] of Object.entries(members)) {
      const d = await drill(figure);
      expect(d.total).toBe(k.figures[figure]);
      expect(ids(d.items, 'fileId')).toEqual(files.map((f) => f.id).sort());
    }
    const opened = await drill('businesses');
    expect(ids(opened.items, 'businessId')).toEqual([b1, b2, b3, b4, b9].map((b) => b.id).sort());
    expect(opened.items.reduce((s, x) => s + (x.jobs ?? 0), 0)).toBe(k.figures.jobs);
    expect(ids((await drill('cohort')).items, 'businessId')).toEqual([b5.id, b7.id].sort());
    expect(ids((await drill('survived')).items, 'businessId')).toEqual([b5.id]);
    const audited = await t.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'entrepreneurship.kpis.drilldown'),
          eq(auditLog.targetId, String(district.id)),
        ),
      );
    expect(audited.length).toBeGreaterThanOrEqual(8);
  });

  it('reads jobs and survival as of the period’s end (first half: nothing recorded yet)', async () => {
    const k = await kpis(reviewer, `orgId=${district.id}&year=2026&half=1`);
    expect(k.figures).toMatchObject({
      trainees: 6,
      served: 1,
      businesses: 1,
      jobs: 0,
      cohort: 1,
      survived: 0,
    });
  });

  it('counts a street officer’s own subtree only, and refuses another street', async () => {
    const own = await kpis(officer1, 'year=2026');
    expect(own.figures).toMatchObject({ trainees: 6, opened3: 1, opened6: 3, businesses: 4, jobs: 3 });
    const other = await officer2.get(`/api/entrepreneurship/kpis?orgId=${t.city.street1.id}&year=2026`);
    expect(other.status).toBe(404);
    const theirs = await drill('trainees', officer2, 'year=2026');
    expect(ids(theirs.items, 'fileId')).toEqual([f9.id]);
  });
});

describe('half-year and year-end report (三(八))', () => {
  const report = async (client = reviewer, query = `orgId=${district.id}&year=2026`) =>
    client.get(`/api/entrepreneurship/kpis/report?${query}`);

  it('tabulates each street and the total from the same figures as the progress page', async () => {
    const res = await report();
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.title).toBe('肥城市创业培训年度进展情况报告');
    // 新城街道: F1–F6, passed F1 F3 F6, served F1 F5, opened F1 (3 months) F1–F3 (6), businesses
    // B1–B4 with 3 jobs, cohort B5 B7 of which B5 survived; 老城街道: F9 and B9
    expect(res.body.rows).toEqual([
      [
        '新城街道',
        '6',
        '3',
        '50.00%',
        '2',
        '33.33%',
        '1',
        '16.67%',
        '3',
        '50.00%',
        '4',
        '3',
        '0.75',
        '2',
        '1',
        '50.00%',
      ],
      [
        '老城街道',
        '1',
        '1',
        '100.00%',
        '0',
        '0.00%',
        '1',
        '100.00%',
        '1',
        '100.00%',
        '1',
        '0',
        '0.00',
        '0',
        '0',
        '—',
      ],
    ]);
    expect(res.body.total).toEqual([
      '合计',
      '7',
      '4',
      '57.14%',
      '2',
      '28.57%',
      '2',
      '28.57%',
      '4',
      '57.14%',
      '5',
      '3',
      '0.60',
      '2',
      '1',
      '50.00%',
    ]);
    const k = await kpis();
    expect(res.body.total.slice(1, 3)).toEqual([String(k.figures.trainees), String(k.figures.passed)]);
    expect(res.body.statuses).toEqual([
      { label: expect.stringContaining('3个月'), status: '未达到' },
      { label: expect.stringContaining('半年'), status: '达到' },
      { label: expect.any(String), status: '未达到' },
      { label: expect.any(String), status: '未达到' },
    ]);
    expect(res.body.summary.join('')).toContain(
      '接受开业指导、项目推荐、融资、孵化、见习、跟踪扶持等创业服务2人',
    );
    expect(res.body.notes.join('')).toContain('接受创业服务人数：');
  });

  it('counts the services given by the end of the half-year only', async () => {
    const res = await report(reviewer, `orgId=${district.id}&year=2026&half=1`);
    expect(res.body.title).toBe('肥城市创业培训半年进展情况报告');
    expect(res.body.total.slice(0, 6)).toEqual(['合计', '6', '3', '50.00%', '1', '16.67%']);
  });

  it('says in words, not with a dash, when no business has reached its first anniversary', async () => {
    const res = await report(reviewer, `orgId=${district.id}&year=2024`);
    expect(res.status).toBe(200);
    expect(res.body.summary.join('')).toContain('尚无开业满一年的创业实体，稳定经营一年以上比率暂无法计算。');
    expect(res.body.summary.join('')).not.toContain('比率—');
  });

  it('reports a street officer’s own subtree by community, and refuses another street', async () => {
    const own = await report(officer1, 'year=2026');
    expect(own.status).toBe(200);
    expect(own.body.rows.map((row: string[]) => row.slice(0, 2))).toEqual([['新城社区', '6']]);
    const other = await report(officer2, `orgId=${t.city.street1.id}&year=2026`);
    expect(other.status).toBe(404);
    expect(other.body.message).toBe('机构不存在或无权访问');
    const xlsx = await officer2.get(
      `/api/entrepreneurship/kpis/report.xlsx?orgId=${t.city.street1.id}&year=2026`,
    );
    expect(xlsx.status).toBe(404);
  });

  it('exports the table and the counting rules as xlsx without personal data, and audits the export', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/entrepreneurship/kpis/report.xlsx?orgId=${district.id}&year=2026`,
      headers: { cookie: reviewer.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]![0]).toBe('肥城市创业培训年度进展情况报告');
    expect(rows).toContainEqual([
      '新城街道',
      6,
      3,
      '50.00%',
      2,
      '33.33%',
      1,
      '16.67%',
      3,
      '50.00%',
      4,
      3,
      '0.75',
      2,
      1,
      '50.00%',
    ]);
    expect(rows).toContainEqual([
      '合计',
      7,
      4,
      '57.14%',
      2,
      '28.57%',
      2,
      '28.57%',
      4,
      '57.14%',
      5,
      3,
      '0.60',
      2,
      1,
      '50.00%',
    ]);
    const text = rows.flat().join('');
    expect(text).toContain('小额担保贷款已放款');
    expect(text).not.toContain(f1.number);
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'entrepreneurship.report.export'));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      targetId: String(district.id),
      detail: { from: '2026-01-01', to: '2026-12-31' },
    });
  });
});
