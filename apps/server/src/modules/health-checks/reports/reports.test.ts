import { and, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { createFieldCipher } from '../../../platform/crypto.ts';
import { createUser } from '../../../test/fixtures.ts';
import { createTestApp, testConfig } from '../../../test/test-app.ts';
import { healthCheckFindings } from '../examinations/examinations.schema.ts';
import { reportRecords } from './report-fixtures.ts';

// TEST_NOW is Tuesday 2026-10-20: the week of 2026-10-12 has ended, that of 2026-10-19 is current.
const t = await createTestApp();
const cipher = createFieldCipher(testConfig().dataKey);
const records = reportRecords(t.db, t.city.community1);
const mk = (username: string, role: string) =>
  createUser(t.db, { username, orgId: t.city.city.id, roles: [role] });
const staffA = await mk('yy_rep_a', 'hospital_staff');
const staffB = await mk('yy_rep_b', 'hospital_staff');
await mk('yb_rep', 'medical_insurance_officer');
const hospitalA = await records.hospital(t.city.city, [staffA.id], { name: '甲体检医院' });
const hospitalB = await records.hospital(t.city.city, [staffB.id], { name: '乙体检医院' });
const plan = await records.plan(t.city.city);
const yb = await t.login('yb_rep');
const yyA = await t.login('yy_rep_a');
const yyB = await t.login('yy_rep_b');
const officer = await t.login('officer1');

const employer = await records.employer('泰山钢铁集团');
const at = (hospitalId: string, userId: string) => ({
  planId: plan.id,
  hospitalId,
  userId,
  employerId: employer,
});
const findings = (codes: string[]) => ({ findingsEnc: cipher.encrypt(JSON.stringify(codes)) });
// Hospital A. In the week of 10-12: 褚一 (declined one item signed, one unsigned; a serious finding,
// notified 10-16), 卫二 (bedside), 蒋三 examined 10-13; 沈四 absent 10-14. Before it: 韩五 examined
// 10-06, concluded 10-12, archive returned 10-15. After it: 杨六 scheduled 10-21.
const a = at(hospitalA.id, staffA.id);
const chu = await records.examined({
  ...a,
  name: '褚一',
  scheduledOn: '2026-10-13',
  examination: {
    declinedItems: [
      { code: 'ecg', signed: true },
      { code: 'ultrasound_abdomen', signed: false },
    ],
    ...findings(['hypertension', 'severe_hypertension']),
  },
});
await records.examined({
  ...a,
  name: '卫二',
  scheduledOn: '2026-10-13',
  examinee: { visitMode: 'bedside' },
  examination: findings(['hypertension']),
});
await records.examined({ ...a, name: '蒋三', scheduledOn: '2026-10-13', gender: '2', examination: {} });
await records.examined({
  ...a,
  name: '沈四',
  scheduledOn: '2026-10-14',
  examinee: { status: 'absent' },
  examination: null,
});
await records.examined({
  ...a,
  name: '韩五',
  scheduledOn: '2026-10-06',
  examination: { concludedAt: new Date('2026-10-12T02:00:00Z') },
  archive: {
    reviewStatus: 'approved',
    returnedOn: '2026-10-15',
    receiverKind: 'employer',
    receiverName: '泰山钢铁集团',
    receiverSigned: true,
  },
});
await records.examined({ ...a, name: '杨六', scheduledOn: '2026-10-21', examination: null });
await t.db.insert(healthCheckFindings).values({
  examinationId: chu.examinationId!,
  hospitalId: hospitalA.id,
  summaryEnc: cipher.encrypt('血压重度升高'),
  notifyParty: 'employer',
  dueOn: '2026-10-20',
  status: 'notified',
  notifiedOn: '2026-10-16',
  raisedBy: staffA.id,
});
// Hospital B: one examinee scheduled in the week of 10-05, never reported.
await records.examined({
  ...at(hospitalB.id, staffB.id),
  name: '朱七',
  scheduledOn: '2026-10-06',
  examination: {},
});

const weekly = '/api/health-checks/weekly-reports';
const names = ['褚一', '卫二', '蒋三', '沈四', '韩五', '杨六', '朱七'];

describe('weekly progress reports (第十六条)', () => {
  it('generates the hospital’s table of a week from its records', async () => {
    const res = await yyA.get(`${weekly}/preview?planId=${plan.id}&weekStart=2026-10-12`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      hospital: { name: '甲体检医院' },
      weekEnd: '2026-10-18',
      submitted: null,
    });
    const figures = Object.fromEntries(
      res.body.rows.map((r: { key: string; value: number }) => [r.key, r.value]),
    );
    expect(figures).toEqual({
      allocated: 4,
      examined: 3,
      absent: 1,
      cumulativeExamined: 4,
      allocatedInPlan: 6,
      declinedSigned: 1,
      declinedUnsigned: 1,
      archivesConcluded: 4,
      archivesReturned: 1,
      findingsRaised: 1,
      findingsNotified: 1,
      homeVisits: 1,
    });
  });

  it('refuses a week that is not a Monday, one not yet begun, and an over-long note', async () => {
    const tuesday = await yyA.post(weekly, { planId: plan.id, weekStart: '2026-10-13' });
    expect(tuesday).toMatchObject({ status: 422, body: { message: '周报的起始日期须为星期一' } });
    const future = await yyA.post(weekly, { planId: plan.id, weekStart: '2026-10-26' });
    expect(future).toMatchObject({ status: 422, body: { message: '只能报送已结束的周或本周的进度' } });
    const long = await yyA.post(weekly, { planId: plan.id, weekStart: '2026-10-12', note: '长'.repeat(501) });
    expect(long.status).toBe(422);
    expect(long.body.message).toContain('说明最多500字');
    expect((await yyA.post(weekly, { planId: 'x', weekStart: '2026-13-01' })).status).toBe(422);
  });

  it('submits and resubmits a week, the resubmission audited with what it replaced', async () => {
    const first = await yyA.post(weekly, { planId: plan.id, weekStart: '2026-10-12' });
    expect(first.status).toBe(200);
    const again = await yyA.post(weekly, { planId: plan.id, weekStart: '2026-10-12', note: '补报' });
    expect(again.body.id).toBe(first.body.id);
    const audits = await t.db
      .select({ action: auditLog.action, detail: auditLog.detail })
      .from(auditLog)
      .where(like(auditLog.action, 'health_check.weekly_report.%'))
      .orderBy(auditLog.id);
    expect(audits.map((x) => x.action)).toEqual([
      'health_check.weekly_report.submit',
      'health_check.weekly_report.resubmit',
    ]);
    expect(audits[1]!.detail).toMatchObject({ weekStart: '2026-10-12', replaced: { examined: 3 } });
    const preview = await yyA.get(`${weekly}/preview?planId=${plan.id}&weekStart=2026-10-12`);
    expect(preview.body.submitted).toMatchObject({ note: '补报' });
  });

  it('shows the 医保处 every hospital’s weeks, an ended week with examinees and no table as 未报送', async () => {
    const res = await yb.get(`${weekly}?planId=${plan.id}`);
    expect(res.status).toBe(200);
    const cell = (hospital: string, week: string) =>
      res.body.hospitals
        .find((h: { name: string }) => h.name === hospital)
        .cells.find((c: { weekStart: string }) => c.weekStart === week);
    expect(cell('甲体检医院', '2026-10-12')).toMatchObject({
      status: 'submitted',
      statusLabel: '已报送',
      figures: { examined: 3 },
    });
    expect(cell('甲体检医院', '2026-10-05').statusLabel).toBe('未报送');
    expect(cell('甲体检医院', '2026-09-28').statusLabel).toBe('无体检安排');
    expect(cell('甲体检医院', '2026-10-19').statusLabel).toBe('本周进行中');
    expect(cell('乙体检医院', '2026-10-05').statusLabel).toBe('未报送');
    expect(res.body.weeks[0]).toEqual({ weekStart: '2026-08-31', weekEnd: '2026-09-06' });
  });

  it('lists the plans to report on', async () => {
    expect((await yyA.get(`${weekly}/plans`)).body).toMatchObject({
      hospital: true,
      currentWeek: '2026-10-19',
      plans: [{ id: plan.id }],
    });
    expect((await yb.get(`${weekly}/plans`)).body.hospital).toBe(false);
    expect((await officer.get(`${weekly}/plans`)).status).toBe(403);
  });

  it('shows a hospital its own row only; a street officer is refused', async () => {
    const own = await yyB.get(`${weekly}?planId=${plan.id}`);
    expect(own.body.hospitals.map((h: { name: string }) => h.name)).toEqual(['乙体检医院']);
    expect((await officer.get(`${weekly}?planId=${plan.id}`)).status).toBe(403);
    expect((await officer.post(weekly, { planId: plan.id, weekStart: '2026-10-12' })).status).toBe(403);
    expect((await yb.post(weekly, { planId: plan.id, weekStart: '2026-10-12' })).status).toBe(403);
  });
});

describe('analysis report (第十六条)', () => {
  const analysis = '/api/health-checks/analysis';

  it('counts the examined without any person, small cells as "<5", audited with its purpose', async () => {
    const res = await yb.get(`${analysis}?planId=${plan.id}`);
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    for (const name of names) expect(text).not.toContain(name);
    expect(text).not.toMatch(/370983\*/);
    // 5 examined at both hospitals: 褚一 卫二 蒋三 韩五 (A) and 朱七 (B)
    expect(res.body.figures).toMatchObject({ examined: 5, withFindings: '<5' });
    expect(res.body.figures.byEmployer).toEqual([{ name: '泰山钢铁集团', persons: 5, withFindings: '<5' }]);
    expect(res.body.figures.bySex).toMatchObject([{ persons: '<5' }, { persons: '<5' }]);
    const hypertension = res.body.figures.byFinding.find((f: { code: string }) => f.code === 'hypertension');
    expect(hypertension).toMatchObject({ persons: '<5', male: '<5', female: 0 });
    const [audit] = await t.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'health_check.analysis.generate'), eq(auditLog.username, 'yb_rep')));
    expect(audit!.detail).toEqual({ purpose: '体检分析报告', hospitalId: null, persons: 5 });
  });

  it('gives a hospital its own figures whatever hospital it asks for, and takes its submission', async () => {
    const res = await yyB.get(`${analysis}?planId=${plan.id}&hospitalId=${hospitalA.id}`);
    expect(res.body).toMatchObject({ hospital: { name: '乙体检医院' }, figures: { examined: '<5' } });
    expect((await yyB.post(`${analysis}/submissions`, { planId: plan.id, narrative: '短' })).status).toBe(
      422,
    );
    const sent = await yyB.post(`${analysis}/submissions`, {
      planId: plan.id,
      narrative: '本院共完成体检一人，未发现重大异常。',
    });
    expect(sent.status).toBe(200);
    const list = await yb.get(`${analysis}/submissions?planId=${plan.id}`);
    expect(list.body).toMatchObject([
      { hospitalName: '乙体检医院', narrative: '本院共完成体检一人，未发现重大异常。' },
    ]);
    expect((await yyA.get(`${analysis}/submissions?planId=${plan.id}`)).body).toEqual([]);
    expect((await officer.get(`${analysis}?planId=${plan.id}`)).status).toBe(403);
  });

  it('exports the analysis as xlsx, audited', async () => {
    const res = await yb.get(`${analysis}.xlsx?planId=${plan.id}&hospitalId=${hospitalA.id}`);
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('spreadsheetml');
    const [audit] = await t.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(eq(auditLog.action, 'health_check.analysis.export'));
    expect(audit!.detail).toEqual({ hospitalId: hospitalA.id });
  });
});
