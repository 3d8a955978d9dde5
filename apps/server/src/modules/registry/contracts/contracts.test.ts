import { addDays } from '@minsheng/rules/engine/dates.ts';
import { count, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { describeRoleMatrix, type RoleUser } from '../../../test/role-matrix.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { employerBody } from '../employers/employers.fixtures.ts';
import { personBody } from '../persons/persons.fixtures.ts';
import { contractBody } from './contracts.fixtures.ts';
import { labourContracts } from './contracts.schema.ts';

const t = await createTestApp();
const officer = await t.login('officer1');
const officer2 = await t.login('officer2');
const reviewer = await t.login('reviewer');
type Client = typeof officer;

const contractCount = async () => Number((await t.db.select({ n: count() }).from(labourContracts))[0]!.n);
const ok = <T = { id: string; version: number }>(what: string, res: { status: number; body: unknown }) => {
  if (res.status !== 200) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
};
const addPerson = async (c: Client, orgId: number, seq: number) =>
  ok('person', await c.post('/api/persons', personBody(orgId, seq))).id;
const addEmployer = async (c: Client, orgId: number, seq: number) =>
  ok('employer', await c.post('/api/employers', employerBody(orgId, seq))).id;
const addContract = async (c: Client, personId: string, body: object) =>
  ok('contract', await c.post(`/api/persons/${personId}/contracts`, body));

// Persons born 1985-03-15: P1 in community1 (street1), P2 in community2 (street2).
const P1 = await addPerson(officer, t.city.community1.id, 1);
const P2 = await addPerson(officer2, t.city.community2.id, 2);
const institution = await t.login('institution');
const PI = await addPerson(institution, t.city.street1.id, 3);
const E1 = await addEmployer(officer, t.city.community1.id, 1);
const E2 = await addEmployer(officer2, t.city.community2.id, 2);
const C1 = (
  await addContract(officer, P1, contractBody(E1, { startsOn: '2010-01-01', endsOn: '2010-12-31' }))
).id;
const C2 = (
  await addContract(officer2, P2, contractBody(E2, { startsOn: '2010-01-01', endsOn: '2010-12-31' }))
).id;
const side = (u: RoleUser) => (u === 'officer2' ? { p: P2, e: E2, c: C2 } : { p: P1, e: E1, c: C1 });
let year = 1990;
let seq = 100;
const nextSeq = () => ++seq;
/** A one-year contract in a year no other test uses, so matrix calls never overlap. */
const freshYear = (employerId: string) => {
  year += 1;
  return contractBody(employerId, { startsOn: `${year + 20}-01-01`, endsOn: `${year + 20}-12-31` });
};

describeRoleMatrix(t, [
  {
    endpoint: 'GET /api/persons/:id/contracts',
    allowed: ['reviewer', 'officer1', 'officer2', 'worker1', 'finance', 'institution'],
    // A training institution reads only the persons it registered itself.
    call: (c, u) => c.get(`/api/persons/${u === 'institution' ? PI : side(u).p}/contracts`),
  },
  {
    endpoint: 'POST /api/persons/:id/contracts',
    allowed: ['reviewer', 'officer1', 'officer2', 'worker1'],
    call: (c, u) => c.post(`/api/persons/${side(u).p}/contracts`, freshYear(side(u).e)),
  },
  {
    endpoint: 'PATCH /api/contracts/:id',
    allowed: ['reviewer', 'officer1', 'officer2', 'worker1'],
    call: (c, u) => c.patch(`/api/contracts/${side(u).c}`, { position: `${u} 改` }),
  },
  {
    endpoint: 'GET /api/employers/:id/contracts',
    allowed: ['reviewer', 'officer1', 'officer2', 'worker1', 'finance'],
    call: (c, u) => c.get(`/api/employers/${side(u).e}/contracts`),
  },
]);

describe('the data scope of contracts follows the person', () => {
  it('answers a street officer with 404 for a person of another street and saves nothing', async () => {
    expect((await officer.get(`/api/persons/${P2}/contracts`)).status).toBe(404);
    const before = await contractCount();
    expect((await officer.post(`/api/persons/${P2}/contracts`, contractBody(E1))).status).toBe(404);
    expect((await officer.patch(`/api/contracts/${C2}`, { position: '越权' })).status).toBe(404);
    expect(await contractCount()).toBe(before);
  });

  it('refuses an employer the actor cannot see with 404 and saves nothing', async () => {
    const before = await contractCount();
    const res = await officer.post(`/api/persons/${P1}/contracts`, contractBody(E2));
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('用人单位不存在或无权访问');
    expect(await contractCount()).toBe(before);
  });

  it('lists an employer workforce with only the persons in scope and counts the others', async () => {
    // A street2 employer with one street2 employee and one street1 employee (recorded by the city).
    const E3 = await addEmployer(officer2, t.city.community2.id, 3);
    const P3 = await addPerson(officer, t.city.community1.id, 4);
    // P2's contract runs past the test clock's today; P3's ended long ago.
    await addContract(officer2, P2, contractBody(E3, { endsOn: '2027-12-31' }));
    await addContract(reviewer, P3, contractBody(E3, { startsOn: '2020-01-01', endsOn: '2020-12-31' }));
    const own = await officer2.get(`/api/employers/${E3}/contracts`);
    expect(own.status).toBe(200);
    expect(own.body.items.map((c: { personId: string }) => c.personId)).toEqual([P2]);
    expect(own.body).toMatchObject({ total: 1, outOfScope: 1 });
    expect(own.body.items[0].person).toMatchObject({ id: P2, name: '张2' });
    expect(own.body.items[0].person.idNumberMasked).not.toMatch(/19850315/);
    const city = await reviewer.get(`/api/employers/${E3}/contracts`);
    expect(city.body).toMatchObject({ total: 2, outOfScope: 0 });
    expect(city.body.items.map((c: { personId: string }) => c.personId)).toEqual([P2, P3]);
    const current = await reviewer.get(`/api/employers/${E3}/contracts?current=true`);
    expect(current.body.items.map((c: { personId: string }) => c.personId)).toEqual([P2]);
    expect((await officer.get(`/api/employers/${E3}/contracts`)).status).toBe(404);
  });
});

describe('recording a contract', () => {
  it('stores a fixed term with the organisation of the person, derives its term and audits it', async () => {
    const P = await addPerson(officer, t.city.community1.id, 10);
    const res = await officer.post(`/api/persons/${P}/contracts`, contractBody(E1));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      personId: P,
      employer: { id: E1, name: '肥城单位1有限公司' },
      termKind: 'fixed',
      startsOn: '2024-01-01',
      endsOn: '2025-12-31',
      endedOn: null,
      termMonths: 24,
      atLeastOneYear: true,
      version: 1,
    });
    const [row] = await t.db.select().from(labourContracts).where(eq(labourContracts.id, res.body.id));
    expect(row).toMatchObject({ orgId: t.city.community1.id, orgPath: t.city.community1.path });
    expect(row!.createdBy).toBe(t.users.officer1.id);
    const [entry] = await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(entry).toMatchObject({ action: 'contract.create', targetId: res.body.id, username: 'officer1' });
  });

  it('records an open-ended contract as at least one year with no term end', async () => {
    const P = await addPerson(officer, t.city.community1.id, 11);
    const res = await officer.post(
      `/api/persons/${P}/contracts`,
      contractBody(E1, { termKind: 'open_ended', endsOn: null }),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ endsOn: null, termMonths: null, atLeastOneYear: true, inForce: true });
  });

  it('finds a contract one day short of a year not to be of at least one year', async () => {
    const P = await addPerson(officer, t.city.community1.id, 12);
    const res = await officer.post(`/api/persons/${P}/contracts`, contractBody(E1, { endsOn: '2024-12-30' }));
    expect(res.body).toMatchObject({ termMonths: 11, atLeastOneYear: false });
  });

  const tomorrow = addDays(t.today(), 1);
  it.each([
    ['a fixed term without an end', { endsOn: null }, '固定期限劳动合同须填写合同终止日期'],
    ['an open-ended term with an end', { termKind: 'open_ended' }, '无固定期限劳动合同不填写合同终止日期'],
    [
      'an end before the start',
      { endsOn: '2023-12-31' },
      '合同终止日期「2023-12-31」须晚于起始日期「2024-01-01」',
    ],
    ['a signing date in the future', { signedOn: tomorrow }, `签订日期「${tomorrow}」晚于今天`],
    [
      'a start before the 16th birthday',
      { startsOn: '2001-03-14', endsOn: '2002-03-13' },
      '合同起始日期「2001-03-14」早于劳动者年满16周岁（2001-03-15）',
    ],
    ['an unknown term kind', { termKind: 'forever' }, /termKind/],
  ])('rejects %s with a Chinese message and saves nothing', async (_, overrides, message) => {
    const before = await contractCount();
    const res = await officer.post(`/api/persons/${P1}/contracts`, contractBody(E1, overrides));
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    if (typeof message === 'string') expect(res.body.message).toBe(message);
    else expect(res.body.message).toMatch(message);
    expect(await contractCount()).toBe(before);
  });

  it('accepts a start on the 16th birthday', async () => {
    const res = await officer.post(
      `/api/persons/${P1}/contracts`,
      contractBody(E1, { startsOn: '2001-03-15', endsOn: '2002-03-14' }),
    );
    expect(res.status).toBe(200);
    expect(res.body.atLeastOneYear).toBe(true);
  });

  it('answers a second contract with the same employer over the same period with 409', async () => {
    const P = await addPerson(officer, t.city.community1.id, 13);
    await addContract(officer, P, contractBody(E1));
    const before = await contractCount();
    const res = await officer.post(
      `/api/persons/${P}/contracts`,
      contractBody(E1, { startsOn: '2025-06-01', endsOn: '2026-05-31' }),
    );
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('该人员与该单位已有期限重叠的劳动合同');
    expect(await contractCount()).toBe(before);
    // A renewal starting the day after the end is no overlap.
    const renewal = contractBody(E1, { startsOn: '2026-01-01', endsOn: '2026-12-31' });
    expect((await officer.post(`/api/persons/${P}/contracts`, renewal)).status).toBe(200);
  });
});

describe('changing and ending a contract', () => {
  it('ends a contract early with a reason, audits it, and answers 409 STALE for an outdated version', async () => {
    const P = await addPerson(officer, t.city.community1.id, 20);
    const created = await addContract(officer, P, contractBody(E1, { endsOn: '2027-12-31' }));
    const ended = await officer.patch(`/api/contracts/${created.id}`, {
      endedOn: '2024-06-30',
      endReason: '协商一致解除',
      version: created.version,
    });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({
      endedOn: '2024-06-30',
      endReason: '协商一致解除',
      inForce: false,
      atLeastOneYear: true,
      version: 2,
    });
    const [entry] = await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(entry).toMatchObject({ action: 'contract.end', targetId: created.id });
    const stale = await officer.patch(`/api/contracts/${created.id}`, { position: '电工', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE');
    const list = await officer.get(`/api/persons/${P}/contracts`);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ position: '焊工', endedOn: '2024-06-30' });
  });

  it.each([
    ['an end without a reason', { endedOn: '2024-06-30' }, '请填写解除或终止劳动合同的原因'],
    [
      'an end after the agreed end',
      { endedOn: '2026-01-31', endReason: '辞职' },
      '解除（终止）日期「2026-01-31」晚于合同约定的终止日期「2025-12-31」',
    ],
    [
      'an end before the start',
      { endedOn: '2023-06-30', endReason: '辞职' },
      '解除（终止）日期「2023-06-30」早于合同起始日期「2024-01-01」',
    ],
  ])('rejects %s and keeps the contract', async (_, patch, message) => {
    const P = await addPerson(officer, t.city.community1.id, nextSeq());
    const created = await addContract(officer, P, contractBody(E1));
    const res = await officer.patch(`/api/contracts/${created.id}`, patch);
    expect(res.status).toBe(422);
    expect(res.body.message).toBe(message);
    const [row] = await t.db.select().from(labourContracts).where(eq(labourContracts.id, created.id));
    expect(row).toMatchObject({ endedOn: null, endReason: null, version: 1 });
  });

  it('turns a fixed term into an open-ended one and drops the agreed end', async () => {
    const P = await addPerson(officer, t.city.community1.id, 22);
    const created = await addContract(officer, P, contractBody(E1));
    const res = await officer.patch(`/api/contracts/${created.id}`, { termKind: 'open_ended' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ termKind: 'open_ended', endsOn: null, atLeastOneYear: true });
  });
});
