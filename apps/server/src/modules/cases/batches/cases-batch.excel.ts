import ExcelJS from 'exceljs';
import { invalid } from '../../../platform/errors.ts';
import { type Cell, type RawRosterRow, type RosterKey, rosterColumns } from './cases-batch.rules.ts';

/** A roster larger than this is split by the institution: one upload is one transaction. */
export const MAX_ROSTER_ROWS = 2000;

/** The template the institution fills in: the Chinese headers, one example row, text-formatted IDs. */
export async function rosterTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.columns = rosterColumns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  // ID and certificate numbers as text, or Excel turns 18 digits into 4.40402E+17.
  for (const key of ['idNumber', 'certificateNumber'] as const) ws.getColumn(key).numFmt = '@';
  ws.addRow({
    name: '张小三',
    idNumber: '440402199001011236',
    occupation: '电工',
    level: '三级/高级工',
    certificateNumber: 'ZH2026000001',
    issuedOn: '2026-03-02',
    issuer: '珠海市职业技能鉴定指导中心',
    obtainedBy: '培训鉴定',
    part: '培训费和鉴定费',
    remark: '示例行，上传前请删除',
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** exceljs' rich text, formula results and hyperlinks, unwrapped to a plain cell. */
function plain(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value as Cell;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return plain(value.result as ExcelJS.CellValue);
  if ('text' in value) return plain(value.text as ExcelJS.CellValue);
  return null;
}

// Headers as people retype them: full-width brackets, 公民身份号码 for 身份证号.
const normaliseHeader = (h: string) => h.replace(/\s/g, '').replace(/（/g, '(').replace(/）/g, ')');
const aliases: Record<string, RosterKey> = {
  公民身份号码: 'idNumber',
  身份证号码: 'idNumber',
  职业: 'occupation',
  工种: 'occupation',
  等级: 'level',
};

/**
 * Reads the first sheet of an uploaded roster: row 1 holds the headers (in any order), data rows
 * follow; blank rows are skipped. Row numbers are the sheet's, so messages point at what the
 * institution sees in Excel.
 */
export async function readRoster(buffer: Buffer): Promise<{ rowNo: number; raw: RawRosterRow }[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw invalid('无法读取上传的文件，请使用花名册模板（.xlsx）');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw invalid('上传的文件中没有工作表');
  const byHeader = new Map<string, RosterKey>(rosterColumns.map((c) => [normaliseHeader(c.header), c.key]));
  const columns = new Map<number, RosterKey>();
  ws.getRow(1).eachCell((cell, col) => {
    const h = normaliseHeader(String(plain(cell.value) ?? ''));
    const key = byHeader.get(h) ?? aliases[h];
    if (key) columns.set(col, key);
  });
  const missing = rosterColumns.filter((c) => c.required && ![...columns.values()].includes(c.key));
  if (missing.length > 0) throw invalid(`花名册缺少列：${missing.map((c) => c.header).join('、')}`);
  const rows: { rowNo: number; raw: RawRosterRow }[] = [];
  ws.eachRow((row, rowNo) => {
    if (rowNo === 1) return;
    const raw: RawRosterRow = {};
    for (const [col, key] of columns) raw[key] = plain(row.getCell(col).value);
    if (Object.values(raw).some((v) => v !== null && v !== undefined && String(v).trim() !== ''))
      rows.push({ rowNo, raw });
  });
  if (rows.length === 0) throw invalid('花名册中没有数据行');
  if (rows.length > MAX_ROSTER_ROWS) throw invalid(`花名册最多 ${MAX_ROSTER_ROWS} 行，请分批上传`);
  return rows;
}
