import { addDays } from '@minsheng/rules/engine/dates.ts';
import { count, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { describeRoleMatrix, type RoleUser } from '../../../test/role-matrix.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { personBody } from '../persons/persons.fixtures.ts';
import { certificateBody } from './certificates.fixtures.ts';
import { qualificationCertificates } from './certificates.schema.ts';

const t = await createTestApp();
const officer = await t.login('officer1');
const officer2 = await t.login('officer2');
const institution = await t.login('institution');

const certCount = async () =>
  Number((await t.db.select({ n: count() }).from(qualificationCertificates))[0]!.n);
const addPerson = async (client: typeof officer, orgId: number, seq: number) => {
  const res = await client.post('/api/persons', personBody(orgId, seq));
  if (res.status !== 200) throw new Error(`person: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
};
const addCert = async (client: typeof officer, personId: string, seq: number) => {
  const res = await client.post(`/api/persons/${personId}/certificates`, certificateBody(seq));
  if (res.status !== 200) throw new Error(`certificate: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; version: number };
};

// One person (born 1985-03-15) per side of the city, and one the training institution registered itself.
const P1 = await addPerson(officer, t.city.community1.id, 1);
const P2 = await addPerson(officer2, t.city.community2.id, 2);
const PI = await addPerson(institution, t.city.street1.id, 3);
const C1 = (await addCert(officer, P1, 1)).id;
const C2 = (await addCert(officer2, P2, 2)).id;
const CI = (await addCert(institution, PI, 3)).id;
const personOf = (u: RoleUser) => (u === 'officer2' ? P2 : u === 'institution' ? PI : P1);
const certOf = (u: RoleUser) => (u === 'officer2' ? C2 : u === 'institution' ? CI : C1);
const readers: RoleUser[] = ['reviewer', 'officer1', 'officer2', 'worker1', 'finance', 'institution'];
const writers: RoleUser[] = ['reviewer', 'officer1', 'officer2', 'worker1', 'institution'];
let matrixSeq = 900;

describeRoleMatrix(t, [
  {
    endpoint: 'GET /api/persons/:id/certificates',
    allowed: readers,
    call: (c, u) => c.get(`/api/persons/${personOf(u)}/certificates`),
  },
  {
    endpoint: 'POST /api/persons/:id/certificates',
    allowed: writers,
    call: (c, u) => c.post(`/api/persons/${personOf(u)}/certificates`, certificateBody(matrixSeq++)),
  },
  {
    endpoint: 'PATCH /api/certificates/:id',
    allowed: writers,
    call: (c, u) => c.patch(`/api/certificates/${certOf(u)}`, { issuer: `${u} 改` }),
  },
]);

describe('the data scope of certificates follows the person', () => {
  it('answers a street officer with 404 for the certificates of a person in another street', async () => {
    expect((await officer.get(`/api/persons/${P2}/certificates`)).status).toBe(404);
    const before = await certCount();
    const add = await officer.post(`/api/persons/${P2}/certificates`, certificateBody(10));
    expect(add.status).toBe(404);
    expect(await certCount()).toBe(before);
    expect((await officer.patch(`/api/certificates/${C2}`, { issuer: '越权' })).status).toBe(404);
  });

  it('lets a training institution see only certificates of persons it registered', async () => {
    expect((await institution.get(`/api/persons/${P1}/certificates`)).status).toBe(404);
    const own = await institution.get(`/api/persons/${PI}/certificates`);
    expect(own.status).toBe(200);
    expect(own.body.items.map((c: { id: string }) => c.id)).toContain(CI);
  });

  it('answers an unknown person with 404', async () => {
    const res = await officer.get('/api/persons/00000000-0000-4000-8000-000000000000/certificates');
    expect(res.status).toBe(404);
  });
});

describe('recording a certificate', () => {
  it('stores it with the organisation of the person and audits it', async () => {
    const res = await officer.post(`/api/persons/${P1}/certificates`, certificateBody(20, { level: '2' }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      personId: P1,
      number: certificateBody(20).number,
      level: '2',
      issuedOn: '2015-06-01',
      obtainedBy: 'training',
      version: 1,
    });
    const [row] = await t.db
      .select()
      .from(qualificationCertificates)
      .where(eq(qualificationCertificates.id, res.body.id));
    expect(row).toMatchObject({ orgId: t.city.community1.id, orgPath: t.city.community1.path });
    expect(row!.createdBy).toBe(t.users.officer1.id);
    const [entry] = await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(entry).toMatchObject({
      action: 'certificate.create',
      targetId: res.body.id,
      username: 'officer1',
    });
    const list = await officer.get(`/api/persons/${P1}/certificates`);
    expect(list.body.items.map((c: { id: string }) => c.id)).toContain(res.body.id);
  });

  const tomorrow = addDays(t.today(), 1);
  it.each([
    ['an unknown level', { level: '9' }, /证书等级.*9/],
    ['an issue date in the future', { issuedOn: tomorrow }, /晚于今天/],
    ['an issue date before the holder turned 16', { issuedOn: '2001-03-14' }, /年满16周岁/],
  ])('rejects %s with a Chinese message and saves nothing', async (_, overrides, message) => {
    const before = await certCount();
    const res = await officer.post(`/api/persons/${P1}/certificates`, certificateBody(30, overrides));
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.message).toMatch(message);
    expect(await certCount()).toBe(before);
  });

  it('accepts an issue date on the 16th birthday', async () => {
    const res = await officer.post(
      `/api/persons/${P1}/certificates`,
      certificateBody(31, { issuedOn: '2001-03-15' }),
    );
    expect(res.status).toBe(200);
  });

  it('rejects an unknown way of obtaining it and saves nothing', async () => {
    const before = await certCount();
    const res = await officer.post(
      `/api/persons/${P1}/certificates`,
      certificateBody(32, { obtainedBy: 'bought' }),
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(await certCount()).toBe(before);
  });

  it('answers a duplicate certificate number with 409 in Chinese, also across streets', async () => {
    expect((await officer.post(`/api/persons/${P1}/certificates`, certificateBody(33))).status).toBe(200);
    const res = await officer2.post(`/api/persons/${P2}/certificates`, certificateBody(33));
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('该证书编号已登记');
  });
});

describe('changing a certificate', () => {
  it('updates fields, audits them and answers 409 STALE for an outdated version', async () => {
    const created = await addCert(officer, P1, 40);
    const first = await officer.patch(`/api/certificates/${created.id}`, {
      level: '2',
      version: created.version,
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ level: '2', version: 2 });
    const [entry] = await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(entry).toMatchObject({ action: 'certificate.update', targetId: created.id });
    const stale = await officer.patch(`/api/certificates/${created.id}`, {
      level: '1',
      version: created.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE');
    const list = await officer.get(`/api/persons/${P1}/certificates`);
    expect(list.body.items.find((c: { id: string }) => c.id === created.id)).toMatchObject({ level: '2' });
  });

  it('rejects a future issue date on update and keeps the record', async () => {
    const created = await addCert(officer, P1, 41);
    const res = await officer.patch(`/api/certificates/${created.id}`, {
      issuedOn: addDays(t.today(), 1),
    });
    expect(res.status).toBe(422);
    const [row] = await t.db
      .select()
      .from(qualificationCertificates)
      .where(eq(qualificationCertificates.id, created.id));
    expect(row).toMatchObject({ issuedOn: '2015-06-01', version: 1 });
  });

  it('answers renumbering onto an existing number with 409', async () => {
    const created = await addCert(officer, P1, 42);
    const res = await officer.patch(`/api/certificates/${created.id}`, { number: certificateBody(1).number });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('该证书编号已登记');
  });
});
