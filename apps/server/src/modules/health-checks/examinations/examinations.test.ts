import { residentIdCheckDigit } from '@minsheng/rules/national/resident-id.ts';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { createUser } from '../../../test/fixtures.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { pinnableClock } from '../../../test/test-clock.ts';
import { idNumberFields } from '../../registry/persons/person-fields.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { healthCheckArchives } from '../archives/archives.schema.ts';
import { healthCheckRecords } from '../health-checks.fixtures.ts';
import { healthCheckExaminees } from '../plans/plans.schema.ts';
import { standardPackage } from '../plans/standard-package.ts';
import { healthCheckExaminations, healthCheckFindings } from './examinations.schema.ts';

// TEST_NOW is 2026-10-20 (a Tuesday).
const clock = pinnableClock();
const t = await createTestApp({ clock });
const records = healthCheckRecords(t.db);
const base = '/api/health-checks';
const staffA = await createUser(t.db, { username: 'yy_a', orgId: t.city.city.id, roles: ['hospital_staff'] });
const staffB = await createUser(t.db, { username: 'yy_b', orgId: t.city.city.id, roles: ['hospital_staff'] });
await createUser(t.db, { username: 'yb', orgId: t.city.city.id, roles: ['medical_insurance_officer'] });
const hospitalA = await records.hospital(t.city.city, [staffA.id]);
await records.hospital(t.city.city, [staffB.id]);
const plan = await records.plan(t.city.city);
const hospA = await t.login('yy_a');
const hospB = await t.login('yy_b');
const yb = await t.login('yb');
const officer = await t.login('officer1');

let seq = 0;
/** A registry person with a real ID number (its keyed hash as persons store it), allocated to hospital A. */
async function examinee(name: string) {
  seq += 1;
  const first17 = `37098319850301${String(seq).padStart(3, '0')}`;
  const idNumber = first17 + residentIdCheckDigit(first17);
  const [p] = await t.db
    .insert(persons)
    .values({
      ...idNumberFields(t.services.cipher, idNumber, '2026-10-20'),
      name,
      hukouType: 'urban',
      hukouPlace: 'local',
      orgId: t.city.community1.id,
      orgPath: t.city.community1.path,
    })
    .returning();
  const e = await records.examinee({
    planId: plan.id,
    personId: p!.id,
    org: t.city.community1,
    hospitalId: hospitalA.id,
  });
  return { id: e.id, idNumber };
}

const ok = <T = any>(what: string, res: { status: number; body: unknown }) => {
  if (res.status !== 200) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
};
const performedAll = () =>
  standardPackage.map((i) => ({
    code: i.code,
    outcome: 'performed',
    value: `${i.code}-正常`,
    abnormal: false,
  }));

async function verified(name: string) {
  const e = await examinee(name);
  const exam = ok(
    'verify',
    await hospA.post(`${base}/examinees/${e.id}/verify-identity`, { idNumber: e.idNumber }),
  );
  return { examineeId: e.id, id: exam.id as string, version: exam.version as number };
}

const audits = (action: string, targetId: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));

describe('identity check at the hospital', () => {
  it('refuses an ID number that is not the examinee’s, audits it without the number, and starts on a match', async () => {
    const e = await examinee('张核验');
    const other = await examinee('李旁人');
    const wrong = await hospA.post(`${base}/examinees/${e.id}/verify-identity`, { idNumber: other.idNumber });
    expect(wrong.status).toBe(409);
    expect(wrong.body.message).toContain('不一致');
    const [row] = await audits('health_check_examinee.identity_mismatch', e.id);
    expect(row).toBeDefined();
    expect(JSON.stringify(row)).not.toContain(other.idNumber);
    expect(
      await t.db.select().from(healthCheckExaminations).where(eq(healthCheckExaminations.examineeId, e.id)),
    ).toHaveLength(0);

    const exam = ok(
      'verify',
      await hospA.post(`${base}/examinees/${e.id}/verify-identity`, {
        idNumber: e.idNumber.toLowerCase(),
        source: 'card_reader',
      }),
    );
    const [stored] = await t.db
      .select()
      .from(healthCheckExaminations)
      .where(eq(healthCheckExaminations.id, exam.id));
    expect(stored!.examinedOn).toBe('2026-10-20');
    expect(stored!.identityVerifiedBy).toBe(staffA.id);
    expect((await audits('health_check_examinee.identity_verified', e.id)).length).toBe(1);
    const again = await hospA.post(`${base}/examinees/${e.id}/verify-identity`, { idNumber: e.idNumber });
    expect(again.status).toBe(409);
  });

  it('hides an examinee of another hospital (404) and refuses a street officer (403)', async () => {
    const e = await examinee('王别院');
    expect(
      (await hospB.post(`${base}/examinees/${e.id}/verify-identity`, { idNumber: e.idNumber })).status,
    ).toBe(404);
    expect((await hospB.get(`${base}/examinees/${e.id}/examination`)).status).toBe(404);
    expect(
      (await officer.post(`${base}/examinees/${e.id}/verify-identity`, { idNumber: e.idNumber })).status,
    ).toBe(403);
    const { id, version } = await verified('赵本院');
    const body = { version, items: [], conclusion: '', advice: '', findings: [] };
    expect((await hospB.put(`${base}/examinations/${id}/results`, body)).status).toBe(404);
    expect((await hospB.post(`${base}/examinations/${id}/view`, { purpose: '核对结果' })).status).toBe(404);
    expect((await officer.post(`${base}/examinations/${id}/view`, { purpose: '核对结果' })).status).toBe(403);
    expect((await officer.get(`${base}/examinations`)).status).toBe(403);
    expect((await officer.get(`${base}/findings`)).status).toBe(403);
  });

  it('bounds its inputs with Chinese messages', async () => {
    const e = await examinee('钱边界');
    const long = await hospA.post(`${base}/examinees/${e.id}/verify-identity`, {
      idNumber: `${e.idNumber}9`,
    });
    expect(long.status).toBe(422);
    expect(long.body.message).toContain('公民身份号码最多18位');
    const bad = await hospA.post(`${base}/examinees/${e.id}/verify-identity`, {
      idNumber: '370983198503019999',
    });
    expect(bad.status).toBe(422);
    const { id, version } = await verified('孙超长');
    const tooLong = await hospA.put(`${base}/examinations/${id}/results`, {
      version,
      items: [{ code: 'ecg', outcome: 'performed', value: 'x'.repeat(501), abnormal: false }],
    });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.message).toContain('500');
    const unknown = await hospA.put(`${base}/examinations/${id}/results`, {
      version,
      items: [{ code: 'mri', outcome: 'performed', value: '正常', abnormal: false }],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.message).toContain('不在本年度体检套餐内');
    expect((await hospA.post(`${base}/examinations/${id}/view`, { purpose: 'x'.repeat(201) })).status).toBe(
      422,
    );
  });
});

describe('results and conclusion', () => {
  it('saves a draft encrypted, refuses a stale version, and refuses to conclude with an item left open', async () => {
    const { id, version } = await verified('周草稿');
    const items = performedAll().slice(0, -1);
    const saved = ok(
      'save',
      await hospA.put(`${base}/examinations/${id}/results`, {
        version,
        items: [
          ...items.slice(0, 3),
          { ...items[3]!, value: '白细胞 12.6', abnormal: true },
          ...items.slice(4),
        ],
        conclusion: '白细胞偏高',
        advice: '复查血常规',
      }),
    );
    expect((await hospA.put(`${base}/examinations/${id}/results`, { version, items: [] })).status).toBe(409);
    const [row] = await t.db.select().from(healthCheckExaminations).where(eq(healthCheckExaminations.id, id));
    expect(row!.resultsEnc).not.toContain('12.6');
    expect(row!.conclusionEnc).not.toContain('白细胞');
    expect(row!.performedItems).toBe(standardPackage.length - 1);
    const page = ok('page', await hospA.get(`${base}/examinees/${row!.examineeId}/examination`));
    expect(page.examination.draft.items.find((i: { code: string }) => i.code === 'blood_routine').value).toBe(
      '白细胞 12.6',
    );

    const refused = await hospA.post(`${base}/examinations/${id}/conclude`, {
      version: saved.version,
      items,
      conclusion: '白细胞偏高',
      advice: '复查血常规',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toContain('腹部彩色B超');
    const [still] = await t.db
      .select()
      .from(healthCheckExaminations)
      .where(eq(healthCheckExaminations.id, id));
    expect(still!.status).toBe('entered');
  });

  it('concludes: examinee examined, archive due by the 20th of next month, one task per serious finding', async () => {
    const { id, version, examineeId } = await verified('吴重症');
    const items = [
      ...performedAll().filter((i) => i.code !== 'chest_xray' && i.code !== 'general'),
      { code: 'general', outcome: 'performed', value: '血压 186/112 mmHg', abnormal: true },
      { code: 'chest_xray', outcome: 'declined', signed: false },
    ];
    ok(
      'conclude',
      await hospA.post(`${base}/examinations/${id}/conclude`, {
        version,
        items,
        conclusion: '血压重度升高，血糖危急值',
        advice: '立即心内科、内分泌科就诊',
        findings: ['severe_hypertension', 'critical_glucose', 'fatty_liver'],
      }),
    );
    const [exam] = await t.db
      .select()
      .from(healthCheckExaminations)
      .where(eq(healthCheckExaminations.id, id));
    expect(exam!.status).toBe('concluded');
    expect(exam!.declinedItems).toEqual([{ code: 'chest_xray', signed: false }]);
    expect(exam!.resultsEnc).not.toContain('186/112');
    expect(exam!.findingsEnc).not.toContain('severe_hypertension');
    const [examineeRow] = await t.db
      .select()
      .from(healthCheckExaminees)
      .where(eq(healthCheckExaminees.id, examineeId));
    expect(examineeRow!.status).toBe('examined');
    const [archive] = await t.db
      .select()
      .from(healthCheckArchives)
      .where(eq(healthCheckArchives.examinationId, id));
    expect(archive!.dueOn).toBe('2026-11-20');
    const tasks = await t.db
      .select()
      .from(healthCheckFindings)
      .where(eq(healthCheckFindings.examinationId, id));
    expect(tasks).toHaveLength(2);
    expect(
      tasks.every((f) => f.notifyParty === 'family' && f.dueOn === '2026-10-23' && f.status === 'open'),
    ).toBe(true);
    expect(tasks.map((f) => f.summaryEnc).join()).not.toContain('血压');
    expect(
      (await hospA.put(`${base}/examinations/${id}/results`, { version: exam!.version, items: [] })).status,
    ).toBe(409);

    const list = ok('list', await yb.get(`${base}/examinations?status=concluded`));
    const item = list.items.find((i: { id: string }) => i.id === id);
    expect(item).toMatchObject({ personName: '吴重症', declinedItems: 1, unsignedDeclinedItems: 1 });
    expect(item.idNumberMasked).toContain('*');
    expect(JSON.stringify(list)).not.toMatch(/186\/112|血压|severe_hypertension/);
  });
});

describe('viewing health data', () => {
  it('needs a purpose, audits it without the data, and is open to the hospital and the 医保处 only', async () => {
    const { id, version } = await verified('郑查看');
    ok(
      'conclude',
      await hospA.post(`${base}/examinations/${id}/conclude`, {
        version,
        items: performedAll().map((i) =>
          i.code === 'blood_glucose' ? { ...i, value: '6.8', abnormal: true } : i,
        ),
        conclusion: '空腹血糖偏高',
        advice: '控制饮食，三个月后复查',
        findings: ['hyperglycaemia'],
      }),
    );
    const none = await hospA.post(`${base}/examinations/${id}/view`, {});
    expect(none.status).toBe(422);
    expect(none.body.message).toContain('purpose');
    expect((await audits('health_check_examination.view', id)).length).toBe(0);
    const view = ok(
      'view',
      await hospA.post(`${base}/examinations/${id}/view`, { purpose: '出具纸质体检报告' }),
    );
    expect(view.items.find((i: { code: string }) => i.code === 'blood_glucose')).toMatchObject({
      value: '6.8',
      abnormal: true,
      referenceRange: '3.9–6.1',
    });
    expect(view.findings).toEqual([{ code: 'hyperglycaemia', label: '血糖偏高', serious: false }]);
    const [row] = await audits('health_check_examination.view', id);
    expect(row!.detail).toEqual({ purpose: '出具纸质体检报告' });
    expect(JSON.stringify(row)).not.toContain('6.8');
    expect(
      ok('yb view', await yb.post(`${base}/examinations/${id}/view`, { purpose: '质量抽查复核' })).conclusion,
    ).toBe('空腹血糖偏高');
  });
});

describe('serious-finding notification tasks (第十七条)', () => {
  async function seriousTask(name: string) {
    const { id, version } = await verified(name);
    ok(
      'conclude',
      await hospA.post(`${base}/examinations/${id}/conclude`, {
        version,
        items: performedAll(),
        conclusion: '胸片见右上肺结节影，可疑肿瘤',
        advice: '胸外科进一步检查',
        findings: ['suspected_tumour'],
      }),
    );
    const [task] = await t.db
      .select()
      .from(healthCheckFindings)
      .where(eq(healthCheckFindings.examinationId, id));
    return task!;
  }

  it('lists tasks without the finding, flags the overdue, and records the notification within bounds', async () => {
    const task = await seriousTask('冯通知');
    const mine = ok('list', await hospA.get(`${base}/findings?status=open`));
    const item = mine.items.find((i: { id: string }) => i.id === task.id);
    expect(item).toMatchObject({
      notifyParty: 'family',
      dueOn: '2026-10-23',
      overdue: false,
      canNotify: true,
    });
    expect(JSON.stringify(mine)).not.toMatch(/肿瘤|summary/);
    const all = ok('yb list', await yb.get(`${base}/findings`));
    expect(all.items.find((i: { id: string }) => i.id === task.id)).toMatchObject({ canNotify: false });
    expect(ok('other', await hospB.get(`${base}/findings`)).items).toHaveLength(0);

    clock.pin('2026-10-26');
    try {
      const late = ok('overdue', await hospA.get(`${base}/findings?overdue=true`));
      expect(late.items.find((i: { id: string }) => i.id === task.id).overdue).toBe(true);
    } finally {
      clock.pin(null);
    }

    const url = `${base}/findings/${task.id}/notified`;
    const good = {
      version: task.version,
      notifiedOn: '2026-10-20',
      method: 'phone',
      whom: '家属 冯某（配偶）',
    };
    expect((await hospA.post(url, { ...good, notifiedOn: '2026-10-19' })).status).toBe(422);
    expect((await hospA.post(url, { ...good, notifiedOn: '2026-10-21' })).status).toBe(422);
    expect((await hospA.post(url, { ...good, whom: '某'.repeat(101) })).status).toBe(422);
    expect((await hospB.post(url, good)).status).toBe(404);
    ok('notified', await hospA.post(url, good));
    const [done] = await t.db.select().from(healthCheckFindings).where(eq(healthCheckFindings.id, task.id));
    expect(done).toMatchObject({
      status: 'notified',
      notifiedOn: '2026-10-20',
      notifiedHow: '电话通知：家属 冯某（配偶）',
    });
    expect((await audits('health_check_finding.notified', task.id)).length).toBe(1);
    expect((await hospA.post(url, { ...good, version: done!.version })).status).toBe(409);
  });

  it('reveals the finding’s wording only with a purpose, audited', async () => {
    const task = await seriousTask('陈内容');
    const url = `${base}/findings/${task.id}/view`;
    const empty = await yb.post(url, { purpose: '' });
    expect(empty.status).toBe(422);
    expect(empty.body.message).toContain('请说明查看用途');
    expect((await hospB.post(url, { purpose: '核对通知' })).status).toBe(404);
    const view = ok('view', await yb.post(url, { purpose: '督促医院通知家属' }));
    expect(view.summary).toContain('可疑肿瘤');
    const [row] = await audits('health_check_finding.view', task.id);
    expect(row!.detail).toEqual({ purpose: '督促医院通知家属' });
  });
});
