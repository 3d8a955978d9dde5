import { count, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { describeRoleMatrix } from '../../../test/role-matrix.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { addHousehold, addPerson, householdBody } from './households.fixtures.ts';
import { householdMembers, households } from './households.schema.ts';

const t = await createTestApp();
const officer = await t.login('officer1');
const officer2 = await t.login('officer2');
const c1 = t.city.community1.id;

const countOf = async (table: typeof households | typeof householdMembers) =>
  Number((await t.db.select({ n: count() }).from(table))[0]!.n);
const lastAudit = async () => (await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0]!;

describeRoleMatrix(t, [
  {
    endpoint: 'GET /api/households',
    allowed: ['reviewer', 'officer1', 'officer2', 'worker1', 'finance', 'institution'],
    call: (c) => c.get('/api/households'),
  },
]);

describe('registering a household', () => {
  it('makes the head its first member and shows masked ID, age and working age', async () => {
    const head = await addPerson(officer, c1, 1, { name: '赵大山' });
    const res = await officer.post('/api/households', householdBody(c1, 1, head));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      number: 'HH000001',
      head: { id: head, name: '赵大山' },
      memberCount: 1,
      zeroEmploymentStatus: null,
      org: { id: c1, name: '新城社区' },
      version: 1,
    });
    expect(res.body.members).toEqual([
      expect.objectContaining({
        personId: head,
        name: '赵大山',
        relation: 'head',
        birthDate: '1985-03-15',
        workingAge: true,
        idNumberMasked: expect.stringMatching(/\*{10}/),
      }),
    ]);
    expect(res.body.members[0].age).toBeGreaterThanOrEqual(40);
    expect(JSON.stringify(res.body)).not.toMatch(/370983198503150\d\d/);
    expect(await lastAudit()).toMatchObject({ action: 'household.create', targetId: res.body.id });
  });

  it('refuses a household number already registered, saving nothing', async () => {
    const head = await addPerson(officer, c1, 2);
    const before = await countOf(households);
    const res = await officer.post('/api/households', householdBody(c1, 1, head));
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('该户号已登记');
    expect(await countOf(households)).toBe(before);
  });

  it('refuses a head who already belongs to another household', async () => {
    const { head } = await addHousehold(officer, c1, 3);
    const res = await officer.post('/api/households', householdBody(c1, 4, head));
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('「张3」已是其他家庭的成员，一人只能属于一户');
    expect((await officer.get('/api/households?q=HH000004')).body.total).toBe(0);
  });

  it('answers a head outside the officer’s scope with 404 and missing fields with 422', async () => {
    const other = await addPerson(officer2, t.city.community2.id, 5);
    expect((await officer.post('/api/households', householdBody(c1, 5, other))).status).toBe(404);
    const bad = await officer.post('/api/households', { orgId: c1 });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });
});

describe('finding and changing households', () => {
  it('searches by household number prefix or head name prefix', async () => {
    const head = await addPerson(officer, c1, 10, { name: '钱多多' });
    await officer.post('/api/households', householdBody(c1, 10, head, { number: 'XC-2026-10' }));
    expect(
      (await officer.get('/api/households?q=XC-2026')).body.items.map((h: { number: string }) => h.number),
    ).toEqual(['XC-2026-10']);
    const byName = await officer.get(`/api/households?q=${encodeURIComponent('钱多')}`);
    expect(byName.body.items.map((h: { number: string }) => h.number)).toEqual(['XC-2026-10']);
    expect((await officer.get(`/api/households?q=${encodeURIComponent('多多')}`)).body.total).toBe(0);
    const street2 = await officer.get(`/api/households?orgId=${t.city.community2.id}`);
    expect(street2.body.total).toBe(0);
  });

  it('updates with the current version and answers 409 STALE for an outdated one', async () => {
    const h = await addHousehold(officer, c1, 11);
    const first = await officer.patch(`/api/households/${h.id}`, { address: '新地址', version: h.version });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ address: '新地址', version: h.version + 1 });
    const stale = await officer.patch(`/api/households/${h.id}`, { address: '旧页面', version: h.version });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toBe('该家庭信息已被他人修改，请刷新后重试');
    expect((await officer.get(`/api/households/${h.id}`)).body.address).toBe('新地址');
  });
});

describe('household members', () => {
  it('adds and removes members, one household per person', async () => {
    const a = await addHousehold(officer, c1, 20);
    const b = await addHousehold(officer, c1, 21);
    const child = await addPerson(officer, c1, 22, { birth: '20150601', name: '孙小宝' });
    const added = await officer.post(`/api/households/${a.id}/members`, {
      personId: child,
      relation: 'child',
    });
    expect(added.status).toBe(200);
    expect(added.body.memberCount).toBe(2);
    expect(added.body.members.find((m: { personId: string }) => m.personId === child)).toMatchObject({
      relation: 'child',
      workingAge: false,
      age: expect.any(Number),
    });
    expect(await lastAudit()).toMatchObject({ action: 'household.member.add', targetId: a.id });

    const again = await officer.post(`/api/households/${b.id}/members`, {
      personId: child,
      relation: 'child',
    });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('「孙小宝」已是其他家庭的成员，一人只能属于一户');
    const same = await officer.post(`/api/households/${a.id}/members`, {
      personId: child,
      relation: 'child',
    });
    expect(same.body.message).toBe('「孙小宝」已是本户成员');

    const removed = await officer.delete(`/api/households/${a.id}/members/${child}`);
    expect(removed.status).toBe(200);
    expect(removed.body.memberCount).toBe(1);
    expect(
      (await officer.post(`/api/households/${b.id}/members`, { personId: child, relation: 'child' })).status,
    ).toBe(200);
  });

  it('refuses an unknown relation, a second head and removing the head, saving nothing', async () => {
    const h = await addHousehold(officer, c1, 23);
    const p = await addPerson(officer, c1, 24);
    const before = await countOf(householdMembers);
    const bad = await officer.post(`/api/households/${h.id}/members`, { personId: p, relation: 'cousin' });
    expect(bad.status).toBe(422);
    expect(bad.body.message).toBe('「与户主关系」取值「cousin」不在字典中');
    const head = await officer.post(`/api/households/${h.id}/members`, { personId: p, relation: 'head' });
    expect(head.status).toBe(422);
    expect(head.body.message).toBe('户主只能有一位：请先添加为成员，再变更户主');
    const removeHead = await officer.delete(`/api/households/${h.id}/members/${h.head}`);
    expect(removeHead.status).toBe(409);
    expect(removeHead.body.message).toBe('不能移除户主：请先变更户主');
    expect(await countOf(householdMembers)).toBe(before);
  });

  it('refuses a person the officer cannot see with 404', async () => {
    const h = await addHousehold(officer, c1, 25);
    const other = await addPerson(officer2, t.city.community2.id, 26);
    const res = await officer.post(`/api/households/${h.id}/members`, {
      personId: other,
      relation: 'spouse',
    });
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('人员不存在或无权访问');
  });

  it('changes the head only to a member; the old head becomes 其他', async () => {
    const h = await addHousehold(officer, c1, 27);
    const spouse = await addPerson(officer, c1, 28);
    const outsider = await addPerson(officer, c1, 29);
    const refused = await officer.patch(`/api/households/${h.id}`, { headPersonId: outsider });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toBe('新户主须是本户成员，请先添加该成员');
    await officer.post(`/api/households/${h.id}/members`, { personId: spouse, relation: 'spouse' });
    const changed = await officer.patch(`/api/households/${h.id}`, { headPersonId: spouse });
    expect(changed.status).toBe(200);
    expect(changed.body.head.id).toBe(spouse);
    const relations = Object.fromEntries(
      changed.body.members.map((m: { personId: string; relation: string }) => [m.personId, m.relation]),
    );
    expect(relations).toEqual({ [spouse]: 'head', [h.head]: 'other' });
  });

  it('answers the household of a person, or null', async () => {
    const h = await addHousehold(officer, c1, 30);
    const res = await officer.get(`/api/persons/${h.head}/household`);
    expect(res.status).toBe(200);
    expect(res.body.household).toMatchObject({
      id: h.id,
      number: 'HH000030',
      relation: 'head',
      memberCount: 1,
    });
    const loner = await addPerson(officer, c1, 31);
    expect((await officer.get(`/api/persons/${loner}/household`)).body).toEqual({ household: null });
    expect((await officer2.get(`/api/persons/${h.head}/household`)).status).toBe(404);
  });

  it('keeps a person in one household even when the service check is bypassed', async () => {
    const h = await addHousehold(officer, c1, 32);
    const other = await addHousehold(officer, c1, 33);
    await expect(
      t.db.insert(householdMembers).values({ householdId: other.id, personId: h.head, relation: 'other' }),
    ).rejects.toThrow();
    const rows = await t.db.select().from(householdMembers).where(eq(householdMembers.personId, h.head));
    expect(rows).toHaveLength(1);
  });
});
