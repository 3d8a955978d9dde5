import { isIsoDate } from '@minsheng/rules/engine/dates.ts';
import { yuanToFen } from '@minsheng/rules/engine/money.ts';
import ExcelJS from 'exceljs';
import { invalid } from '../../../platform/errors.ts';
import { sheetRows } from '../../cases/finance/cases-bank-return.ts';

/**
 * The bank's repayment file (还款明细): one line per repayment booked by the bank — contract
 * number, date paid, principal, interest, the bank's transaction reference. Read from xlsx (or
 * UTF-8 csv); every cell problem of every line is collected with its sheet row, in Chinese.
 */

export const MAX_REPAYMENT_LINES = 5000;

export const repaymentColumns = [
  { key: 'contractNumber', header: '借款合同编号', width: 22 },
  { key: 'paidOn', header: '还款日期', width: 14 },
  { key: 'principal', header: '归还本金（元）', width: 16 },
  { key: 'interest', header: '支付利息（元）', width: 16 },
  { key: 'bankRef', header: '银行流水号', width: 26 },
] as const;
type ColumnKey = (typeof repaymentColumns)[number]['key'];

export interface RepaymentLine {
  row: number;
  contractNumber: string;
  paidOn: string;
  principalFen: number;
  interestFen: number;
  bankRef: string;
}
export interface RowError {
  row: number;
  message: string;
}

const AMOUNT = /^\d{1,9}(\.\d{1,2})?$/;
const REF = /^[A-Za-z0-9\-_/]{4,64}$/;

/** A repayment file with the template's headers (text cells) and the given lines, in column order. */
export async function repaymentWorkbook(lines: readonly (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '民生平台';
  const ws = wb.addWorksheet('还款明细');
  ws.columns = repaymentColumns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: { numFmt: '@' },
  }));
  ws.getRow(1).font = { bold: true };
  for (const l of lines) ws.addRow(l);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The template a bank fills in from its core system (two example lines). */
export const repaymentTemplate = () =>
  repaymentWorkbook([
    ['YH-2026-0001', '2026-11-20', '2083.33', '181.25', 'HK20261120001'],
    ['YH-2026-0002', '2026-11-20', '1250.00', '108.75', 'HK20261120002'],
  ]);

function amountFen(raw: string, label: string, errors: string[]): number {
  const text = raw.replace(/,/g, '');
  if (!AMOUNT.test(text)) {
    errors.push(`${label}须为不小于0、最多两位小数的金额（填写的是「${raw || '空'}」）`);
    return 0;
  }
  return yuanToFen(text);
}

/**
 * The lines of a repayment file and the problems found in its cells. A missing column, an unreadable
 * file or too many lines refuse the file at once (nothing to check line by line).
 */
export async function readRepaymentFile(
  buffer: Buffer,
  fileName: string,
): Promise<{ lines: RepaymentLine[]; errors: RowError[] }> {
  const [header = [], ...body] = await sheetRows(buffer, fileName);
  const byHeader = new Map<string, ColumnKey>(
    repaymentColumns.map((c) => [c.header.replace(/\s/g, ''), c.key]),
  );
  const columns = new Map<number, ColumnKey>();
  header.forEach((h, i) => {
    const key = byHeader.get(h.replace(/\s/g, ''));
    if (key) columns.set(i, key);
  });
  const missing = repaymentColumns.filter((c) => ![...columns.values()].includes(c.key));
  if (missing.length > 0) throw invalid(`还款明细缺少列：${missing.map((c) => c.header).join('、')}`);
  const lines: RepaymentLine[] = [];
  const errors: RowError[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    const raw = {} as Record<ColumnKey, string>;
    for (const [col, key] of columns) raw[key] = cells[col]?.trim() ?? '';
    if (Object.values(raw).every((v) => !v)) return;
    const problems: string[] = [];
    if (!raw.contractNumber) problems.push('借款合同编号不能为空');
    else if (raw.contractNumber.length > 64) problems.push('借款合同编号不能超过64个字符');
    if (!isIsoDate(raw.paidOn))
      problems.push(`还款日期须为有效日期，如 2026-11-20（填写的是「${raw.paidOn || '空'}」）`);
    const principalFen = amountFen(raw.principal, '归还本金', problems);
    const interestFen = amountFen(raw.interest || '0', '支付利息', problems);
    if (!REF.test(raw.bankRef)) problems.push('银行流水号须为4至64位字母、数字或 - _ /');
    if (!problems.length && principalFen === 0 && interestFen === 0) problems.push('本金和利息不能都为0');
    for (const message of problems) errors.push({ row, message });
    if (problems.length === 0)
      lines.push({
        row,
        contractNumber: raw.contractNumber,
        paidOn: raw.paidOn,
        principalFen,
        interestFen,
        bankRef: raw.bankRef,
      });
  });
  if (lines.length + errors.length === 0) throw invalid('还款明细中没有数据行');
  if (body.length > MAX_REPAYMENT_LINES) throw invalid(`还款明细最多 ${MAX_REPAYMENT_LINES} 行，请分批上传`);
  return { lines, errors };
}
