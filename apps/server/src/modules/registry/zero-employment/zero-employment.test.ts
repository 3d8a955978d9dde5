import { daysBetween } from '@minsheng/rules/engine/dates.ts';
import { count, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { describeRoleMatrix } from '../../../test/role-matrix.ts';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';
import { addHousehold, addPerson } from '../households/households.fixtures.ts';
import { zeroEmploymentAssistance, zeroEmploymentHouseholds } from '../households/households.schema.ts';
import { employmentRegistrations } from '../registrations/registrations.schema.ts';

const t = await createTestApp();
const officer = await t.login('officer1');
const officer2 = await t.login('officer2');
const worker = await t.login('worker1');
const c1 = t.city.community1.id;
const c2 = t.city.community2.id;

const recognise = (
  c: TestClient,
  householdId: string,
  recognisedOn: string,
  basis = '社区入户核实，家庭成员均无工作',
) => c.post(`/api/households/${householdId}/zero-employment`, { recognisedOn, basis });
const recognised = async (c: TestClient, householdId: string, on: string) => {
  const res = await recognise(c, householdId, on);
  if (res.status !== 200) throw new Error(`recognise: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; version: number };
};
const assist = (c: TestClient, id: string, actedOn: string, extra: Record<string, unknown> = {}) =>
  c.post(`/api/zero-employment/${id}/assistance`, {
    actedOn,
    kind: 'job_referral',
    description: '推荐至物业公司保洁岗位',
    ...extra,
  });
const eliminate = (c: TestClient, id: string, eliminatedOn: string, extra: Record<string, unknown> = {}) =>
  c.post(`/api/zero-employment/${id}/eliminate`, { eliminatedOn, reason: 'member_employed', ...extra });
const recognitions = async () =>
  Number((await t.db.select({ n: count() }).from(zeroEmploymentHouseholds))[0]!.n);
const actions = async () => Number((await t.db.select({ n: count() }).from(zeroEmploymentAssistance))[0]!.n);

let seq = 100;
describeRoleMatrix(t, [
  {
    endpoint: 'GET /api/zero-employment/summary',
    allowed: ['reviewer', 'officer1', 'officer2', 'worker1', 'finance', 'institution'],
    call: (c) => c.get('/api/zero-employment/summary?from=2026-01-01&to=2026-12-31'),
  },
  {
    endpoint: 'POST /api/households/:id/zero-employment',
    allowed: ['reviewer', 'officer1', 'officer2'],
    call: async (c, u) => {
      // Each permitted user recognises a fresh household of their own area; the others are refused first.
      const who = u === 'officer2' ? officer2 : officer;
      const h = await addHousehold(who, u === 'officer2' ? c2 : c1, seq++);
      return recognise(c, h.id, '2026-05-01');
    },
  },
]);

describe('recognising a zero-employment household', () => {
  it('recognises an urban household with a working-age member, once at a time', async () => {
    const h = await addHousehold(officer, c1, 1);
    const res = await recognise(officer, h.id, '2026-03-01');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      householdId: h.id,
      recognisedOn: '2026-03-01',
      status: 'active',
      eliminatedOn: null,
    });
    const [entry] = await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(entry).toMatchObject({ action: 'zero_employment.recognise', targetId: res.body.id });
    const before = await recognitions();
    const again = await recognise(officer, h.id, '2026-04-01');
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('该家庭已于2026-03-01认定为零就业家庭，尚未消除，不能重复认定');
    expect(await recognitions()).toBe(before);
    expect((await officer.get(`/api/households/${h.id}`)).body.zeroEmploymentStatus).toBe('active');
  });

  it('keeps one active recognition per household in the database itself', async () => {
    const h = await addHousehold(officer, c1, 2);
    const rec = await recognised(officer, h.id, '2026-03-01');
    const row = {
      householdId: h.id,
      recognisedOn: '2026-04-01',
      basis: '重复',
      orgId: c1,
      orgPath: t.city.community1.path,
    };
    await expect(t.db.insert(zeroEmploymentHouseholds).values(row)).rejects.toThrow();
    // An elimination before the recognition, or without a reason, violates the check constraint.
    await expect(
      t.db
        .update(zeroEmploymentHouseholds)
        .set({ status: 'eliminated', eliminatedOn: '2026-02-01', eliminationReason: 'member_employed' })
        .where(eq(zeroEmploymentHouseholds.id, rec.id)),
    ).rejects.toThrow();
    await expect(
      t.db
        .update(zeroEmploymentHouseholds)
        .set({ status: 'eliminated', eliminatedOn: '2026-05-01' })
        .where(eq(zeroEmploymentHouseholds.id, rec.id)),
    ).rejects.toThrow();
    // Once eliminated, a second recognition row is allowed.
    await eliminate(officer, rec.id, '2026-05-01');
    await expect(t.db.insert(zeroEmploymentHouseholds).values(row)).resolves.toBeDefined();
  });

  it('refuses a household without working-age members, a rural household and one with an employed member', async () => {
    const before = await recognitions();
    const old = await addHousehold(officer, c1, 3, { birth: '19500101' });
    const child = await addPerson(officer, c1, 4, { birth: '20150101' });
    await officer.post(`/api/households/${old.id}/members`, { personId: child, relation: 'grandchild' });
    const noLabour = await recognise(officer, old.id, '2026-03-01');
    expect(noLabour.status).toBe(422);
    expect(noLabour.body.message).toBe(
      '2026-03-01时该家庭没有处于劳动年龄段（16周岁至法定退休年龄）的成员，不属于零就业家庭',
    );

    const rural = await addHousehold(officer, c1, 5, { hukouType: 'rural' });
    const ruralRes = await recognise(officer, rural.id, '2026-03-01');
    expect(ruralRes.status).toBe(422);
    expect(ruralRes.body.message).toBe('零就业家庭限于城镇家庭：户主的户口性质须为城镇');

    const working = await addHousehold(officer, c1, 6);
    const son = await addPerson(officer, c1, 7, { name: '李就业', birth: '20000101' });
    await officer.post(`/api/households/${working.id}/members`, { personId: son, relation: 'child' });
    await t.db.insert(employmentRegistrations).values({
      personId: son,
      employerName: '某物流公司',
      form: 'employer',
      startedOn: '2026-01-10',
      endedOn: '2026-02-20',
      orgId: c1,
      orgPath: t.city.community1.path,
    });
    const employed = await recognise(officer, working.id, '2026-02-01');
    expect(employed.status).toBe(422);
    expect(employed.body.message).toBe('家庭成员「李就业」自2026-01-10起有就业登记，不属于零就业家庭');
    expect(await recognitions()).toBe(before);
    // After the job ended the household may be recognised.
    expect((await recognise(officer, working.id, '2026-03-01')).status).toBe(200);
  });

  it('refuses a recognition date in the future', async () => {
    const h = await addHousehold(officer, c1, 8);
    const res = await recognise(officer, h.id, '2099-01-01');
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('认定日期「2099-01-01」晚于今天');
  });

  it('lets a community worker record assistance but not recognise', async () => {
    const h = await addHousehold(worker, c1, 9);
    expect((await recognise(worker, h.id, '2026-03-01')).status).toBe(403);
    const rec = await recognised(officer, h.id, '2026-03-01');
    expect((await assist(worker, rec.id, '2026-03-05')).status).toBe(200);
    expect((await eliminate(worker, rec.id, '2026-06-01')).status).toBe(403);
  });
});

describe('assistance and elimination', () => {
  it('records assistance, eliminates with a reason and allows a later recognition', async () => {
    const h = await addHousehold(officer, c1, 20);
    const wife = await addPerson(officer, c1, 21, { name: '周秀兰' });
    await officer.post(`/api/households/${h.id}/members`, { personId: wife, relation: 'spouse' });
    const rec = await recognised(officer, h.id, '2026-03-01');

    const helped = await assist(officer, rec.id, '2026-03-10', {
      personId: wife,
      kind: 'public_welfare_post',
    });
    expect(helped.status).toBe(200);
    expect(helped.body.items[0].assistance).toEqual([
      expect.objectContaining({
        actedOn: '2026-03-10',
        kind: 'public_welfare_post',
        personId: wife,
        personName: '周秀兰',
        recordedBy: expect.any(String),
      }),
    ]);

    const done = await eliminate(officer, rec.id, '2026-04-15', { version: rec.version });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: 'eliminated',
      eliminatedOn: '2026-04-15',
      eliminationReason: 'member_employed',
    });
    expect((await officer.get(`/api/households/${h.id}`)).body.zeroEmploymentStatus).toBe('eliminated');

    const late = await assist(officer, rec.id, '2026-05-01');
    expect(late.status).toBe(409);
    expect(late.body.message).toBe('该零就业家庭已于2026-04-15消除');
    expect((await eliminate(officer, rec.id, '2026-05-01')).status).toBe(409);

    const early = await recognise(officer, h.id, '2026-04-01');
    expect(early.status).toBe(422);
    expect(early.body.message).toBe('认定日期「2026-04-01」早于上次消除日期（2026-04-15）');
    expect((await recognise(officer, h.id, '2026-06-01')).status).toBe(200);
    const history = await officer.get(`/api/households/${h.id}/zero-employment`);
    expect(
      history.body.items.map((r: { status: string; recognisedOn: string }) => [r.status, r.recognisedOn]),
    ).toEqual([
      ['active', '2026-06-01'],
      ['eliminated', '2026-03-01'],
    ]);
  });

  it('answers bad assistance with Chinese messages and saves nothing', async () => {
    const h = await addHousehold(officer, c1, 22);
    const stranger = await addPerson(officer, c1, 23);
    const rec = await recognised(officer, h.id, '2026-03-01');
    const before = await actions();
    const cases: [Record<string, unknown>, string][] = [
      [{ actedOn: '2026-02-28' }, '帮扶日期「2026-02-28」早于认定日期（2026-03-01）'],
      [{ actedOn: '2099-01-01' }, '帮扶日期「2099-01-01」晚于今天'],
      [{ kind: 'cash' }, '「帮扶方式」取值「cash」不在字典中'],
      [{ personId: stranger }, '帮扶对象须是本户成员'],
    ];
    for (const [patch, message] of cases) {
      const res = await assist(officer, rec.id, '2026-03-05', patch);
      expect(res.status, message).toBe(422);
      expect(res.body.message).toBe(message);
    }
    expect(await actions()).toBe(before);
  });

  it('answers bad eliminations with Chinese messages and keeps the recognition active', async () => {
    const h = await addHousehold(officer, c1, 24);
    const rec = await recognised(officer, h.id, '2026-03-01');
    const cases: [Record<string, unknown>, string][] = [
      [{ eliminatedOn: '2026-02-01' }, '消除日期「2026-02-01」早于认定日期（2026-03-01）'],
      [{ eliminatedOn: '2099-01-01' }, '消除日期「2099-01-01」晚于今天'],
      [{ reason: 'bored' }, '「消除原因」取值「bored」不在字典中'],
      [{ reason: 'other' }, '消除原因为「其他」时须填写说明'],
    ];
    for (const [patch, message] of cases) {
      const res = await eliminate(officer, rec.id, '2026-04-01', patch);
      expect(res.status, message).toBe(422);
      expect(res.body.message).toBe(message);
    }
    const stale = await eliminate(officer, rec.id, '2026-04-01', { version: rec.version + 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toBe('该零就业家庭认定已被他人修改，请刷新后重试');
    const history = await officer.get(`/api/households/${h.id}/zero-employment`);
    expect(history.body.items[0].status).toBe('active');
  });

  it('filters the household list by zero-employment status', async () => {
    const list = async (status: string) =>
      (await officer2.get(`/api/households?zeroEmployment=${status}&pageSize=200`)).body.items.map(
        (h: { number: string }) => h.number,
      );
    const a = await addHousehold(officer2, c2, 30);
    const b = await addHousehold(officer2, c2, 31);
    await addHousehold(officer2, c2, 32);
    await recognised(officer2, a.id, '2026-03-01');
    const rb = await recognised(officer2, b.id, '2026-03-01');
    await eliminate(officer2, rb.id, '2026-03-20');
    expect(await list('active')).toContain('HH000030');
    expect(await list('active')).not.toContain('HH000031');
    expect(await list('eliminated')).toEqual(['HH000031']);
    expect(await list('never')).toContain('HH000032');
    expect(await list('never')).not.toContain('HH000030');
  });
});

describe('the summary of 出现一户、帮扶一户、消除一户', () => {
  it('counts recognised, assisted and eliminated households of a period exactly, and lists the unassisted', async () => {
    const s = t.city.street1.id;
    const mk = async (n: number) => (await addHousehold(officer, s, n)).id;
    const [h1, h2, h3, h4] = [await mk(40), await mk(41), await mk(42), await mk(43)];
    const r1 = await recognised(officer, h1, '2026-01-10');
    await assist(officer, r1.id, '2026-02-01');
    await eliminate(officer, r1.id, '2026-03-01');
    await recognised(officer, h2, '2026-02-15');
    const r3 = await recognised(officer, h3, '2025-12-01');
    await assist(officer, r3.id, '2026-01-20');
    await assist(officer, r3.id, '2026-01-25', { kind: 'training' });
    const r4 = await recognised(officer, h4, '2025-11-01');
    await eliminate(officer, r4.id, '2025-12-15');

    const res = await officer.get(`/api/zero-employment/summary?orgId=${s}&from=2026-01-01&to=2026-03-31`);
    expect(res.status).toBe(200);
    // The street's own org holds only these four; its communities hold the other tests' households.
    const own = await t.login('reviewer');
    const street = await own.get(`/api/zero-employment/summary?orgId=${s}&from=2026-01-01&to=2026-03-31`);
    expect(street.body).toEqual(res.body);
    const streetOnly = res.body;
    expect(streetOnly).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    // Households elsewhere under street1 (community1) also count: compare with community1 alone.
    const community = (
      await officer.get(`/api/zero-employment/summary?orgId=${c1}&from=2026-01-01&to=2026-03-31`)
    ).body;
    expect(streetOnly.recognised - community.recognised).toBe(2);
    expect(streetOnly.assistedHouseholds - community.assistedHouseholds).toBe(2);
    expect(streetOnly.assistanceActions - community.assistanceActions).toBe(3);
    expect(streetOnly.eliminated - community.eliminated).toBe(1);
    expect(streetOnly.active - community.active).toBe(2);
    const mine = streetOnly.unassisted.filter((u: { householdId: string }) =>
      [h1, h2, h3, h4].includes(u.householdId),
    );
    expect(mine).toEqual([
      {
        recognitionId: expect.any(String),
        householdId: h2,
        number: 'HH000041',
        headName: '张41',
        recognisedOn: '2026-02-15',
        daysSinceRecognition: daysBetween('2026-02-15', t.today()),
      },
    ]);
  });

  it('counts only households in the actor’s scope', async () => {
    const res = await officer2.get('/api/zero-employment/summary?from=2026-01-01&to=2026-12-31');
    // officer2 recognised HH000030 and HH000031 (eliminated) in street2, plus the matrix household.
    expect(res.body).toMatchObject({ recognised: 3, eliminated: 1, active: 2 });
    const outside = await officer2.get(
      `/api/zero-employment/summary?orgId=${c1}&from=2026-01-01&to=2026-12-31`,
    );
    expect(outside.body).toMatchObject({ recognised: 0, eliminated: 0, active: 0, unassisted: [] });
    const bad = await officer2.get('/api/zero-employment/summary?from=2026-12-31&to=2026-01-01');
    expect(bad.status).toBe(422);
    expect(bad.body.message).toBe('统计起始日期晚于截止日期');
  });
});
