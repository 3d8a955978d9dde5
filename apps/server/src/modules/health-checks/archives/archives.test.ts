import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { dailyJobKinds, jobHandlers } from '../../../jobs.ts';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { enqueueDaily } from '../../../platform/jobs/daily-scheduler.ts';
import { jobs } from '../../../platform/jobs/jobs.schema.ts';
import { startJobWorker } from '../../../platform/jobs/jobs.worker.ts';
import { createUser } from '../../../test/fixtures.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { pinnableClock } from '../../../test/test-clock.ts';
import { reportRecords } from '../reports/report-fixtures.ts';
import { ARCHIVES_OVERDUE_JOB } from './archives-overdue.job.ts';

// TEST_NOW is 2026-10-20. An examination's archive is due on the 20th of the next month.
const clock = pinnableClock();
const t = await createTestApp({ clock });
const records = reportRecords(t.db, t.city.community1);
const mk = (username: string, role: string) =>
  createUser(t.db, { username, orgId: t.city.city.id, roles: [role] });
const staffA = await mk('yy_arc_a', 'hospital_staff');
const staffB = await mk('yy_arc_b', 'hospital_staff');
await mk('yb_arc', 'medical_insurance_officer');
const hospitalA = await records.hospital(t.city.city, [staffA.id], { name: '甲档案医院' });
const hospitalB = await records.hospital(t.city.city, [staffB.id], { name: '乙档案医院' });
const plan = await records.plan(t.city.city, { startOn: '2026-08-01' });
const employer = await records.employer('泰山钢铁集团');
const a = { planId: plan.id, hospitalId: hospitalA.id, userId: staffA.id, employerId: employer };
// due 2026-10-20 / 2026-09-20 / 2026-10-20
const onTime = await records.examined({ ...a, name: '褚按时', scheduledOn: '2026-09-10' });
const late = await records.examined({ ...a, name: '卫逾期', scheduledOn: '2026-08-10' });
const fix = await records.examined({ ...a, name: '蒋整改', scheduledOn: '2026-09-11' });
const other = await records.examined({
  planId: plan.id,
  hospitalId: hospitalB.id,
  userId: staffB.id,
  name: '沈乙院',
  scheduledOn: '2026-09-15',
});

const yb = await t.login('yb_arc');
const yyA = await t.login('yy_arc_a');
const yyB = await t.login('yy_arc_b');
const officer = await t.login('officer1');
const base = '/api/health-checks/archives';
const signedReturn = (returnedOn: string) => ({
  returnedOn,
  receiverKind: 'employer',
  receiverName: '泰山钢铁集团 王经办',
  receiverSigned: true,
});
const names = async (client: typeof yb, tab: string) =>
  ((await client.get(`${base}?tab=${tab}`)).body.items as { examineeName: string }[]).map(
    (i) => i.examineeName,
  );

const worker = startJobWorker({
  db: t.db,
  handlers: jobHandlers(t.db, t.services.auditAnchor, t.services),
  pollMs: 20,
});
afterAll(() => worker.stop());
async function overdueJob(day: string) {
  clock.pin(day);
  const queued = await enqueueDaily(t.db, ARCHIVES_OVERDUE_JOB, day);
  const end = Date.now() + 10_000;
  for (;;) {
    const [job] = await t.db.select().from(jobs).where(eq(jobs.id, queued!.id));
    if (job!.status === 'succeeded' || job!.status === 'failed') return job!;
    if (Date.now() > end) throw new Error(`job still ${job!.status}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('archive review and return (第十八条)', () => {
  it('refuses a return before the 医保处 approved the archive', async () => {
    const res = await yyA.post(`${base}/${onTime.archiveId}/return`, signedReturn('2026-10-20'));
    expect(res).toMatchObject({ status: 409 });
    expect(res.body.message).toContain('经医保处审核通过后方可返还');
  });

  it('keeps the review to the 医保处 and the lists to the two sides', async () => {
    const review = { decision: 'approve', paperComplete: true, electronicComplete: true };
    expect((await yyA.post(`${base}/${onTime.archiveId}/review`, review)).status).toBe(403);
    expect((await officer.post(`${base}/${onTime.archiveId}/review`, review)).status).toBe(403);
    expect((await officer.get(`${base}?tab=pending`)).status).toBe(403);
    expect((await names(yb, 'pending')).sort()).toEqual(['卫逾期', '褚按时', '蒋整改', '沈乙院'].sort());
    expect(await names(yyB, 'pending')).toEqual(['沈乙院']);
  });

  it('approves only a complete archive and sends an incomplete one back with a note', async () => {
    const incomplete = await yb.post(`${base}/${onTime.archiveId}/review`, {
      decision: 'approve',
      paperComplete: true,
      electronicComplete: false,
    });
    expect(incomplete).toMatchObject({
      status: 422,
      body: { message: '纸质档案和电子档案均完整方可审核通过' },
    });
    const noNote = await yb.post(`${base}/${fix.archiveId}/review`, {
      decision: 'return_for_fix',
      paperComplete: false,
      electronicComplete: true,
      note: '',
    });
    expect(noNote.status).toBe(422);
    expect(noNote.body.message).toContain('退回整改须填写整改意见');
    const back = await yb.post(`${base}/${fix.archiveId}/review`, {
      decision: 'return_for_fix',
      paperComplete: false,
      electronicComplete: true,
      note: '检验报告单未粘贴',
    });
    expect(back).toMatchObject({ status: 200, body: { reviewed: 1 } });
    const [item] = (await yyA.get(`${base}?tab=returned_for_fix`)).body.items;
    expect(item).toMatchObject({
      examineeName: '蒋整改',
      reviewStatusLabel: '退回整改',
      reviewNote: '检验报告单未粘贴',
    });
  });

  it('approves many at once, within a bound', async () => {
    const tooMany = Array.from({ length: 201 }, () => onTime.archiveId);
    const refused = await yb.post(`${base}/approve`, { ids: tooMany });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toContain('一次最多审核200份档案');
    const ok = await yb.post(`${base}/approve`, { ids: [onTime.archiveId, late.archiveId, other.archiveId] });
    expect(ok.body).toEqual({ reviewed: 3 });
    expect((await yb.post(`${base}/approve`, { ids: [onTime.archiveId] })).status).toBe(409);
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'health_check.archive.approve'));
    expect(audits).toHaveLength(3);
  });

  it('lists the archives past their due day for both sides, and the daily job counts them per hospital', async () => {
    expect(await names(yb, 'overdue')).toEqual(['卫逾期']);
    expect(await names(yyA, 'overdue')).toEqual(['卫逾期']);
    expect(await names(yyB, 'overdue')).toEqual([]);
    expect(dailyJobKinds).toContain(ARCHIVES_OVERDUE_JOB);
    const job = await overdueJob('2026-10-21');
    // on 10-21 the three archives due 10-20 (A: 褚按时, 蒋整改; B: 沈乙院) join 卫逾期
    expect(job.result).toEqual({
      on: '2026-10-21',
      overdue: 4,
      byHospital: expect.arrayContaining([
        { hospitalId: hospitalA.id, overdue: 3 },
        { hospitalId: hospitalB.id, overdue: 1 },
      ]),
    });
    const [audit] = await t.db
      .select({ username: auditLog.username, detail: auditLog.detail })
      .from(auditLog)
      .where(eq(auditLog.action, 'health_check.archive.overdue_check'));
    expect(audit).toMatchObject({ username: 'system', detail: { on: '2026-10-21', overdue: 4 } });
    clock.pin(null);
  });

  it('refuses a return without the receiver’s signature, on a future day, or by another hospital', async () => {
    const unsigned = await yyA.post(`${base}/${onTime.archiveId}/return`, {
      ...signedReturn('2026-10-20'),
      receiverSigned: false,
    });
    expect(unsigned.status).toBe(422);
    expect(unsigned.body.message).toContain('档案领取要有登记');
    const beforeReview = await yyA.post(`${base}/${onTime.archiveId}/return`, signedReturn('2026-10-19'));
    expect(beforeReview).toMatchObject({ status: 422, body: { message: '返还日期不能早于医保处审核日期' } });
    const future = await yyA.post(`${base}/${onTime.archiveId}/return`, signedReturn('2026-10-21'));
    expect(future).toMatchObject({ status: 422, body: { message: '返还日期不能晚于今天' } });
    expect((await yyB.post(`${base}/${onTime.archiveId}/return`, signedReturn('2026-10-20'))).status).toBe(
      404,
    );
    expect((await yb.post(`${base}/${onTime.archiveId}/return`, signedReturn('2026-10-20'))).status).toBe(
      403,
    );
    const longName = await yyA.post(`${base}/${onTime.archiveId}/return`, {
      ...signedReturn('2026-10-20'),
      receiverName: '王'.repeat(101),
    });
    expect(longName.status).toBe(422);
  });

  it('returns on the due day on time and after it late, flagged for good, once only', async () => {
    const inTime = await yyA.post(`${base}/${onTime.archiveId}/return`, signedReturn('2026-10-20'));
    expect(inTime.body).toMatchObject({ dueOn: '2026-10-20', late: false });
    const after = await yyA.post(`${base}/${late.archiveId}/return`, {
      ...signedReturn('2026-10-20'),
      receiverKind: 'employee',
      receiverName: '卫逾期',
    });
    expect(after.body).toMatchObject({ dueOn: '2026-09-20', late: true });
    expect((await yyA.post(`${base}/${late.archiveId}/return`, signedReturn('2026-10-20'))).status).toBe(409);
    const returned = (await yb.get(`${base}?tab=returned`)).body.items;
    const flags = returned.map((r: { examineeName: string; late: boolean }) => [r.examineeName, r.late]);
    expect(flags).toEqual([
      ['卫逾期', true],
      ['褚按时', false],
    ]);
    expect(await names(yb, 'overdue')).toEqual([]);
    const [audit] = await t.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(eq(auditLog.targetId, late.archiveId!));
    expect(audit).toBeDefined();
  });

  it('prints the month’s return register of the hospital, masked IDs only', async () => {
    const res = await yyA.get(`${base}/register?month=2026-10`);
    expect(res.status).toBe(200);
    expect((await yyA.get('/api/print/letterhead')).status).toBe(200);
    expect(res.body.hospitalName).toBe('甲档案医院');
    expect(res.body.items).toMatchObject([
      {
        examineeName: '卫逾期',
        returnedOn: '2026-10-20',
        receiverKindLabel: '参检职工本人',
        receiverSigned: true,
        late: true,
      },
      { examineeName: '褚按时', employerName: '泰山钢铁集团', receiverKindLabel: '参检单位', late: false },
    ]);
    expect(res.body.items[0].idNumberMasked).toMatch(/^370983\*{8}\d{4}$/);
    expect((await yyB.get(`${base}/register?month=2026-10`)).body.items).toEqual([]);
    expect((await yb.get(`${base}/register?month=2026-10`)).status).toBe(422);
    expect(
      (await yb.get(`${base}/register?month=2026-10&hospitalId=${hospitalA.id}`)).body.items,
    ).toHaveLength(2);
    expect((await yyA.get(`${base}/register?month=2026-13`)).status).toBe(422);
    const nowhere = '00000000-0000-4000-8000-000000000000';
    expect((await yb.get(`${base}/register?month=2026-10&hospitalId=${nowhere}`)).status).toBe(404);
  });
});
