import { desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.schema.ts';
import { createTestApp } from '../../test/test-app.ts';
import { employerBody } from './employers/employers.fixtures.ts';
import { personBody } from './persons/persons.fixtures.ts';

const t = await createTestApp();
const officer = await t.login('officer1');
const street = t.city.street1.id;

// An odd sequence number gives a man, an even one a woman (the ID number's 17th digit).
const people = [
  { seq: 11, hukouType: 'urban' },
  { seq: 12, hukouType: 'urban' },
  { seq: 13, hukouType: 'rural' },
  { seq: 14, hukouType: 'rural' },
  { seq: 16, hukouType: 'rural' },
];
for (const p of people) {
  const res = await officer.post('/api/persons', personBody(street, p.seq, { hukouType: p.hukouType }));
  if (res.status !== 200) throw new Error(`person: ${res.status} ${JSON.stringify(res.body)}`);
}
for (const [seq, type] of [
  [1, 'enterprise'],
  [2, 'individual'],
  [3, 'enterprise'],
] as const) {
  const res = await officer.post('/api/employers', employerBody(street, seq, { type }));
  if (res.status !== 200) throw new Error(`employer: ${res.status} ${JSON.stringify(res.body)}`);
}

const names = async (query: string) => {
  const res = await officer.get(`/api/persons?${query}&sort=name&pageSize=50`);
  expect(res.status).toBe(200);
  return (res.body.items as { name: string }[]).map((p) => p.name);
};

describe('the person list filters by gender and hukou type', () => {
  it('lists only the women when asked for gender 2', async () => {
    expect(await names('gender=2')).toEqual(['张12', '张14', '张16']);
  });

  it('combines gender, hukou type and the name prefix', async () => {
    expect(await names('gender=2&hukouType=rural')).toEqual(['张14', '张16']);
    expect(await names('gender=1&hukouType=rural&q=张1')).toEqual(['张13']);
    expect(await names('hukouType=urban')).toEqual(['张11', '张12']);
  });

  it('rejects a gender that is not a GB/T 2261.1 code', async () => {
    expect((await officer.get('/api/persons?gender=3')).status).toBe(422);
  });

  it('exports exactly the filtered rows and audits the filter', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/persons/export.xlsx?gender=2&hukouType=rural',
      headers: { cookie: officer.cookie },
    });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const exported = [];
    for (let r = 2; r <= ws.rowCount; r++) exported.push(ws.getRow(r).getCell(1).value);
    expect(exported).toEqual(['张14', '张16']);
    const [entry] = await t.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(eq(auditLog.action, 'person.export'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry?.detail).toMatchObject({ filter: { gender: '2', hukouType: 'rural' }, rows: 2 });
  });
});

describe('the employer list filters by type', () => {
  it('lists only the individual businesses when asked for type individual', async () => {
    const res = await officer.get('/api/employers?type=individual');
    expect(res.status).toBe(200);
    expect(res.body.items.map((e: { name: string }) => e.name)).toEqual(['肥城单位2有限公司']);
    expect(res.body.total).toBe(1);
  });

  it('combines type with the name prefix', async () => {
    const res = await officer.get('/api/employers?type=enterprise&q=肥城单位&sort=name');
    expect(res.body.items.map((e: { name: string }) => e.name)).toEqual([
      '肥城单位1有限公司',
      '肥城单位3有限公司',
    ]);
  });
});
