import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.schema.ts';
import { type RoleUser, roleUsers } from '../../test/role-matrix.ts';
import { createTestApp, type TestClient } from '../../test/test-app.ts';
import { listWelder, reviewedCase, zhuhaiApplicant } from './cases.fixtures.ts';

const t = await createTestApp();
const clients = {} as Record<RoleUser, TestClient>;
let reviewed: { number: string; proposedAmountFen: number };

beforeAll(async () => {
  for (const u of roleUsers) clients[u] = await t.login(u);
  await listWelder(t);
  reviewed = await reviewedCase(
    clients,
    await zhuhaiApplicant(t, clients.institution, clients.officer1, 301),
  );
});

async function rows(user: RoleUser, query = '') {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/cases/export.xlsx${query}`,
    headers: { cookie: clients[user].cookie },
  });
  if (res.statusCode !== 200) return { status: res.statusCode, rows: [] as string[][] };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const out: string[][] = [];
  wb.worksheets[0]!.eachRow((row) =>
    out.push(Array.from((row.values as unknown[]).slice(1), (v) => String(v ?? ''))),
  );
  return { status: res.statusCode, rows: out };
}

describe('exporting the case ledger', () => {
  it('lists the filtered cases with labels and amounts in yuan, and audits the export', async () => {
    const { rows: sheet } = await rows('reviewer', '?status=reviewed');
    expect(sheet[0]).toEqual([
      '案件编号',
      '经办事项',
      '申请人',
      '申请方式',
      '状态',
      '办理期限',
      '期限提示',
      '拟核定金额（元）',
      '批准金额（元）',
      '所属机构',
      '提交日期',
    ]);
    const line = sheet.find((r) => r[0] === reviewed.number)!;
    expect(line.slice(1, 5)).toEqual([
      '珠海市高技能人才培训鉴定补贴',
      expect.any(String),
      '机构代个人申领',
      '已审核',
    ]);
    expect(line[7]).toBe(fenToYuan(reviewed.proposedAmountFen));
    expect(line[8]).toBe('');
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'case.export'));
    expect(audits.at(-1)!.detail).toMatchObject({ rows: 1, filter: { status: ['reviewed'] } });
  });

  it('leaves out what the filter leaves out', async () => {
    const { rows: sheet } = await rows('reviewer', '?status=paid');
    expect(sheet).toHaveLength(1);
  });

  it('keeps cases of another street out and refuses a role without case:read', async () => {
    expect((await rows('officer2')).rows.some((r) => r[0] === reviewed.number)).toBe(false);
    expect((await rows('sysadmin')).status).toBe(403);
  });
});
