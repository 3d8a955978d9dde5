import { yuanToFen } from '@minsheng/rules/engine/money.ts';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { createUser } from '../../../test/fixtures.ts';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';
import { allProvided } from '../../cases/cases.fixtures.ts';
import { ok } from '../../cases/catalogue-walk.fixtures.ts';
import { healthCheckArchives } from '../archives/archives.schema.ts';
import { healthCheckRecords } from '../health-checks.fixtures.ts';
import { healthCheckExaminees } from '../plans/plans.schema.ts';
import { healthCheckWeeklyReports } from '../reports/reports.schema.ts';
import { HEALTH_CHECK_SETTLEMENT } from './settlement-rule.ts';
import { concludedExaminations } from './settlements.fixtures.ts';

type Json = Record<string, any>;

/**
 * One hospital's 2026 plan settled from its records and paid through the case chain (000 第四篇
 * 第二十条). By hand: 20 concluded examinations × 335.00 (the standard package) = 6 700.00; one
 * examinee declined the 80.00 abdominal ultrasound without signing (another signed for the ECG:
 * paid) → base 6 620.00. Ten examinations audited at 12 items = 120 items: 3 result errors = 2.5%
 * (1.5 points above 1%) → 6 620.00 × 1.5% = 99.30; 1 omission = 0.8333% and no entry error: no
 * deduction. Two box openings: 29 of 30 + 19 of 20 satisfied = 48 of 50 = 96% (2 points below
 * 98%) → 6 620.00 × 2% = 132.40. Deductions 231.70; net 6 388.30.
 */
const HAND = {
  gross_fee: '6700.00',
  unsigned_waived_items: '80.00',
  payable_base: '6620.00',
  result_error_deduction: '99.30',
  missed_item_deduction: '0.00',
  data_entry_error_deduction: '0.00',
  satisfaction_deduction: '132.40',
  total_deduction: '231.70',
  net_payment: '6388.30',
};

const t = await createTestApp();
const city = { id: t.city.city.id, path: t.city.city.path };
const base = '/api/health-checks/settlements';
const quality = '/api/health-checks/quality';
let yb: TestClient;
let staff: TestClient;
let otherStaff: TestClient;
let reviewer: TestClient;
let finance: TestClient;
let street: TestClient;
let hospitalId: string;
let otherHospitalId: string;
let planId: string;
let exams: { examinationId: string; name: string }[];

beforeAll(async () => {
  const officer = await createUser(t.db, {
    username: 'yb_test',
    orgId: city.id,
    roles: ['medical_insurance_officer'],
  });
  const yy1 = await createUser(t.db, { username: 'yy_one', orgId: city.id, roles: ['hospital_staff'] });
  const yy2 = await createUser(t.db, { username: 'yy_two', orgId: city.id, roles: ['hospital_staff'] });
  const records = healthCheckRecords(t.db);
  hospitalId = (await records.hospital(city, [yy1.id], { name: '泰安市中心医院体检科' })).id;
  otherHospitalId = (await records.hospital(city, [yy2.id])).id;
  planId = (await records.plan(city)).id;
  const days = [
    ...['2026-10-12', '2026-10-13', '2026-10-14', '2026-10-15', '2026-10-16'].flatMap((d) => [d, d]),
    ...Array.from({ length: 10 }, (_, i) => (i < 5 ? '2026-10-19' : '2026-10-20')),
  ];
  const declined = days.map(() => [] as { code: string; signed: boolean }[]);
  declined[3] = [{ code: 'ultrasound_abdomen', signed: false }];
  declined[5] = [{ code: 'ecg', signed: true }];
  exams = await concludedExaminations(t, { org: city, planId, hospitalId, userId: yy1.id, days, declined });
  await concludedExaminations(t, {
    org: city,
    planId,
    hospitalId: otherHospitalId,
    userId: yy2.id,
    days: ['2026-10-14'],
  });
  // 第十八条: every archive back but one; 第十六条: the week of 12 October reported, not the next
  await t.db.insert(healthCheckArchives).values(
    exams.map((e, i) => ({
      examinationId: e.examinationId,
      hospitalId,
      planId,
      dueOn: '2026-11-20',
      returnedOn: i === 19 ? null : '2026-10-20',
    })),
  );
  await t.db.insert(healthCheckWeeklyReports).values({
    hospitalId,
    planId,
    weekStart: '2026-10-12',
    figures: { examined: 10 },
    submittedAt: new Date('2026-10-17T02:00:00Z'),
    submittedBy: yy1.id,
  });
  yb = await t.login(officer.username);
  staff = await t.login('yy_one');
  otherStaff = await t.login('yy_two');
  reviewer = await t.login('reviewer');
  finance = await t.login('finance');
  street = await t.login('officer1');
});

const compute = (body: Json = {}) => yb.post(base, { hospitalId, planId, ...body });

async function enterQuality() {
  for (const [i, e] of exams.slice(0, 10).entries())
    await ok(
      `sample ${i}`,
      yb.post(`${quality}/samples`, {
        hospitalId,
        planId,
        examinationId: e.examinationId,
        resultErrors: i < 3 ? 1 : 0,
        omittedItems: i === 3 ? 1 : 0,
        entryErrors: 0,
      }),
    );
  for (const [forms, satisfied] of [
    [30, 29],
    [20, 19],
  ])
    await ok(
      'survey',
      yb.post(`${quality}/surveys`, { hospitalId, planId, collectedOn: '2026-10-20', forms, satisfied }),
    );
}

describe('health-check settlement', () => {
  it('cannot be computed before the quality records are there, and says so', async () => {
    const res = await compute();
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('尚未录入该医院本计划的质量抽查结果');
  });

  it('computes the rates from the counts and refuses counts above the items checked', async () => {
    const [first] = exams;
    const over = await yb.post(`${quality}/samples`, {
      hospitalId,
      planId,
      examinationId: first!.examinationId,
      resultErrors: 13,
      omittedItems: 0,
      entryErrors: 0,
    });
    expect(over.status).toBe(422);
    expect(over.body.message).toContain('不能多于抽查的项目数（12项）');
    const unbounded = await yb.post(`${quality}/samples`, {
      hospitalId,
      planId,
      examinationId: first!.examinationId,
      itemsChecked: 1001,
      resultErrors: 0,
      omittedItems: 0,
      entryErrors: 0,
    });
    expect(unbounded.status).toBe(422);
    expect(unbounded.body.message).toContain('输入有误');
    const survey = await yb.post(`${quality}/surveys`, {
      hospitalId,
      planId,
      collectedOn: '2026-10-20',
      forms: 10,
      satisfied: 11,
    });
    expect(survey.status).toBe(422);
    expect(survey.body.message).toContain('不能多于');

    await enterQuality();
    const again = await yb.post(`${quality}/samples`, {
      hospitalId,
      planId,
      examinationId: first!.examinationId,
      resultErrors: 0,
      omittedItems: 0,
      entryErrors: 0,
    });
    expect(again.status).toBe(409);
    const view = await ok<Json>('quality', yb.get(`${quality}?hospitalId=${hospitalId}&planId=${planId}`));
    expect(view).toMatchObject({ itemsChecked: 120, forms: 50, missing: null });
    expect(view.samples).toHaveLength(10);
    expect(view.samples[0].idNumberMasked).toContain('********');
    expect(view.rates.map((r: Json) => [r.id, r.value, r.limit, r.out])).toEqual([
      ['result_error', '2.5000', '1', true],
      ['missed_item', '0.8333', '1', false],
      ['data_entry_error', '0.0000', '1', false],
      ['satisfaction', '96.0000', '98', true],
    ]);
    const picker = await ok<Json[]>(
      'picker',
      yb.get(`${quality}/examinations?hospitalId=${hospitalId}&planId=${planId}`),
    );
    expect(picker).toHaveLength(10);
    expect(picker.map((p) => p.examinationId)).not.toContain(first!.examinationId);
    // the latest checks first, so a common surname cannot push this week's past the picker's limit
    const days = picker.map((p) => p.examinedOn as string);
    expect(days[0]).toBe('2026-10-20');
    expect(days).toEqual([...days].sort().reverse());
  });

  it('settles line by line with the clauses, to the hand calculation', async () => {
    const s = await ok<Json>('compute', compute());
    expect(s).toMatchObject({ status: 'computed', net: HAND.net_payment, outcome: 'needs_review' });
    expect(s.input).toMatchObject({
      hospital: { name: '泰安市中心医院体检科', designated: true, grade: 3, general: true },
      examinationsEndedOn: '2026-10-20',
      fee: '6700.00',
      rates: {
        result_error: '2.5000',
        missed_item: '0.8333',
        data_entry_error: '0.0000',
        satisfaction: '96.0000',
      },
    });
    expect(Object.fromEntries(s.lines.map((l: Json) => [l.id, l.amount]))).toEqual(HAND);
    const line = (id: string) => s.lines.find((l: Json) => l.id === id);
    expect(line('unsigned_waived_items').items).toEqual([
      {
        // first and last character, one star for each between (the fixture names vary in length)
        examinee: `${exams[3]!.name[0]}${'*'.repeat(exams[3]!.name.length - 2)}${exams[3]!.name.at(-1)}`,
        item: '腹部彩色B超（不少于5分钟）',
        fee: '80.00',
      },
    ]);
    expect(line('result_error_deduction')).toMatchObject({
      clause: '第二十条第一款',
      excessPoints: '1.5',
      limit: '1',
      rate: '2.5000',
    });
    expect(line('satisfaction_deduction')).toMatchObject({
      clause: '第二十条第二款',
      excessPoints: '2',
      limit: '98',
    });
    expect(line('missed_item_deduction').excessPoints).toBe('0');
    expect(line('gross_fee').clause).toBe('第二十条');
    expect(s.document).toContain('德州市市直城镇职工医疗保险健康体检工作规范');
    const check = (id: string) => s.checks.find((c: Json) => c.id === id);
    expect(check('archives_returned')).toMatchObject({
      ok: false,
      figures: { archives: 20, notReturned: 1 },
    });
    expect(check('archives_returned').records).toContain('未返还 1 份');
    expect(check('reports_submitted')).toMatchObject({
      ok: false,
      figures: { weeksNotReported: ['2026-10-19'], analysisSubmitted: false },
    });
    expect(check('reports_submitted').citation).toContain('第十六条');
  });

  it('recomputes only with the version seen', async () => {
    const [row] = (await ok<Json[]>('list', yb.get(`${base}?planId=${planId}`))).filter(
      (r) => r.hospitalId === hospitalId,
    );
    expect((await compute()).status).toBe(409);
    const again = await ok<Json>('recompute', compute({ version: row!.settlement.version }));
    expect(again.version).toBe(row!.settlement.version + 1);
    expect(again.net).toBe(HAND.net_payment);
  });

  it('lets a hospital read its own settlement only; a street officer gets 403', async () => {
    const [mine] = (await ok<Json[]>('list', yb.get(`${base}?planId=${planId}`))).filter(
      (r) => r.hospitalId === hospitalId,
    );
    const id = mine!.settlement.id;
    expect((await ok<Json>('own', staff.get(`${base}/${id}`))).net).toBe(HAND.net_payment);
    expect((await otherStaff.get(`${base}/${id}`)).status).toBe(404);
    const theirs = await ok<Json[]>('other list', otherStaff.get(`${base}?planId=${planId}`));
    expect(theirs.map((r) => r.hospitalId)).toEqual([otherHospitalId]);
    expect((await staff.post(base, { hospitalId, planId })).status).toBe(403);
    const own = `${quality}?hospitalId=${hospitalId}&planId=${planId}`;
    expect((await ok<Json>('own quality', staff.get(own))).rates[0].value).toBe('2.5000');
    expect((await otherStaff.get(own)).status).toBe(404);
    const sample = {
      hospitalId,
      planId,
      examinationId: exams[15]!.examinationId,
      resultErrors: 0,
      omittedItems: 0,
      entryErrors: 0,
    };
    expect((await staff.post(`${quality}/samples`, sample)).status).toBe(403);
    expect((await street.get(`${base}/${id}`)).status).toBe(403);
    expect((await street.get(`${base}?planId=${planId}`)).status).toBe(403);
    expect((await street.get(`${quality}?hospitalId=${hospitalId}&planId=${planId}`)).status).toBe(403);
  });

  it('is filed as the hospital case only when the bureau takes the item, and pays the net to the fen', async () => {
    const [row] = (await ok<Json[]>('list', yb.get(`${base}?planId=${planId}`))).filter(
      (r) => r.hospitalId === hospitalId,
    );
    const id = row!.settlement.id;
    const setEnabled = async (enabled: boolean) => {
      const type = await ok<Json>('type', reviewer.get(`/api/case-types/${HEALTH_CHECK_SETTLEMENT}`));
      await ok(
        'setting',
        reviewer.put(`/api/case-types/${HEALTH_CHECK_SETTLEMENT}`, { version: type.version, enabled }),
      );
    };
    await setEnabled(false);
    const off = await yb.post(`${base}/${id}/file`, { version: row!.settlement.version });
    expect(off.status).toBe(422);
    expect(off.body.message).toContain('已停办，暂不受理申请');
    // 本市参照执行: the bureau turns the 德州 item on
    await setEnabled(true);
    // a filed settlement is final: not while an examinee booked at the hospital is still to come
    const [booked] = await t.db
      .update(healthCheckExaminees)
      .set({ status: 'allocated' })
      .where(eq(healthCheckExaminees.hospitalId, hospitalId))
      .returning({ id: healthCheckExaminees.id })
      .then((rows) => rows.slice(0, 1));
    await t.db
      .update(healthCheckExaminees)
      .set({ status: 'examined' })
      .where(and(eq(healthCheckExaminees.hospitalId, hospitalId), ne(healthCheckExaminees.id, booked!.id)));
    expect((await ok<Json>('detail', yb.get(`${base}/${id}`))).pendingExaminees).toBe(1);
    const waiting = await yb.post(`${base}/${id}/file`, { version: row!.settlement.version });
    expect(waiting.status).toBe(409);
    expect(waiting.body.message).toContain('尚有 1 名已安排的职工未体检');
    await t.db
      .update(healthCheckExaminees)
      .set({ status: 'examined' })
      .where(eq(healthCheckExaminees.id, booked!.id));
    const filed = await ok<Json>('file', yb.post(`${base}/${id}/file`, { version: row!.settlement.version }));
    expect(filed).toMatchObject({ status: 'filed', case: { statusLabel: '待受理' } });
    expect((await yb.post(`${base}/${id}/file`, { version: filed.version })).status).toBe(409);
    expect((await compute({ version: filed.version })).status).toBe(409);

    const caseId = filed.case.id as string;
    let c = await ok<Json>('case', yb.get(`/api/cases/${caseId}`));
    expect(c.applicantName).toBe('泰安市中心医院体检科');
    c = await ok(
      'accept',
      yb.post(`/api/cases/${caseId}/accept`, { version: c.version, materials: allProvided(c.materials) }),
    );
    c = await ok(
      'review',
      yb.post(`/api/cases/${caseId}/review`, {
        version: c.version,
        checks: { archives_returned: { confirmed: true }, reports_submitted: { confirmed: true } },
      }),
    );
    c = await ok('approve', reviewer.post(`/api/cases/${caseId}/approve`, { version: c.version }));
    await ok('send', reviewer.post('/api/finance/send', { cases: [{ id: caseId, version: c.version }] }));
    c = await ok<Json>('case', reviewer.get(`/api/cases/${caseId}`));
    const plan = await ok<Json>(
      'plan',
      finance.post('/api/payment-plans', {
        title: '体检费用结算',
        cases: [{ id: caseId, version: c.version }],
      }),
    );
    await ok(
      'approve plan',
      finance.post(`/api/payment-plans/${plan.id}/approve`, { version: plan.version }),
    );
    await ok(
      'pay',
      finance.post(`/api/payment-plans/${plan.id}/pay`, { bankReference: `PX-${plan.number}` }),
    );

    // paid to the hospital's account, not to the 医保处's organisation that placed the case
    const paidPlan = await ok<Json>('plan', finance.get(`/api/payment-plans/${plan.id}`));
    expect(paidPlan.payments.map((p: Json) => p.payeeName)).toEqual(['泰安市中心医院体检科']);
    const paid = await ok<Json>('settlement', yb.get(`${base}/${id}`));
    expect(paid.case.status).toBe('paid');
    expect(paid.paidAmount).toBe(HAND.net_payment);
    expect(yuanToFen(paid.paidAmount)).toBe(yuanToFen(paid.net));

    const audit = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(
        inArray(auditLog.action, [
          'health_check.quality_sample.create',
          'health_check.survey.create',
          'health_check.settlement.compute',
          'health_check.settlement.recompute',
          'health_check.settlement.file',
        ]),
      );
    const counts: Record<string, number> = {};
    for (const a of audit) counts[a.action] = (counts[a.action] ?? 0) + 1;
    expect(counts).toEqual({
      'health_check.quality_sample.create': 10,
      'health_check.survey.create': 2,
      'health_check.settlement.compute': 1,
      'health_check.settlement.recompute': 1,
      'health_check.settlement.file': 1,
    });
  });
});
