import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/access/actor.ts';
import { auditLog } from '../../platform/audit/audit.schema.ts';
import { EXPORT_ROW_LIMIT, exportList } from '../../platform/excel-export/list-export.ts';
import { createTestApp, type TestClient } from '../../test/test-app.ts';
import { employerBody } from './employers/employers.fixtures.ts';
import { addPerson, ok, unemploymentBody } from './registrations/registrations.fixtures.ts';

const t = await createTestApp();
const officer1 = await t.login('officer1');
const officer2 = await t.login('officer2');
const worker1 = await t.login('worker1');

await ok(officer1.post('/api/employers', employerBody(t.city.street1.id, 801, { name: '泰山钢铁有限公司' })));
await ok(officer1.post('/api/employers', employerBody(t.city.street1.id, 802, { name: '泰山食品有限公司' })));
await ok(officer2.post('/api/employers', employerBody(t.city.street2.id, 803, { name: '泰山纺织有限公司' })));
const jobless = await addPerson(officer1, t.city.street1.id, 811);
await ok(officer1.post(`/api/persons/${jobless}/unemployment-registrations`, unemploymentBody(811)));

/** Downloads an export and answers its rows (header first) as arrays of cell text. */
async function download(client: TestClient, url: string) {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: client.cookie } });
  if (res.statusCode !== 200) return { status: res.statusCode, rows: [] as string[][], body: res.json() };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((row) =>
    rows.push(Array.from((row.values as unknown[]).slice(1), (v) => String(v ?? ''))),
  );
  return { status: res.statusCode, rows, body: null };
}

const auditOf = async (action: string) =>
  (await t.db.select().from(auditLog).where(eq(auditLog.action, action))).map((a) => a.detail);

describe('exporting the employer list', () => {
  it('exports exactly the filtered list in scope, with dictionary labels and masked phones, and audits it', async () => {
    const { rows } = await download(officer1, '/api/employers/export.xlsx?q=泰山');
    expect(rows[0]).toEqual([
      '统一社会信用代码',
      '单位名称',
      '单位类型',
      '所属行业',
      '企业规模',
      '联系电话',
      '所属机构',
    ]);
    expect(
      rows
        .slice(1)
        .map((r) => r[1])
        .sort(),
    ).toEqual(['泰山钢铁有限公司', '泰山食品有限公司']);
    expect(rows[1]!.slice(2, 4)).toEqual(['企业', '制造业']);
    expect(rows[1]![5]).toMatch(/^139\*{4}\d{4}$/);
    expect(await auditOf('employer.export')).toContainEqual(
      expect.objectContaining({ rows: 2, filter: expect.objectContaining({ q: '泰山' }) }),
    );
  });

  it('narrows by name prefix like the list does', async () => {
    const { rows } = await download(
      officer1,
      `/api/employers/export.xlsx?q=${encodeURIComponent('泰山食品')}`,
    );
    expect(rows.slice(1).map((r) => r[1])).toEqual(['泰山食品有限公司']);
  });
});

describe('exporting the registration lists', () => {
  it('lists unemployment registrations with masked ID numbers and the reason label', async () => {
    const { rows } = await download(officer1, '/api/unemployment-registrations/export.xlsx?open=true');
    expect(rows[0]).toEqual([
      '姓名',
      '公民身份号码',
      '《就业创业证》编号',
      '登记日期',
      '登记机构',
      '失业原因',
      '状态',
    ]);
    const mine = rows.find((r) => r[0] === '张811')!;
    expect(mine[1]).toMatch(/^3709\*{10}\d{3}[\dX]$/);
    expect(mine.slice(2)).toEqual([
      unemploymentBody(811).certificateNumber,
      unemploymentBody(811).registeredOn,
      expect.any(String),
      '解除劳动合同',
      '有效',
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/\d{17}[\dX]/);
  });

  it('keeps another street out of the export', async () => {
    const { rows } = await download(officer2, '/api/unemployment-registrations/export.xlsx');
    expect(rows.some((r) => r[0] === '张811')).toBe(false);
  });

  it('refuses a role without the export permission, for both lists', async () => {
    expect((await download(worker1, '/api/unemployment-registrations/export.xlsx')).status).toBe(403);
    expect((await download(worker1, '/api/difficulty-determinations/export.xlsx')).status).toBe(403);
  });

  it('exports the difficulty list with its headers and audits the filter', async () => {
    const { rows } = await download(
      officer1,
      '/api/difficulty-determinations/export.xlsx?category=long_term_unemployed',
    );
    expect(rows[0]).toEqual(['姓名', '公民身份号码', '人员类别', '认定日期', '认定人', '状态']);
    expect(await auditOf('difficulty_determination.export')).toContainEqual(
      expect.objectContaining({ filter: expect.objectContaining({ category: 'long_term_unemployed' }) }),
    );
  });
});

describe('the export size limit', () => {
  it(`refuses more than ${EXPORT_ROW_LIMIT} rows with a Chinese message and audits nothing`, async () => {
    const before = (await auditOf('test.export')).length;
    const attempt = exportList(t.db, systemActor(t.city.city.id, t.city.city.path), {
      sheetName: 'x',
      columns: [],
      page: async () => ({ items: [], total: EXPORT_ROW_LIMIT + 1 }),
      audit: { action: 'test.export', targetType: 'test', filter: {} },
    });
    await expect(attempt).rejects.toThrow(
      `导出条数 ${EXPORT_ROW_LIMIT + 1} 超过 ${EXPORT_ROW_LIMIT} 条，请缩小查询范围后再导出`,
    );
    expect((await auditOf('test.export')).length).toBe(before);
  });
});

describe('exporting the household list', () => {
  it('lists the households in scope with head, size and zero-employment status, and audits it', async () => {
    const head = await addPerson(officer1, t.city.street1.id, 821);
    await ok(
      officer1.post('/api/households', {
        number: 'HH-EXPORT-1',
        address: '新城街道 9 号',
        orgId: t.city.street1.id,
        headPersonId: head,
      }),
    );
    const { rows } = await download(officer1, '/api/households/export.xlsx?q=HH-EXPORT');
    expect(rows).toEqual([
      ['户号', '户主', '家庭人数', '住址', '零就业家庭', '所属机构'],
      ['HH-EXPORT-1', '张821', '1', '新城街道 9 号', '否', expect.any(String)],
    ]);
    expect(await auditOf('household.export')).toContainEqual(
      expect.objectContaining({ rows: 1, filter: expect.objectContaining({ q: 'HH-EXPORT' }) }),
    );
    expect((await download(officer2, '/api/households/export.xlsx?q=HH-EXPORT')).rows).toHaveLength(1);
  });
});
