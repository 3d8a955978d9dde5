import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { postFile } from '../../../test/multipart.ts';
import { describeRoleMatrix } from '../../../test/role-matrix.ts';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';
import { refs, requireNotice, seedDecidedCases, statusesOf } from '../workflow/cases-stage.fixtures.ts';
import { csvCells } from './cases-bank-return.ts';

const t = await createTestApp();
const today = t.today();
let reviewer: TestClient;
let finance: TestClient;

beforeAll(async () => {
  await requireNotice(t, false);
  reviewer = await t.login('reviewer');
  finance = await t.login('finance');
});

interface PlanBody {
  id: string;
  number: string;
  payments: { caseId: string; idempotencyKey: string; status: string }[];
}

/** An approved plan over `count` fresh cases; the payments in case order. */
async function approvedPlan(count: number): Promise<{ plan: PlanBody; ids: string[]; keys: string[] }> {
  const ids = await seedDecidedCases(t, { count, amountFen: 130000, decidedOn: today });
  expect((await reviewer.post('/api/finance/send', { cases: await refs(t, ids) })).status).toBe(200);
  const draft = await finance.post('/api/payment-plans', { title: '回单测试', cases: await refs(t, ids) });
  expect(draft.status, JSON.stringify(draft.body)).toBe(200);
  const plan = await finance.post(`/api/payment-plans/${draft.body.id}/approve`, {
    version: draft.body.version,
  });
  expect(plan.status, JSON.stringify(plan.body)).toBe(200);
  const keys = ids.map(
    (id) => plan.body.payments.find((p: { caseId: string }) => p.caseId === id).idempotencyKey,
  );
  return { plan: plan.body, ids, keys };
}

async function xlsx(rows: (string | null)[][], header = ['支付指令号', '结果', '银行流水号', '失败原因']) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('银行回单');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Posts a file as the browser does (multipart, one `file` part). */
const upload = (client: TestClient, planId: string, file: Buffer, name = 'return.xlsx') =>
  postFile(t.app, client, `/api/payment-plans/${planId}/bank-return`, file, name);

describe('bank return template', () => {
  it('downloads an xlsx with the four Chinese headers', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/payment-plans/bank-return-template.xlsx',
      headers: { cookie: finance.cookie },
    });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect((wb.worksheets[0]!.getRow(1).values as string[]).slice(1)).toEqual([
      '支付指令号',
      '结果',
      '银行流水号',
      '失败原因',
    ]);
  });
});

describe('importing a bank return', () => {
  it('pays the successful lines and fails the others through the pay path', async () => {
    const { plan, ids, keys } = await approvedPlan(2);
    const file = await xlsx([
      [keys[0]!, '成功', 'BOC20261125-0101', null],
      [keys[1]!, '失败', null, '账户已销户'],
    ]);
    const res = await upload(finance, plan.id, file);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'paid', applied: 2, replayed: 0 });
    expect(res.body.totals).toMatchObject({ paidCount: 1, paidAmount: '1300.00', failedCount: 1 });
    const failed = res.body.payments.find((p: { caseId: string }) => p.caseId === ids[1]);
    expect(failed).toMatchObject({ status: 'failed', failureReason: '账户已销户' });
    expect(await statusesOf(t, ids)).toEqual(['paid', 'payment_failed']);
  });

  it('reads a UTF-8 csv with a byte-order mark and quoted cells', async () => {
    const { plan, ids, keys } = await approvedPlan(1);
    const csv = `\uFEFF支付指令号,结果,银行流水号,失败原因\r\n"${keys[0]}",成功,BOC-CSV-0001,\r\n`;
    const res = await upload(finance, plan.id, Buffer.from(csv, 'utf8'), 'return.csv');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.applied).toBe(1);
    expect(await statusesOf(t, ids)).toEqual(['paid']);
  });

  it('lists every bad line by row in Chinese and applies none of the file', async () => {
    const { plan, ids, keys } = await approvedPlan(2);
    const file = await xlsx([
      [keys[0]!, '成功', 'BOC20261125-0201', null],
      [keys[1]!, '好的', null, null],
      [keys[1]!, '失败', null, null],
      [keys[0]!, '成功', 'BOC20261125-0202', null],
    ]);
    const res = await upload(finance, plan.id, file);
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('银行回单有 3 处错误，未登记任何支付结果，请修改后重新上传');
    expect(res.body.details).toEqual([
      { path: '第3行', message: '结果须为「成功」或「失败」' },
      { path: '第4行', message: '支付失败须填写失败原因' },
      { path: '第5行', message: '支付指令号与第2行重复' },
    ]);
    expect(await statusesOf(t, ids)).toEqual(['payment_planned', 'payment_planned']);
  });

  it('names the row of an instruction that is not on the plan', async () => {
    const { plan, ids, keys } = await approvedPlan(1);
    const file = await xlsx([
      [keys[0]!, '成功', 'BOC20261125-0301', null],
      ['MS-2026-999999-1', '成功', 'BOC20261125-0302', null],
    ]);
    const res = await upload(finance, plan.id, file);
    expect(res.status).toBe(422);
    expect(res.body.message).toBe(`第3行：支付指令 MS-2026-999999-1 不属于用款计划 ${plan.number}`);
    expect(await statusesOf(t, ids)).toEqual(['payment_planned']);
  });

  it('a second upload of the same return pays nothing twice; a different reference is refused', async () => {
    const { plan, ids, keys } = await approvedPlan(1);
    const file = await xlsx([[keys[0]!, '成功', 'BOC20261125-0401', null]]);
    expect((await upload(finance, plan.id, file)).status).toBe(200);
    const again = await upload(finance, plan.id, file);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ applied: 0, replayed: 1 });
    const other = await upload(finance, plan.id, await xlsx([[keys[0]!, '成功', 'BOC-OTHER-0001', null]]));
    expect(other.status).toBe(409);
    expect(other.body.message).toBe(
      `第2行：支付指令 ${keys[0]} 已支付（银行流水号 BOC20261125-0401），不能重复支付`,
    );
    expect(await statusesOf(t, ids)).toEqual(['paid']);
  });

  it('refuses a file without the required columns', async () => {
    const { plan } = await approvedPlan(1);
    const res = await upload(finance, plan.id, await xlsx([['x', '成功']], ['指令', '结果']));
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('银行回单缺少列：支付指令号、银行流水号');
  });

  it('a plan outside the payer’s reach is not found, and non-payers are forbidden', async () => {
    const { plan } = await approvedPlan(1);
    const file = await xlsx([['k', '成功', 'BOC-0001', null]]);
    expect((await upload(await t.login('officer1'), plan.id, file)).status).toBe(403);
    const missing = await upload(finance, '00000000-0000-4000-8000-000000000000', file);
    expect(missing.status).toBe(404);
  });
});

describeRoleMatrix(t, [
  {
    endpoint: 'GET /api/payment-plans/bank-return-template.xlsx',
    allowed: ['finance'],
    call: (c) => c.get('/api/payment-plans/bank-return-template.xlsx'),
  },
]);

describe('csv cells', () => {
  it('quoting any cells and splitting the line gives the cells back', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 6 }), (cells) => {
        const line = cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
        expect(csvCells(line)).toEqual(cells);
      }),
    );
  });
});
