import { scoreTownPlan } from '@minsheng/rules/policies/feicheng/town-assessment/plan-scoring.ts';
import { and, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { files, uploadAttachment } from '../../../platform/attachments/attachment.fixtures.ts';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { describeRoleMatrix } from '../../../test/role-matrix.ts';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';

const t = await createTestApp();
const reviewer = await t.login('reviewer');
const officer1 = await t.login('officer1');
const officer2 = await t.login('officer2');
const year = Number(t.today().slice(0, 4));
const { district, street1, street2 } = t.city;

const indicators = [
  {
    code: 'new_employment',
    label: '新增就业再就业人数',
    clause: '三、1',
    unit: 'persons',
    method: 'completion_relative_to_best',
    maxPoints: '30',
    evidence: '就业再就业人员花名册、劳动合同、工资发放证明',
    targets: { [street1.id]: 200, [street2.id]: 100 },
  },
  {
    code: 'contract_signing_rate',
    label: '劳动合同签订率',
    clause: '三、1',
    unit: 'persons',
    method: 'rate_of_points',
    maxPoints: '10',
    evidence: '劳动合同',
    targets: {},
  },
  {
    code: 'grassroots_platform',
    label: '基层劳动保障平台建设（评分）',
    clause: '三、6',
    unit: 'points',
    method: 'figure_relative_to_best',
    maxPoints: '10',
    evidence: '实地察看',
    targets: {},
  },
];

const ok = <T>(res: { status: number; body: T }): T => {
  if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};
const figures = (newEmployment: number, signed: number, newHires: number, platform: number) => [
  { code: 'new_employment', claimed: newEmployment },
  { code: 'contract_signing_rate', claimed: signed, denominator: newHires },
  { code: 'grassroots_platform', claimed: platform },
];
const submitQuarter = async (c: TestClient, townOrgId: number, f: ReturnType<typeof figures>) => {
  const draft = ok(
    await c.post('/api/town-assessment/submissions', { townOrgId, year, quarter: 1, figures: f }),
  );
  return ok(await c.post(`/api/town-assessment/submissions/${draft.id}/submit`));
};
const accept = (s: {
  figures: { code: string; claimed: number | null; claimedDenominator: number | null }[];
}) => s.figures.map((f) => ({ code: f.code, accepted: f.claimed!, denominator: f.claimedDenominator }));
const audited = async (action: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(like(auditLog.action, 'town_assessment.%'), eq(auditLog.action, action)));

const plan = ok(await reviewer.post('/api/town-assessment/plans', { orgId: district.id, year, indicators }));

describe('the yearly plan (评分标准 as data)', () => {
  it('is versioned: an edit with a reason makes version 2 and the history lists both', async () => {
    const tighter = indicators.map((i) => (i.code === 'grassroots_platform' ? { ...i, maxPoints: '12' } : i));
    expect(
      (
        await reviewer.put(`/api/town-assessment/plans/${plan.id}`, {
          indicators: tighter,
          reason: '太短',
          version: 1,
        })
      ).status,
    ).toBe(422);
    const v2 = ok(
      await reviewer.put(`/api/town-assessment/plans/${plan.id}`, {
        indicators,
        reason: '按市局考核领导小组会议纪要调整基层平台分值',
        version: 1,
      }),
    );
    expect(v2).toMatchObject({
      version: 2,
      isLatest: true,
      reason: '按市局考核领导小组会议纪要调整基层平台分值',
    });
    const stale = await reviewer.put(`/api/town-assessment/plans/${plan.id}`, {
      indicators,
      reason: '在旧版本上再次修改分值的尝试',
      version: 1,
    });
    expect(stale).toMatchObject({ status: 409, body: { code: 'STALE' } });
    const history = ok(await reviewer.get(`/api/town-assessment/plans/${plan.id}/history`));
    expect(history.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect((await audited('town_assessment.plan_revise')).length).toBe(1);
  });

  it('refuses a completion indicator without a target for every town', async () => {
    const res = await reviewer.post('/api/town-assessment/plans', {
      orgId: district.id,
      year: year + 1,
      indicators: [{ ...indicators[0], targets: { [street1.id]: 200 } }],
    });
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('老城街道未设定');
  });

  it('shows a town only its own targets, and lets no town configure', async () => {
    const seen = ok(await officer1.get(`/api/town-assessment/plans/${plan.id}`));
    expect(seen.towns).toEqual([{ id: street1.id, name: '新城街道' }]);
    expect(seen.indicators[0].targets).toEqual({ [street1.id]: 200 });
    expect(
      (await officer1.post('/api/town-assessment/plans', { orgId: district.id, year, indicators })).status,
    ).toBe(403);
  });
});

describe('two towns report a quarter and the city reviews and scores it', () => {
  let s1: any;
  let s2: any;

  it('refuses a quarter that has not begun', async () => {
    const res = await officer1.post('/api/town-assessment/submissions', {
      townOrgId: street1.id,
      year: year + 1,
      quarter: 1,
      figures: [],
    });
    expect(res.status).toBe(422);
  });

  it('lets each town submit its own quarter, never another town', async () => {
    s1 = await submitQuarter(officer1, street1.id, figures(150, 90, 100, 8));
    s2 = await submitQuarter(officer2, street2.id, figures(90, 40, 50, 9));
    expect(s1.status).toBe('submitted');
    expect(
      (
        await officer1.post('/api/town-assessment/submissions', {
          townOrgId: street2.id,
          year,
          quarter: 2,
          figures: [],
        })
      ).status,
    ).toBe(404);
  });

  it('hides one town’s submission from another (404) and from its list', async () => {
    expect((await officer2.get(`/api/town-assessment/submissions/${s1.id}`)).status).toBe(404);
    const list = ok(await officer2.get(`/api/town-assessment/submissions?year=${year}`));
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([s2.id]);
    const all = ok(await reviewer.get(`/api/town-assessment/submissions?year=${year}&quarter=1`));
    expect(all.items).toHaveLength(2);
  });

  it('does not let a submitted quarter be edited until it is withdrawn', async () => {
    const edit = await officer1.put(`/api/town-assessment/submissions/${s1.id}/figures`, {
      figures: figures(999, 90, 100, 8),
    });
    expect(edit.status).toBe(409);
    expect(edit.body.message).toBe('已上报的季度不能修改，如需修改请先撤回');
    ok(await officer1.post(`/api/town-assessment/submissions/${s1.id}/withdraw`));
    ok(
      await officer1.put(`/api/town-assessment/submissions/${s1.id}/figures`, {
        figures: figures(150, 90, 100, 8),
      }),
    );
    s1 = ok(await officer1.post(`/api/town-assessment/submissions/${s1.id}/submit`));
    expect((await audited('town_assessment.submission_withdraw')).length).toBe(1);
  });

  it('takes evidence per indicator from the town while it is a draft, readable by the city only', async () => {
    const owner = { ownerKind: 'town-assessment.submission', ownerId: s1.id, category: 'newEmployment' };
    const roster = { content: files.pdf(), fileName: '就业再就业人员花名册.pdf', type: 'application/pdf' };
    const locked = await uploadAttachment(t, officer1, owner, roster);
    expect(locked).toMatchObject({ status: 422, body: { message: '该街镇考核季度上报当前不能添加附件' } });
    ok(await officer1.post(`/api/town-assessment/submissions/${s1.id}/withdraw`));
    expect((await uploadAttachment(t, officer1, owner, roster)).status).toBe(200);
    s1 = ok(await officer1.post(`/api/town-assessment/submissions/${s1.id}/submit`));
    const list = `/api/attachments?ownerKind=town-assessment.submission&ownerId=${s1.id}`;
    expect(ok(await reviewer.get(list)).items.map((a: { category: string }) => a.category)).toEqual([
      'newEmployment',
    ]);
    const figure = ok(await officer1.get(`/api/town-assessment/submissions/${s1.id}`)).figures[0];
    expect(figure).toMatchObject({ code: 'new_employment', evidenceCategory: 'newEmployment' });
    expect((await officer2.get(list)).status).toBe(404);
    expect((await uploadAttachment(t, officer2, owner, roster)).status).toBe(404);
  });

  it('adjusts a figure only with a reason, shows it to the town and locks the quarter', async () => {
    const decisions = accept(s1).map((d) => (d.code === 'new_employment' ? { ...d, accepted: 120 } : d));
    expect(
      (await reviewer.post(`/api/town-assessment/submissions/${s1.id}/review`, { decisions })).status,
    ).toBe(422);
    const reason = '花名册中30人无劳动合同和工资发放证明，不予认定';
    decisions[0] = { ...decisions[0]!, reason } as (typeof decisions)[0];
    ok(await reviewer.post(`/api/town-assessment/submissions/${s1.id}/review`, { decisions }));
    ok(await reviewer.post(`/api/town-assessment/submissions/${s2.id}/review`, { decisions: accept(s2) }));

    const seen = ok(await officer1.get(`/api/town-assessment/submissions/${s1.id}`));
    expect(seen.status).toBe('reviewed');
    expect(seen.figures.find((f: { code: string }) => f.code === 'new_employment')).toMatchObject({
      claimed: 150,
      accepted: 120,
      adjustReason: reason,
    });
    const [entry] = await audited('town_assessment.submission_review');
    expect(entry?.detail).toMatchObject({
      adjusted: [{ code: 'new_employment', claimed: 150, accepted: 120, reason }],
    });

    expect((await officer1.post(`/api/town-assessment/submissions/${s1.id}/withdraw`)).status).toBe(409);
    const edit = await officer1.put(`/api/town-assessment/submissions/${s1.id}/figures`, {
      figures: figures(1, 1, 1, 1),
    });
    expect(edit).toMatchObject({ status: 409, body: { message: '已审核的季度已锁定，不能修改' } });
  });

  it('ranks by the percentage of the best over the reviewed figures, as the rule function does', async () => {
    // Hand calculation (year-end = quarters 1–4; only quarter 1 is reviewed, the others count 0):
    //  新增就业 (30 points, on target completion): 新城 120/200 = 60 %, 老城 90/100 = 90 % (best)
    //    → 老城 30.00, 新城 30 × 60/90 = 20.00
    //  合同签订率 (10 points × rate): 新城 90/100 → 9.00, 老城 40/50 → 8.00
    //  基层平台 (10 points, on the figure): 新城 8, 老城 9 (best) → 老城 10.00, 新城 10 × 8/9 = 8.89
    //  totals: 老城 30 + 8 + 10 = 48.00 (1st), 新城 20 + 9 + 8.89 = 37.89 (2nd)
    const r = ok(await reviewer.get(`/api/town-assessment/plans/${plan.id}/ranking?period=year_end`));
    expect(r.lines.map((l: any) => [l.townName, l.total, l.rank])).toEqual([
      ['老城街道', '48.00', 1],
      ['新城街道', '37.89', 2],
    ]);
    expect(r.lines[1]).toMatchObject({
      points: { new_employment: '20.00', contract_signing_rate: '9.00', grassroots_platform: '8.89' },
      missingQuarters: [2, 3, 4],
    });
    const byRule = scoreTownPlan({
      towns: [String(street1.id), String(street2.id)],
      indicators: indicators.map((i) => ({
        id: i.code,
        maxPoints: i.maxPoints,
        method: i.method as 'rate_of_points',
        targets: i.targets,
        figures: {
          [street1.id]: {
            new_employment: { value: 120 },
            contract_signing_rate: { value: 90, denominator: 100 },
            grassroots_platform: { value: 8 },
          }[i.code]!,
          [street2.id]: {
            new_employment: { value: 90 },
            contract_signing_rate: { value: 40, denominator: 50 },
            grassroots_platform: { value: 9 },
          }[i.code]!,
        },
      })),
    });
    expect(r.lines.map((l: any) => [String(l.townOrgId), l.points, l.total, l.rank])).toEqual(
      byRule.map((s) => [s.town, s.points, s.total, s.rank]),
    );
    expect((await officer1.get(`/api/town-assessment/plans/${plan.id}/ranking?period=year_end`)).status).toBe(
      403,
    );
  });

  it('generates the year-end ranking, shows it to the towns once published, then freezes it', async () => {
    const doc = ok(
      await reviewer.post(`/api/town-assessment/plans/${plan.id}/documents`, { period: 'year_end' }),
    );
    expect(doc).toMatchObject({ period: 'year_end', planVersion: 2, publishedAt: null, canPublish: true });
    expect((await officer1.get(`/api/town-assessment/documents/${doc.id}`)).status).toBe(404);
    ok(await reviewer.post(`/api/town-assessment/documents/${doc.id}/publish`));
    const seen = ok(await officer1.get(`/api/town-assessment/documents/${doc.id}`));
    expect(seen.ranking.map((l: { townName: string }) => l.townName)).toEqual(['老城街道', '新城街道']);
    expect(seen.canPublish).toBe(false);
    const again = await reviewer.post(`/api/town-assessment/plans/${plan.id}/documents`, {
      period: 'year_end',
    });
    expect(again).toMatchObject({ status: 409, body: { message: '该通报已发布，不能重新生成' } });
    expect((await audited('town_assessment.document_publish')).length).toBe(1);
  });
});

describeRoleMatrix(t, [
  {
    endpoint: 'GET /api/town-assessment/submissions',
    allowed: ['reviewer', 'officer1', 'officer2'],
    call: (c) => c.get(`/api/town-assessment/submissions?year=${year}`),
  },
  {
    endpoint: 'GET /api/town-assessment/plans/:id/ranking',
    allowed: ['reviewer'],
    call: (c) => c.get(`/api/town-assessment/plans/${plan.id}/ranking?period=half_year`),
  },
]);
