import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { insertOrg } from '../../../platform/orgs/orgs.service.ts';
import { createUser } from '../../../test/fixtures.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { healthCheckRecords } from '../health-checks.fixtures.ts';
import { insuredRecords } from './plans.fixtures.ts';

// TEST_NOW is 2026-10-20.
const t = await createTestApp();
const base = '/api/health-checks/plans';
const registry = insuredRecords(t.db);
const records = healthCheckRecords(t.db);
await createUser(t.db, { username: 'yb', orgId: t.city.city.id, roles: ['medical_insurance_officer'] });
const staffA = await createUser(t.db, { username: 'hs_a', orgId: t.city.city.id, roles: ['hospital_staff'] });
const staffB = await createUser(t.db, { username: 'hs_b', orgId: t.city.city.id, roles: ['hospital_staff'] });
const hospitalA = await records.hospital(t.city.city, [staffA.id], { plannedDailyVolume: 3 });
const hospitalB = await records.hospital(t.city.city, [staffB.id]);
const applied = await records.hospital(t.city.city, [], { status: 'applied', decidedOn: null });
const yb = await t.login('yb');
const hsA = await t.login('hs_a');
const hsB = await t.login('hs_b');
const officer1 = await t.login('officer1');

const ok = <T = any>(what: string, res: { status: number; body: unknown }) => {
  if (res.status !== 200) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
};
const planBody = (over: Record<string, unknown> = {}) => ({
  year: 2026,
  name: '2026年度市直职工健康体检',
  startOn: '2026-09-01',
  endOn: '2026-12-31',
  eligibilityMonth: '2026-08',
  ...over,
});
const audits = (action: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.username, 'yb')));

// The registry: who paid 基本医疗保险 for 2026-08, and who did not.
const works = await registry.employer(t.city.street1, '肥城机械制造有限公司');
const other = await insertOrg(
  t.db,
  { parentId: null, name: '外市', level: 'city', regionCode: '371400' },
  null,
);
const insured = async (
  name: string,
  org = t.city.community1,
  o: Parameters<typeof registry.contribution>[1] = { month: '2026-08', employerId: works.id },
) => {
  const p = await registry.person(org, name);
  await registry.contribution(p, o);
  return p;
};
await insured('张一');
await insured('李二', t.city.community2);
await insured('王三');
await insured('赵灵活', t.city.community2, { month: '2026-08', employerId: null });
await insured('钱欠缴', t.city.community1, { month: '2026-08', status: 'arrears', employerId: works.id });
await insured('孙养老', t.city.community1, { month: '2026-08', kind: 'pension', employerId: works.id });
await insured('周七月', t.city.community1, { month: '2026-07', employerId: works.id });
await insured('吴外市', other, { month: '2026-08', employerId: null });

const plan = ok('create', await yb.post(base, planBody()));

describe('health-check plans', () => {
  it('creates a plan with the standard package, its fee per examinee summed to the fen', async () => {
    expect(plan.status).toBe('draft');
    expect(plan.items).toHaveLength(12);
    expect(plan.total).toBe('335.00');
    expect(plan.eligibilityMonth).toBe('2026-08');
    expect(plan.hospitals.map((h: { id: string }) => h.id).sort()).toEqual(
      [hospitalA.id, hospitalB.id].sort(),
    );
    expect(await audits('health_check_plan.create')).toHaveLength(1);
    const again = await yb.post(base, planBody());
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('2026年度体检计划已制定');
  });

  it('keeps fees exact (no floats) and refuses a fee that is not a whole number of fen', async () => {
    const items = [
      { code: 'a_item', name: '甲', fee: '0.10' },
      { code: 'b_item', name: '乙', fee: '0.2' },
      { code: 'c_item', name: '丙', fee: '35' },
    ];
    const res = ok('patch', await yb.patch(`${base}/${plan.id}`, { items, version: plan.version }));
    expect(res.total).toBe('35.30');
    expect(res.items.map((i: { fee: string }) => i.fee)).toEqual(['0.10', '0.20', '35.00']);
    for (const fee of ['35.123', '1e3', '-5', '100000.00']) {
      const bad = await yb.patch(`${base}/${plan.id}`, {
        items: [{ ...items[0], fee }],
        version: res.version,
      });
      expect(bad.status, fee).toBe(422);
      expect(bad.body.message).toContain('费用须为最多两位小数的元数');
    }
    const twice = await yb.patch(`${base}/${plan.id}`, { items: [items[0], items[0]], version: res.version });
    expect(twice.status).toBe(422);
    expect(twice.body.message).toContain('项目代码重复：a_item');
    const stale = await yb.patch(`${base}/${plan.id}`, { name: '旧版本', version: plan.version });
    expect(stale.status).toBe(409);
    const back = ok(
      'patch',
      await yb.patch(`${base}/${plan.id}`, { items: res.items.slice(0, 1), version: res.version }),
    );
    expect(back.total).toBe('0.10');
  });

  it('refuses unbounded or inconsistent input with a Chinese message', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [planBody({ year: 2027, name: 'x'.repeat(101) }), 'name'],
      [planBody({ year: 1999 }), 'year'],
      [planBody({ year: 2027, eligibilityMonth: '2026-13' }), '月份格式应为 YYYY-MM'],
      [planBody({ year: 2027 }), '开始日期须在2027年内'],
      [
        planBody({ year: 2027, startOn: '2027-03-01', endOn: '2027-02-01', eligibilityMonth: '2027-01' }),
        '结束日期不能早于开始日期',
      ],
      [
        planBody({ year: 2027, startOn: '2027-03-01', endOn: '2027-05-01', eligibilityMonth: '2027-04' }),
        '参保缴费月份不能晚于体检开始月份',
      ],
    ];
    for (const [body, message] of cases) {
      const res = await yb.post(base, body);
      expect(res.status, message).toBe(422);
      expect(res.body.message).toContain(message);
    }
    expect((await yb.get(`${base}?pageSize=1000`)).status).toBe(422);
    expect((await yb.get(`${base}/${plan.id}/examinees?pageSize=201`)).status).toBe(422);
    expect((await yb.get(`${base}/not-a-uuid`)).status).toBe(404);
  });

  it('generates examinees only after opening, from paid medical insurance of the month in the subtree', async () => {
    expect((await yb.post(`${base}/${plan.id}/examinees/generate`)).status).toBe(409);
    const current = ok('read', await yb.get(`${base}/${plan.id}`));
    ok('open', await yb.post(`${base}/${plan.id}/open`, { version: current.version }));
    expect(
      (await yb.patch(`${base}/${plan.id}`, { name: '开始后修改', version: current.version + 1 })).status,
    ).toBe(409);

    expect(ok('generate', await yb.post(`${base}/${plan.id}/examinees/generate`))).toEqual({
      added: 4,
      total: 4,
    });
    const list = ok('list', await yb.get(`${base}/${plan.id}/examinees?pageSize=50`));
    expect(list.items.map((i: { personName: string }) => i.personName).sort()).toEqual(
      ['张一', '李二', '王三', '赵灵活'].sort(),
    );
    const flex = list.items.find((i: { personName: string }) => i.personName === '赵灵活');
    expect(flex).toMatchObject({ employerId: null, employerName: '灵活就业人员', status: 'eligible' });
    expect(list.items.find((i: { personName: string }) => i.personName === '张一').employerName).toBe(
      '肥城机械制造有限公司',
    );
    expect(list.items.every((i: { idNumberMasked: string }) => i.idNumberMasked.includes('****'))).toBe(true);
    expect(await audits('health_check_examinee.list')).not.toHaveLength(0);
    const plans = ok('plans', await yb.get(`${base}?pageSize=100`));
    expect(plans.items.find((p: { id: string }) => p.id === plan.id).examinees).toBe(4);

    // re-running adds the newcomer only
    await insured('郑新人');
    expect(ok('again', await yb.post(`${base}/${plan.id}/examinees/generate`))).toEqual({
      added: 1,
      total: 5,
    });
    expect(ok('third', await yb.post(`${base}/${plan.id}/examinees/generate`))).toEqual({
      added: 0,
      total: 5,
    });
    const employers = ok('employers', await yb.get(`${base}/${plan.id}/employers`));
    expect(employers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ employerId: works.id, examinees: 4 }),
        expect.objectContaining({ employerId: null, employerName: '灵活就业人员', examinees: 1 }),
      ]),
    );
  });
});

describe('allocation and notice', () => {
  const day = '2026-10-20';
  const idsOf = async (filter = '') =>
    ok('list', await yb.get(`${base}/${plan.id}/examinees?pageSize=50${filter}`)).items as {
      id: string;
      personName: string;
      version: number;
      status: string;
    }[];

  it('refuses a hospital that is not designated and a day outside the plan', async () => {
    const target = { kind: 'employer', employerId: works.id };
    const refused = await yb.post(`${base}/${plan.id}/allocate`, {
      hospitalId: applied.id,
      scheduledOn: day,
      target,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('不是体检定点医院');
    const outside = await yb.post(`${base}/${plan.id}/allocate`, {
      hospitalId: hospitalA.id,
      scheduledOn: '2027-01-05',
      target,
    });
    expect(outside.status).toBe(422);
    expect(outside.body.message).toContain('计划期间');
    const tooMany = await yb.post(`${base}/${plan.id}/allocate`, {
      hospitalId: hospitalA.id,
      scheduledOn: day,
      target: { kind: 'examinees', ids: Array.from({ length: 501 }, () => crypto.randomUUID()) },
    });
    expect(tooMany.status).toBe(422);
  });

  it("allocates within the hospital's planned daily volume and refuses the day beyond it", async () => {
    const [first, ...rest] = (await idsOf(`&employerId=${works.id}`)).map((i) => i.id);
    // three of the employer's four fill hospital A's day (volume 3)
    ok(
      'three',
      await yb.post(`${base}/${plan.id}/allocate`, {
        hospitalId: hospitalA.id,
        scheduledOn: day,
        target: { kind: 'examinees', ids: rest },
      }),
    );
    const full = await yb.post(`${base}/${plan.id}/allocate`, {
      hospitalId: hospitalA.id,
      scheduledOn: day,
      target: { kind: 'employer', employerId: works.id },
    });
    expect(full.status).toBe(409);
    expect(full.body.message).toContain('已安排 3 人，再安排 1 人将超过该院计划日均受检人数 3 人');
    // booking those already there again does not count them twice
    expect(
      ok(
        'same',
        await yb.post(`${base}/${plan.id}/allocate`, {
          hospitalId: hospitalA.id,
          scheduledOn: day,
          target: { kind: 'examinees', ids: rest },
        }),
      ).changed,
    ).toBe(0);
    ok(
      'rest',
      await yb.post(`${base}/${plan.id}/allocate`, {
        hospitalId: hospitalB.id,
        scheduledOn: day,
        target: { kind: 'employer', employerId: works.id },
      }),
    );
    ok(
      'flexible',
      await yb.post(`${base}/${plan.id}/allocate`, {
        hospitalId: hospitalB.id,
        scheduledOn: '2026-10-21',
        target: { kind: 'employer', employerId: 'none' },
      }),
    );
    const onA = await idsOf(`&hospitalId=${hospitalA.id}&date=${day}`);
    expect(onA.map((i) => i.id).sort()).toEqual([...rest].sort());
    expect((await idsOf(`&hospitalId=${hospitalB.id}`)).map((i) => i.id)).toContain(first);
    expect(await idsOf('&status=eligible')).toHaveLength(0);
    expect(await audits('health_check_examinee.allocate')).toHaveLength(4);
  });

  it("shows a hospital's staff only their own hospital's examinees of the day", async () => {
    const a = ok('A', await hsA.get(`/api/health-checks/examinees?date=${day}`));
    expect(a.total).toBe(3);
    expect(a.items.every((i: { hospitalId: string }) => i.hospitalId === hospitalA.id)).toBe(true);
    expect(a.items[0].planName).toBe(plan.name);
    expect(a.items.every((i: { idNumberMasked: string }) => i.idNumberMasked.includes('****'))).toBe(true);
    const b = ok('B', await hsB.get(`/api/health-checks/examinees?date=${day}`));
    expect(b.total).toBe(1);
    const bNext = ok('B next', await hsB.get('/api/health-checks/examinees?date=2026-10-21'));
    expect(bNext.items.map((i: { personName: string }) => i.personName)).toEqual(['赵灵活']);
    expect(ok('A empty', await hsA.get('/api/health-checks/examinees?date=2026-10-21')).total).toBe(0);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'health_check_examinee.day_list'), eq(auditLog.username, 'hs_a')));
    expect(audit.length).toBeGreaterThan(0);

    // another hospital's examinee does not exist for them; the 医保处's lists are not theirs
    const flex = bNext.items[0];
    const other = await hsA.post(`/api/health-checks/examinees/${flex.id}/visit`, {
      mode: 'bedside',
      note: '单位申请：卧床不能移动',
      version: flex.version,
    });
    expect(other.status).toBe(404);
    expect((await hsA.get(`${base}/${plan.id}/examinees`)).status).toBe(403);
    expect((await hsA.get('/api/health-checks/examinees?date=2026-13-01')).status).toBe(422);
    // a street officer has no part in health checks
    expect((await officer1.get(`/api/health-checks/examinees?date=${day}`)).status).toBe(403);
    expect((await officer1.get(base)).status).toBe(403);
    expect((await officer1.post(`${base}/${plan.id}/examinees/generate`)).status).toBe(403);
  });

  it('marks the employer notified and prints its notice with masked IDs and the precautions', async () => {
    const res = ok(
      'notify',
      await yb.post(`${base}/${plan.id}/notify`, { target: { kind: 'employer', employerId: works.id } }),
    );
    expect(res.changed).toBe(4);
    expect(ok('again', await yb.post(`${base}/${plan.id}/notify`, { target: { kind: 'all' } })).changed).toBe(
      1,
    );
    const detail = ok('detail', await yb.get(`${base}/${plan.id}`));
    expect(detail.counts).toMatchObject({ allocated: 5, notified: 5, eligible: 0 });
    const notice = ok('notice', await yb.get(`${base}/${plan.id}/notice?employerId=${works.id}`));
    expect(notice.employerName).toBe('肥城机械制造有限公司');
    expect(notice.rows).toHaveLength(4);
    expect(notice.rows.every((r: { idNumberMasked: string }) => r.idNumberMasked.includes('****'))).toBe(
      true,
    );
    expect(notice.precautions.join()).toContain('空腹');
    expect(ok('flex notice', await yb.get(`${base}/${plan.id}/notice?employerId=none`)).rows).toHaveLength(1);
    expect((await yb.get(`${base}/${plan.id}/notice?employerId=x`)).status).toBe(422);
    expect(await audits('health_check_examinee.notice')).toHaveLength(2);
  });

  it('records a bedside check with who applied and why, listed for 备案, and marks absence on the day', async () => {
    const [p] = await idsOf(`&hospitalId=${hospitalA.id}`);
    const short = await yb.post(`/api/health-checks/examinees/${p!.id}/visit`, {
      mode: 'bedside',
      note: '',
      version: p!.version,
    });
    expect(short.status).toBe(422);
    expect(short.body.message).toContain('申请人');
    ok(
      'visit',
      await hsA.post(`/api/health-checks/examinees/${p!.id}/visit`, {
        mode: 'bedside',
        note: '单位申请：脑梗后卧床，无法移动',
        version: p!.version,
      }),
    );
    const home = ok('home', await yb.get(`${base}/${plan.id}/examinees?homeVisit=true`));
    expect(home.items).toEqual([
      expect.objectContaining({
        id: p!.id,
        visitMode: 'bedside',
        visitModeLabel: '到床体检',
        visitNote: '单位申请：脑梗后卧床，无法移动',
      }),
    ]);
    const stale = await yb.post(`/api/health-checks/examinees/${p!.id}/absent`, { version: p!.version });
    expect(stale.status).toBe(409);
    ok('absent', await yb.post(`/api/health-checks/examinees/${p!.id}/absent`, { version: p!.version + 1 }));
    const [tomorrow] = await idsOf('&date=2026-10-21');
    const early = await hsB.post(`/api/health-checks/examinees/${tomorrow!.id}/absent`, {
      version: tomorrow!.version,
    });
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('尚未到期');
    // an absence frees the place on the day
    expect(ok('detail', await yb.get(`${base}/${plan.id}`)).counts).toMatchObject({
      absent: 1,
      homeVisits: 1,
    });
  });

  it('closes the plan, after which nothing is allocated', async () => {
    const detail = ok('detail', await yb.get(`${base}/${plan.id}`));
    ok('close', await yb.post(`${base}/${plan.id}/close`, { version: detail.version }));
    const late = await yb.post(`${base}/${plan.id}/notify`, { target: { kind: 'all' } });
    expect(late.status).toBe(409);
    expect(late.body.message).toContain('已结束');
    expect(await audits('health_check_plan.close')).toHaveLength(1);
  });
});
