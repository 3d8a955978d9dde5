import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRoleMatrix } from '../../../test/role-matrix.ts';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';
import { personBody, residentId } from '../../registry/persons/persons.fixtures.ts';
import { cases } from '../cases.schema.ts';
import { ZHUHAI } from '../workflow/cases-stage.fixtures.ts';
import { rosterColumns } from './cases-batch.rules.ts';

const t = await createTestApp();
let institution: TestClient;
const idA = residentId('370983', '19900101', 501);
const idB = residentId('370983', '19880808', 502);
const unknownId = residentId('370983', '19870707', 503);

beforeAll(async () => {
  await t.services.caseTypes.sync();
  institution = await t.login('institution');
  for (const [idNumber, name, seq] of [
    [idA, '张小三', 501],
    [idB, '李四', 502],
  ] as const) {
    const res = await institution.post(
      '/api/persons',
      personBody(t.city.street1.id, seq, { idNumber, name }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
});

const row = (over: Record<string, string | number | null> = {}) => ({
  name: '张小三',
  idNumber: idA,
  occupation: '电工',
  level: '三级',
  certificateNumber: `ZH-${Math.random().toString(36).slice(2, 10)}`,
  issuedOn: '2026-09-01',
  issuer: '珠海市职业技能鉴定指导中心',
  ...over,
});

/** A multipart body as a browser sends it: the case type field, then the roster file. */
async function multipart(rows: Record<string, unknown>[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow(rosterColumns.map((c) => c.header));
  for (const r of rows) ws.addRow(rosterColumns.map((c) => r[c.key] ?? null));
  const file = Buffer.from(await wb.xlsx.writeBuffer());
  const boundary = '----minsheng-roster';
  const head = (extra: string) => `--${boundary}\r\nContent-Disposition: form-data; ${extra}\r\n`;
  const payload = Buffer.concat([
    Buffer.from(`${head('name="caseTypeId"')}\r\n${ZHUHAI}\r\n`),
    Buffer.from(
      `${head('name="file"; filename="roster.xlsx"')}Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function upload(client: TestClient, rows: Record<string, unknown>[]) {
  const { payload, headers } = await multipart(rows);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/case-batches',
    headers: { ...headers, cookie: client.cookie, 'x-csrf-token': client.csrfToken },
    payload,
  });
  return { status: res.statusCode, body: res.json() };
}

describe('roster template', () => {
  it('downloads an xlsx with the Chinese headers', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/case-batches/template.xlsx',
      headers: { cookie: institution.cookie },
    });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const headers = (wb.worksheets[0]!.getRow(1).values as string[]).slice(1);
    expect(headers).toEqual([
      '姓名',
      '身份证号',
      '职业(工种)',
      '证书等级',
      '证书编号',
      '发证日期',
      '发证机构',
      '取得方式',
      '申领项目',
      '备注',
    ]);
  });
});

describe('uploading a roster', () => {
  it('turns each good row into a submitted case of the batch and explains each bad row in Chinese', async () => {
    const shared = 'ZH-DUP-0001';
    const res = await upload(institution, [
      row(),
      row({ name: '李四', idNumber: idB, certificateNumber: shared, level: '技师' }),
      row({ name: '王五', idNumber: unknownId }),
      row({ level: '特级' }),
      row({ name: '李四', idNumber: idB, certificateNumber: shared, level: '一级' }),
      row({ name: '张三', level: '一级' }),
    ]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.number).toMatch(/^BZ-\d{4}-\d{6}$/);
    expect(res.body).toMatchObject({
      fileName: 'roster.xlsx',
      status: 'submitted',
      totalRows: 6,
      createdCount: 2,
      errorCount: 4,
    });
    expect(res.body.totals).toMatchObject({
      rows: 6,
      cases: 2,
      errors: 4,
      accepted: 0,
      approved: 0,
      paidAmount: '0.00',
    });
    const byRow = Object.fromEntries(res.body.rows.map((r: { row: number }) => [r.row, r]));
    expect(byRow[2]).toMatchObject({ outcome: 'created', status: 'submitted', name: '张小三' });
    expect(byRow[3]).toMatchObject({ outcome: 'created', status: 'submitted', name: '李四' });
    expect(byRow[4].messages).toEqual([
      '人员登记中没有该身份证号的人员（或不在本机构登记范围内），请先登记人员',
    ]);
    expect(byRow[5].messages).toEqual(['「证书等级」「特级」无法识别，请填写一级至五级']);
    expect(byRow[6].messages).toEqual(['证书编号与第3行重复']);
    expect(byRow[7].messages).toEqual(['姓名与人员登记不一致（登记为「张小三」）']);
    const rows = await t.db.select().from(cases).where(eq(cases.batchId, res.body.id));
    expect(rows).toHaveLength(2);
    expect(rows.every((c) => c.applicantKind === 'institution_on_behalf' && c.certificateId !== null)).toBe(
      true,
    );
    // Submitted by the roster on the day it reached the office, like an application filed alone.
    expect(rows.map((c) => c.appliedOn)).toEqual([t.today(), t.today()]);
    expect(rows.every((c) => c.submittedAt instanceof Date)).toBe(true);
  });

  it('a row whose certificate belongs to someone else is an error and leaves no case', async () => {
    const first = await upload(institution, [row({ certificateNumber: 'ZH-OWNED-1' })]);
    expect(first.body.createdCount).toBe(1);
    const res = await upload(institution, [
      row({ name: '李四', idNumber: idB, certificateNumber: 'ZH-OWNED-1' }),
    ]);
    expect(res.body).toMatchObject({ createdCount: 0, errorCount: 1, status: 'processed' });
    expect(res.body.rows[0].messages).toEqual(['该证书编号已登记在其他人员名下']);
    expect(await t.db.select().from(cases).where(eq(cases.batchId, res.body.id))).toHaveLength(0);
  });

  it('refuses a roster with no data rows', async () => {
    const res = await upload(institution, []);
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('花名册中没有数据行');
  });
});

describe('batch detail', () => {
  it('shows exact totals as the cases move on', async () => {
    const res = await institution.post('/api/case-batches', {
      caseTypeId: ZHUHAI,
      submit: false,
      rows: [row(), row({ name: '李四', idNumber: idB, level: '二级' })],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.rows.map((r: { status: string }) => r.status)).toEqual(['draft', 'draft']);
    const [a, b] = res.body.rows;
    await t.db.update(cases).set({ status: 'returned' }).where(eq(cases.id, a.caseId));
    await t.db
      .update(cases)
      .set({ status: 'approved', approvedAmountFen: 180001 })
      .where(eq(cases.id, b.caseId));
    const detail = await institution.get(`/api/case-batches/${res.body.id}`);
    expect(detail.body.totals).toEqual({
      rows: 2,
      cases: 2,
      errors: 0,
      accepted: 1,
      returned: 1,
      approved: 1,
      rejected: 0,
      approvedAmount: '1800.01',
      paidAmount: '0.00',
    });
    const reviewer = await t.login('reviewer');
    expect((await reviewer.get(`/api/case-batches/${res.body.id}`)).status).toBe(200);
    const officer2 = await t.login('officer2');
    expect((await officer2.get(`/api/case-batches/${res.body.id}`)).status).toBe(404);
  });
});

describeRoleMatrix(t, [
  {
    endpoint: 'POST /api/case-batches',
    allowed: ['officer1', 'officer2', 'worker1', 'institution'],
    call: (c) =>
      c.post('/api/case-batches', { caseTypeId: ZHUHAI, rows: [row({ idNumber: unknownId, name: '王五' })] }),
  },
]);
