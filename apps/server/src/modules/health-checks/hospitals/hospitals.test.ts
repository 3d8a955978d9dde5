import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { createUser } from '../../../test/fixtures.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { requirementCodes } from './hospital-requirements.ts';
import { requireDesignated } from './require-designated.ts';

const t = await createTestApp();
const base = '/api/health-checks/hospitals';
const city = t.city.city.id;
await createUser(t.db, { username: 'yb_test', orgId: city, roles: ['medical_insurance_officer'] });
const staffA = await createUser(t.db, { username: 'yy_a', orgId: city, roles: ['hospital_staff'] });
const staffB = await createUser(t.db, { username: 'yy_b', orgId: city, roles: ['hospital_staff'] });
const officer = await t.login('yb_test');
const street = await t.login('officer1');

const ok = <T = any>(what: string, res: { status: number; body: unknown }) => {
  if (res.status !== 200) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
};
let seq = 0;
/** An application that meets every condition unless `over` says otherwise. */
const application = (over: Record<string, unknown> = {}) => {
  seq += 1;
  return {
    name: `测试体检医院${seq}`,
    code: `TJ${seq}`,
    insuranceDesignated: true,
    grade: 3,
    general: true,
    facilities: [...requirementCodes],
    chiefExaminerName: '张明',
    chiefExaminerTitle: 'associate_chief',
    examiners: 8,
    plannedDailyVolume: 60,
    ...over,
  };
};
const register = async (over: Record<string, unknown> = {}) =>
  ok('register', await officer.post(base, application(over)));
const decide = (h: { id: string; version: number }, body: Record<string, unknown>) =>
  officer.post(`${base}/${h.id}/decision`, { version: h.version, ...body });
const audits = (action: string, targetId: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));

const a = await register();
const b = await register();

describe('designating a health-check hospital (000 第四篇 第一、七条)', () => {
  it('refuses a grade-1 hospital, naming 第一条', async () => {
    const h = await register({ grade: 1, general: false });
    expect(h.status).toBe('applied');
    expect(h.check.ok).toBe(false);
    const res = await decide(h, { decision: 'designate' });
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('第一条 医院不是二级以上资质的综合医院（登记为一级、非综合医院）');
    expect(res.body.details.failed).toEqual(['hospital_grade']);
    expect(ok('detail', await officer.get(`${base}/${h.id}`)).status).toBe('applied');
  });

  it('refuses 4 主检 for 44 examinees a day (1:11), naming 第七条', async () => {
    const h = await register({ examiners: 4, plannedDailyVolume: 44 });
    const res = await decide(h, { decision: 'designate' });
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('第七条 主检4人，计划日均受检44人，比例低于1:10（至少须5名主检）');
    expect(res.body.details.failed).toEqual(['examiner_ratio']);
  });

  it('designates a hospital meeting every condition at 1:10 exactly, and audits it', async () => {
    const h = await register({ examiners: 4, plannedDailyVolume: 40 });
    expect(h.check.conditions.every((c: { met: boolean }) => c.met)).toBe(true);
    const done = ok('designate', await decide(h, { decision: 'designate' }));
    expect(done).toMatchObject({
      status: 'designated',
      statusLabel: '已确定为体检定点',
      decidedOn: t.today(),
    });
    expect(await audits('health_check.hospital.register', h.id)).toHaveLength(1);
    expect(await audits('health_check.hospital.designate', h.id)).toHaveLength(1);
    const list = ok<{ id: string; conditionsMet: boolean }[]>(
      'list',
      await officer.get(`${base}?status=designated`),
    );
    expect(list.find((i) => i.id === h.id)?.conditionsMet).toBe(true);
    // a second designation is not a transition
    expect((await decide(done, { decision: 'designate' })).status).toBe(409);
  });

  it('records facilities on the current version only, then refuses and revokes with reasons', async () => {
    const h = await register({ facilities: [] });
    expect(h.check.conditions.filter((c: { met: boolean }) => !c.met)).toHaveLength(requirementCodes.length);
    const { name: _n, code: _c, ...fields } = application();
    const saved = ok('update', await officer.put(`${base}/${h.id}`, { ...fields, version: h.version }));
    expect(saved.check.ok).toBe(true);
    expect(saved.facilities).toEqual([...requirementCodes]);
    expect((await officer.put(`${base}/${h.id}`, { ...fields, version: h.version })).status).toBe(409);
    expect(await audits('health_check.hospital.update', h.id)).toHaveLength(1);

    expect((await decide(saved, { decision: 'revoke', reason: '不在定点' })).status).toBe(409);
    expect((await decide(saved, { decision: 'refuse' })).status).toBe(422);
    const refused = ok('refuse', await decide(saved, { decision: 'refuse', reason: '场地未分开' }));
    expect(refused).toMatchObject({ status: 'refused', decisionNote: '场地未分开' });
    const designated = ok('designate', await decide(refused, { decision: 'designate' }));
    const revoked = ok('revoke', await decide(designated, { decision: 'revoke', reason: '抽查不合格' }));
    expect(revoked).toMatchObject({
      status: 'revoked',
      statusLabel: '已取消定点',
      decisionNote: '抽查不合格',
    });
    expect(await audits('health_check.hospital.revoke', h.id)).toHaveLength(1);
  });

  it('refuses out-of-range input with a Chinese message', async () => {
    for (const bad of [
      application({ grade: 5 }),
      application({ examiners: -1 }),
      application({ name: '医'.repeat(101) }),
      application({ facilities: ['swimming_pool'] }),
      application({ code: '代码' }),
    ]) {
      const res = await officer.post(base, bad);
      expect(res.status).toBe(422);
      expect(res.body.message).toMatch(/^输入有误/);
    }
    // a malformed id in the address names no hospital
    expect(
      (await officer.post(`${base}/${'0'.repeat(8)}/decision`, { decision: 'designate', version: 1 })).status,
    ).toBe(404);
  });

  it('lets only a designated hospital be given examinees', async () => {
    const h = await register({ grade: 1 });
    await expect(requireDesignated(t.db, h.id)).rejects.toThrow('当前为「待认定」，尚未确定为体检定点');
    const good = await register();
    ok('designate', await decide(good, { decision: 'designate' }));
    expect((await requireDesignated(t.db, good.id)).id).toBe(good.id);
  });
});

describe('hospital staff accounts and 本院信息', () => {
  it('links an account of the hospital role to one hospital only, and audits it', async () => {
    const linked = ok('link', await officer.post(`${base}/${a.id}/staff`, { userId: staffA.id }));
    expect(linked.staff.map((s: { username: string }) => s.username)).toEqual(['yy_a']);
    const again = await officer.post(`${base}/${b.id}/staff`, { userId: staffA.id });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('账号「yy_a」已关联到其他体检医院');
    const notHospital = await officer.post(`${base}/${b.id}/staff`, { userId: t.users.reviewer.id });
    expect(notHospital.status).toBe(422);
    ok('link b', await officer.post(`${base}/${b.id}/staff`, { userId: staffB.id }));
    expect(await audits('health_check.hospital.staff_link', a.id)).toHaveLength(1);
    const accounts = ok<{ username: string; linkedTo: string | null }[]>(
      'accounts',
      await officer.get(`${base}/accounts`),
    );
    expect(accounts.find((x) => x.username === 'yy_a')?.linkedTo).toBe(a.name);
  });

  it('shows a hospital user their own hospital and never another', async () => {
    const userA = await t.login('yy_a');
    const userB = await t.login('yy_b');
    expect(ok('mine a', await userA.get('/api/health-checks/my-hospital'))).toMatchObject({
      id: a.id,
      staff: [],
    });
    expect(ok('mine b', await userB.get('/api/health-checks/my-hospital')).id).toBe(b.id);
    expect((await userB.get(`${base}/${a.id}`)).status).toBe(403);
    expect((await userB.get(base)).status).toBe(403);
    expect((await userB.put(`${base}/${b.id}`, { ...application(), version: b.version })).status).toBe(403);
  });

  it('answers 403 to a street officer', async () => {
    expect((await street.get('/api/health-checks/my-hospital')).status).toBe(403);
    expect((await street.get(base)).status).toBe(403);
    expect((await street.post(base, application())).status).toBe(403);
  });

  it('unlinks an account, which then has no hospital', async () => {
    const res = ok('unlink', await officer.delete(`${base}/${a.id}/staff/${staffA.id}`));
    expect(res.staff).toEqual([]);
    expect(await audits('health_check.hospital.staff_unlink', a.id)).toHaveLength(1);
    const userA = await t.login('yy_a');
    const mine = await userA.get('/api/health-checks/my-hospital');
    expect(mine.status).toBe(403);
    expect(mine.body.message).toContain('未关联体检医院');
    expect((await officer.delete(`${base}/${a.id}/staff/${staffA.id}`)).status).toBe(404);
  });
});
