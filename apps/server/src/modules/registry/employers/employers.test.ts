import { count, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { describeRoleMatrix, type RoleUser } from '../../../test/role-matrix.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { creditCode, employerBody } from './employers.fixtures.ts';
import { employers } from './employers.schema.ts';

const t = await createTestApp();
const officer = await t.login('officer1');
const c1 = t.city.community1.id;

const wrongCheckChar = (code: string) => code.slice(0, 17) + (code[17] === '1' ? '2' : '1');
const employerCount = async () => Number((await t.db.select({ n: count() }).from(employers))[0]!.n);

// One employer per side of the city so that every permitted user has one in scope.
const inStreet1 = (await officer.post('/api/employers', employerBody(c1, 1))).body.id as string;
const officer2 = await t.login('officer2');
const inStreet2 = (await officer2.post('/api/employers', employerBody(t.city.community2.id, 2))).body
  .id as string;
const mine = (u: RoleUser) => (u === 'officer2' ? inStreet2 : inStreet1);
const readers: RoleUser[] = ['reviewer', 'officer1', 'officer2', 'worker1', 'finance'];
const writers: RoleUser[] = ['reviewer', 'officer1', 'officer2', 'worker1'];
const matrixSeq: Record<RoleUser, number> = {
  reviewer: 900,
  officer1: 901,
  officer2: 902,
  worker1: 903,
  finance: 904,
  institution: 905,
  sysadmin: 906,
  secadmin: 907,
  auditadmin: 908,
};

describeRoleMatrix(t, [
  { endpoint: 'GET /api/employers', allowed: readers, call: (c) => c.get('/api/employers') },
  {
    endpoint: 'GET /api/employers/:id',
    allowed: readers,
    call: (c, u) => c.get(`/api/employers/${mine(u)}`),
  },
  {
    endpoint: 'POST /api/employers',
    allowed: writers,
    call: (c, u) =>
      c.post(
        '/api/employers',
        employerBody(u === 'officer2' ? t.city.community2.id : c1, matrixSeq[u], { name: `矩阵${u}` }),
      ),
  },
  {
    endpoint: 'PATCH /api/employers/:id',
    allowed: writers,
    call: (c, u) => c.patch(`/api/employers/${mine(u)}`, { address: `${u} 改` }),
  },
]);

describe('registering an employer', () => {
  it('stores the credit code upper-cased and the phone encrypted, hashed and masked, and audits it', async () => {
    const code = creditCode(10);
    const res = await officer.post(
      '/api/employers',
      employerBody(c1, 10, { creditCode: code.toLowerCase() }),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      creditCode: code,
      type: 'enterprise',
      industry: 'C',
      size: 'small',
      phoneMasked: '139****0010',
      org: { id: c1, name: '新城社区' },
      version: 1,
    });
    expect(JSON.stringify(res.body)).not.toContain('13900000010');
    const [row] = await t.db.select().from(employers).where(eq(employers.id, res.body.id));
    expect(row!.phoneEnc).not.toContain('13900000010');
    expect(t.services.cipher.decrypt(row!.phoneEnc!)).toBe('13900000010');
    expect(row!.phoneHash).toBe(t.services.cipher.lookupHash('13900000010'));
    expect(row!.orgPath).toBe(t.city.community1.path);
    expect(row!.createdBy).toBe(t.users.officer1.id);
    const [entry] = await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(entry).toMatchObject({ action: 'employer.create', targetId: res.body.id, username: 'officer1' });
  });

  it.each([
    ['a wrong check character', { creditCode: wrongCheckChar(creditCode(20)) }, /校验码错误/],
    ['a credit code of the wrong length', { creditCode: '91370983MA' }, /应为18位/],
    ['an unknown employer type', { type: 'alien' }, /单位类型.*alien/],
    ['an unknown industry', { industry: 'ZZ' }, /所属行业.*ZZ/],
    ['an unknown size', { size: 'huge' }, /企业规模.*huge/],
    ['a phone number that is not a mobile number', { phone: '12345' }, /手机号码/],
  ])('rejects %s with a Chinese message and saves nothing', async (_, overrides, message) => {
    const before = await employerCount();
    const res = await officer.post('/api/employers', employerBody(c1, 20, overrides));
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.message).toMatch(message);
    expect(await employerCount()).toBe(before);
  });

  it('answers a duplicate credit code with 409 in Chinese, also across streets', async () => {
    const body = employerBody(c1, 30);
    expect((await officer.post('/api/employers', body)).status).toBe(200);
    const res = await officer2.post('/api/employers', { ...body, orgId: t.city.community2.id });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('该统一社会信用代码已登记');
  });

  it('refuses an organisation outside the write scope as not found', async () => {
    const res = await officer.post('/api/employers', employerBody(t.city.community2.id, 31));
    expect(res.status).toBe(404);
  });
});

describe('finding employers', () => {
  const ids: Record<string, string> = {};
  it('registers the search fixtures', async () => {
    for (const [seq, name, industry] of [
      [40, '泰山制造有限公司', 'C'],
      [41, '泰安建筑工程公司', 'E'],
      [42, '汶阳_超市', 'F'],
    ] as const) {
      const res = await officer.post('/api/employers', employerBody(c1, seq, { name, industry }));
      expect(res.status).toBe(200);
      ids[name] = res.body.id;
    }
  });

  it('matches a name prefix and treats LIKE characters literally', async () => {
    const tai = await officer.get(`/api/employers?q=${encodeURIComponent('泰')}`);
    expect(tai.body.items.map((e: { name: string }) => e.name).sort()).toEqual([
      '泰安建筑工程公司',
      '泰山制造有限公司',
    ]);
    const literal = await officer.get(`/api/employers?q=${encodeURIComponent('汶阳_')}`);
    expect(literal.body.items.map((e: { id: string }) => e.id)).toEqual([ids.汶阳_超市]);
    expect((await officer.get(`/api/employers?q=${encodeURIComponent('制造')}`)).body.total).toBe(0);
  });

  it('finds an exact credit code, lower case accepted', async () => {
    const res = await officer.get(`/api/employers?q=${creditCode(41).toLowerCase()}`);
    expect(res.body.items.map((e: { id: string }) => e.id)).toEqual([ids.泰安建筑工程公司]);
  });

  it('filters by industry', async () => {
    const res = await officer.get('/api/employers?industry=E&pageSize=200');
    expect(res.body.items.map((e: { id: string }) => e.id)).toEqual([ids.泰安建筑工程公司]);
  });

  it('sorts by whitelisted fields and rejects any other sort with 422', async () => {
    const asc = await officer.get('/api/employers?sort=name&pageSize=200');
    const names = asc.body.items.map((e: { name: string }) => e.name);
    expect(names.length).toBeGreaterThan(3);
    expect(names).toEqual([...names].sort());
    const desc_ = await officer.get('/api/employers?sort=-name&pageSize=200');
    expect(desc_.body.items.map((e: { name: string }) => e.name)).toEqual([...names].reverse());
    const bad = await officer.get('/api/employers?sort=phoneHash');
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });

  it('pages with a total', async () => {
    const res = await officer.get(`/api/employers?q=${encodeURIComponent('泰')}&page=2&pageSize=1&sort=name`);
    expect(res.body).toMatchObject({ total: 2, items: [{ name: '泰山制造有限公司' }] });
  });

  it('filters by organisation subtree', async () => {
    const reviewer = await t.login('reviewer');
    const street2 = await reviewer.get(`/api/employers?orgId=${t.city.street2.id}&pageSize=200`);
    expect(street2.body.items.length).toBeGreaterThan(0);
    expect(street2.body.items.every((e: { org: { id: number } }) => e.org.id === t.city.community2.id)).toBe(
      true,
    );
    const street1 = await reviewer.get(`/api/employers?orgId=${t.city.street1.id}&pageSize=200`);
    expect(street1.body.items.map((e: { id: string }) => e.id)).toContain(ids.泰山制造有限公司);
    expect(street1.body.items.map((e: { id: string }) => e.id)).not.toContain(inStreet2);
  });
});

describe('changing an employer', () => {
  it('updates fields, audits field names only and answers 409 STALE for an outdated version', async () => {
    const created = await officer.post('/api/employers', employerBody(c1, 50));
    const id = created.body.id as string;
    const first = await officer.patch(`/api/employers/${id}`, {
      address: '新地址',
      phone: '13712345678',
      version: created.body.version,
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ address: '新地址', phoneMasked: '137****5678', version: 2 });
    const [entry] = await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(entry).toMatchObject({ action: 'employer.update', targetId: id });
    expect(JSON.stringify(entry!.detail)).not.toContain('13712345678');
    const stale = await officer.patch(`/api/employers/${id}`, {
      address: '旧页面',
      version: created.body.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE');
    expect((await officer.get(`/api/employers/${id}`)).body.address).toBe('新地址');
  });

  it('rejects an unknown dictionary value on update and keeps the record', async () => {
    const created = await officer.post('/api/employers', employerBody(c1, 51));
    const res = await officer.patch(`/api/employers/${created.body.id}`, { size: 'giant' });
    expect(res.status).toBe(422);
    expect(res.body.message).toMatch(/企业规模/);
    const after = await officer.get(`/api/employers/${created.body.id}`);
    expect(after.body).toMatchObject({ size: 'small', version: 1 });
  });
});
