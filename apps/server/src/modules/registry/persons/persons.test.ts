import { count, desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { personBody, residentId } from './persons.fixtures.ts';
import { persons } from './persons.schema.ts';

const t = await createTestApp();
const officer = await t.login('officer1');
const c1 = t.city.community1.id;

const wrongCheckDigit = (id: string) => id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
const personCount = async () => Number((await t.db.select({ n: count() }).from(persons))[0]!.n);

describe('registering a person', () => {
  it('derives birth date and gender from the ID number and stores it encrypted, hashed and masked', async () => {
    const body = personBody(c1, 1, { idNumber: residentId('370983', '19900101', 12).replace(/X$/, 'x') });
    const res = await officer.post('/api/persons', body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ birthDate: '1990-01-01', gender: '2', phoneMasked: '138****0001' });
    expect(res.body.idNumberMasked).toMatch(/^3709\*{10}\d{3}[\dX]$/);
    expect(res.body.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const [row] = await t.db.select().from(persons).where(eq(persons.id, res.body.id));
    const full = body.idNumber.toUpperCase();
    expect(row!.idNumberEnc).not.toContain(full);
    expect(t.services.cipher.decrypt(row!.idNumberEnc)).toBe(full);
    expect(row!.idNumberHash).toBe(t.services.cipher.lookupHash(full));
    expect(row!.orgPath).toBe(t.city.community1.path);
    expect(row!.createdBy).toBe(t.users.officer1.id);
  });

  it.each([
    ['a wrong check digit', { idNumber: wrongCheckDigit(residentId('370983', '19850315', 21)) }, /校验码/],
    [
      '29 February of a non-leap year',
      { idNumber: residentId('370983', '19990229', 22) },
      /19990229.*不是有效日期/,
    ],
    ['a birth date in the future', { idNumber: residentId('370983', '20990101', 23) }, /晚于/],
    ['an unknown ethnicity', { ethnicity: '99' }, /民族「99」/],
    ['an unknown education', { education: 'phd' }, /文化程度「phd」/],
    ['an unknown hukou type', { hukouType: 'alien' }, /户口性质「alien」/],
    ['an unknown hukou place', { hukouPlace: 'mars' }, /户籍地类别「mars」/],
    ['a phone number that is not a mobile number', { phone: '12345' }, /手机号码/],
  ])('rejects %s with a Chinese message and saves nothing', async (_, overrides, message) => {
    const before = await personCount();
    const res = await officer.post('/api/persons', personBody(c1, 20, overrides));
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.message).toMatch(message);
    expect(await personCount()).toBe(before);
  });

  it('answers a duplicate ID number with 409 without revealing the other record', async () => {
    const body = personBody(c1, 30);
    expect((await officer.post('/api/persons', body)).status).toBe(200);
    const other = await t.login('reviewer');
    const res = await other.post('/api/persons', { ...body, name: '李四', orgId: t.city.community2.id });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('该证件号码已登记');
  });

  it('refuses an organisation outside the write scope as not found', async () => {
    const res = await officer.post('/api/persons', personBody(t.city.community2.id, 31));
    expect(res.status).toBe(404);
  });
});

describe('finding persons', () => {
  const ids: Record<string, string> = {};
  it('registers the search fixtures', async () => {
    for (const [seq, name] of [
      [40, '王小明'],
      [41, '王大明'],
      [42, '刘_明'],
      [43, '刘某'],
    ] as const) {
      const res = await officer.post('/api/persons', personBody(c1, seq, { name }));
      expect(res.status).toBe(200);
      ids[name] = res.body.id;
    }
  });

  it('matches a name prefix and treats LIKE characters literally', async () => {
    const wang = await officer.get(`/api/persons?q=${encodeURIComponent('王')}`);
    expect(wang.body.items.map((p: { name: string }) => p.name).sort()).toEqual(['王大明', '王小明']);
    const literal = await officer.get(`/api/persons?q=${encodeURIComponent('刘_')}`);
    expect(literal.body.items.map((p: { name: string }) => p.name)).toEqual(['刘_明']);
    const inner = await officer.get(`/api/persons?q=${encodeURIComponent('小明')}`);
    expect(inner.body.total).toBe(0);
  });

  it('finds an exact ID number (lower-case x accepted) and an exact phone number', async () => {
    const id = personBody(c1, 41).idNumber;
    const byId = await officer.get(`/api/persons?q=${id.toLowerCase()}`);
    expect(byId.body.items.map((p: { id: string }) => p.id)).toEqual([ids.王大明]);
    const byPhone = await officer.get('/api/persons?q=13800000042');
    expect(byPhone.body.items.map((p: { id: string }) => p.id)).toEqual([ids.刘_明]);
  });

  it('never shows a full ID number or phone number in the list', async () => {
    const res = await officer.get('/api/persons?pageSize=200');
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(personBody(c1, 40).idNumber);
    expect(text).not.toContain('13800000040');
    expect(res.body.items[0]).toEqual({
      id: expect.any(String),
      name: expect.any(String),
      idNumberMasked: expect.stringMatching(/\*{10}/),
      gender: expect.stringMatching(/^[12]$/),
      birthDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      hukouType: 'urban',
      phoneMasked: expect.stringMatching(/^1\d\d\*{4}\d{4}$/),
      org: { id: c1, name: '新城社区' },
    });
  });

  it('sorts by whitelisted fields and rejects any other sort with 422', async () => {
    const asc = await officer.get('/api/persons?sort=name&pageSize=200');
    const names = asc.body.items.map((p: { name: string }) => p.name);
    expect(names).toEqual([...names].sort());
    const desc_ = await officer.get('/api/persons?sort=-name&pageSize=200');
    expect(desc_.body.items.map((p: { name: string }) => p.name)).toEqual([...names].reverse());
    const bad = await officer.get('/api/persons?sort=idNumberHash');
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });

  it('pages with a total', async () => {
    const res = await officer.get('/api/persons?q=%E7%8E%8B&page=2&pageSize=1&sort=name');
    expect(res.body).toMatchObject({ total: 2, items: [{ name: '王小明' }] });
  });

  it('filters by organisation subtree', async () => {
    const reviewer = await t.login('reviewer');
    const street2 = await reviewer.get(`/api/persons?orgId=${t.city.street2.id}&pageSize=200`);
    expect(street2.body.items.every((p: { org: { id: number } }) => p.org.id === t.city.community2.id)).toBe(
      true,
    );
    const street1 = await reviewer.get(`/api/persons?orgId=${t.city.street1.id}&pageSize=200`);
    expect(street1.body.items.map((p: { id: string }) => p.id)).toContain(ids.王小明);
  });
});

describe('changing a person', () => {
  it('updates fields and answers 409 STALE for an outdated version', async () => {
    const created = await officer.post('/api/persons', personBody(c1, 50));
    const id = created.body.id as string;
    const first = await officer.patch(`/api/persons/${id}`, {
      address: '新地址',
      version: created.body.version,
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ address: '新地址', version: created.body.version + 1 });
    const stale = await officer.patch(`/api/persons/${id}`, {
      address: '旧页面',
      version: created.body.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE');
    expect((await officer.get(`/api/persons/${id}`)).body.address).toBe('新地址');
  });

  it('rejects an unknown dictionary value on update and keeps the record', async () => {
    const created = await officer.post('/api/persons', personBody(c1, 51));
    const res = await officer.patch(`/api/persons/${created.body.id}`, { education: 'xx' });
    expect(res.status).toBe(422);
    expect((await officer.get(`/api/persons/${created.body.id}`)).body.education).toBe('20');
  });
});

describe('revealing and exporting', () => {
  it('reveals the full ID number and audits it', async () => {
    const body = personBody(c1, 60);
    const created = await officer.post('/api/persons', body);
    const res = await officer.post(`/api/persons/${created.body.id}/reveal-id`);
    expect(res.body).toEqual({ idNumber: body.idNumber });
    const [entry] = await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(entry).toMatchObject({
      action: 'person.reveal_id',
      targetId: created.body.id,
      username: 'officer1',
    });
    expect(JSON.stringify(entry!.detail)).not.toContain(body.idNumber);
  });

  it('exports masked IDs and phones with Chinese headers and audits the filter and row count', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/persons/export.xlsx?orgId=${t.city.street1.id}`,
      headers: { cookie: officer.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual(
      expect.arrayContaining(['姓名', '公民身份号码', '联系电话', '所属机构']),
    );
    const rows = ws.rowCount - 1;
    const listed = await officer.get(`/api/persons?orgId=${t.city.street1.id}`);
    expect(rows).toBe(listed.body.total);
    const all = JSON.stringify(ws.getSheetValues());
    expect(all).not.toMatch(/\d{17}[\dX]/);
    expect(all).not.toMatch(/1\d{10}/);
    expect(all).toMatch(/3709\*{10}/);
    expect(all).toContain('大学本科');
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'person.export'));
    expect(entry!.detail).toMatchObject({ rows, filter: { orgId: t.city.street1.id } });
  });
});
