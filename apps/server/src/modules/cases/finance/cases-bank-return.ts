import ExcelJS from 'exceljs';
import { z } from 'zod';
import { invalid } from '../../../platform/errors.ts';
import { BANK_REFERENCE } from './cases-finance.rules.ts';
import type { BankReturn } from './cases-payments.service.ts';

/**
 * The bank's return file (银行回单) for a payment plan: one line per payment instruction with the
 * bank's result. Read from xlsx or csv, checked line by line (every problem of every line, in
 * Chinese, with the sheet's row number), then handed to the payments service as `entries`.
 */

export const MAX_RETURN_LINES = 5000;

export const bankReturnColumns = [
  { key: 'key', header: '支付指令号', width: 22 },
  { key: 'result', header: '结果', width: 10 },
  { key: 'bankReference', header: '银行流水号', width: 24 },
  { key: 'reason', header: '失败原因', width: 30 },
] as const;
type ColumnKey = (typeof bankReturnColumns)[number]['key'];
type RawLine = Partial<Record<ColumnKey, string>>;

export interface ReturnLine extends BankReturn {
  rowNo: number;
}

const results: Record<string, BankReturn['result']> = {
  成功: 'paid',
  支付成功: 'paid',
  已支付: 'paid',
  失败: 'failed',
  支付失败: 'failed',
};

const text = (max: number) => z.string().trim().max(max, `不能超过 ${max} 个字`);
const LineSchema = z
  .object({
    key: text(100).min(1, '支付指令号不能为空'),
    result: z
      .string()
      .trim()
      .refine((r) => r in results, '结果须为「成功」或「失败」'),
    bankReference: text(64).optional(),
    reason: text(500).optional(),
  })
  .superRefine((line, ctx) => {
    const paid = results[line.result] === 'paid';
    if (paid && !BANK_REFERENCE.test(line.bankReference ?? ''))
      ctx.addIssue({
        code: 'custom',
        path: ['bankReference'],
        message: '支付成功须填写银行流水号（4至64位字母、数字或 - _ /）',
      });
    if (results[line.result] === 'failed' && !line.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '支付失败须填写失败原因' });
  });

/** The template finance fills in from the bank's statement. */
export async function bankReturnTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('银行回单');
  ws.columns = bankReturnColumns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const c of bankReturnColumns) ws.getColumn(c.key).numFmt = '@';
  ws.addRow({ key: 'MS-2026-000001-1', result: '成功', bankReference: 'BANK20261125001' });
  ws.addRow({ key: 'MS-2026-000002-1', result: '失败', reason: '账户已销户' });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}

/** Splits one CSV line, honouring double quotes ("a,b" and "" inside quotes). */
export function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/** The cells of the first sheet (xlsx) or of a UTF-8 csv, as text, row by row. */
export async function sheetRows(buffer: Buffer, fileName: string): Promise<string[][]> {
  if (/\.csv$/i.test(fileName)) {
    // Banks' exports are often GBK; UTF-8 (with or without BOM) is what we read.
    const content = buffer.toString('utf8').replace(/^\uFEFF/, '');
    return content.split(/\r?\n/).map(csvCells);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw invalid('无法读取上传的文件，请上传银行回单模板（.xlsx）或 UTF-8 编码的 .csv 文件');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw invalid('上传的文件中没有工作表');
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNo) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    rows[rowNo - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}

/** Maps the header row (any column order) to column keys; missing headers are an error. */
function headerMap(header: string[]): Map<number, ColumnKey> {
  const byHeader = new Map<string, ColumnKey>(bankReturnColumns.map((c) => [c.header, c.key]));
  const map = new Map<number, ColumnKey>();
  header.forEach((h, i) => {
    const key = byHeader.get(h.replace(/\s/g, ''));
    if (key) map.set(i, key);
  });
  const missing = bankReturnColumns.filter((c) => c.key !== 'reason' && ![...map.values()].includes(c.key));
  if (missing.length > 0) throw invalid(`银行回单缺少列：${missing.map((c) => c.header).join('、')}`);
  return map;
}

/**
 * Reads and checks a bank return file. Any bad line → 422 listing every problem by row
 * (`details: [{ path: '第3行', message }]`) and nothing is applied.
 */
export async function readBankReturn(buffer: Buffer, fileName: string): Promise<ReturnLine[]> {
  const [header = [], ...body] = await sheetRows(buffer, fileName);
  const columns = headerMap(header);
  const lines: ReturnLine[] = [];
  const errors: { path: string; message: string }[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, i) => {
    const rowNo = i + 2;
    const raw: RawLine = {};
    for (const [col, key] of columns) raw[key] = cells[col]?.trim() ?? '';
    if (Object.values(raw).every((v) => !v)) return;
    const parsed = LineSchema.safeParse({
      ...raw,
      bankReference: raw.bankReference || undefined,
      reason: raw.reason || undefined,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ path: `第${rowNo}行`, message: issue.message });
      return;
    }
    const { key, result, bankReference, reason } = parsed.data;
    const earlier = seen.get(key);
    if (earlier) errors.push({ path: `第${rowNo}行`, message: `支付指令号与第${earlier}行重复` });
    seen.set(key, rowNo);
    lines.push({ rowNo, key, result: results[result]!, bankReference, reason });
  });
  if (errors.length > 0)
    throw invalid(`银行回单有 ${errors.length} 处错误，未登记任何支付结果，请修改后重新上传`, errors);
  if (lines.length === 0) throw invalid('银行回单中没有数据行');
  if (lines.length > MAX_RETURN_LINES) throw invalid(`银行回单最多 ${MAX_RETURN_LINES} 行，请分批上传`);
  return lines;
}
