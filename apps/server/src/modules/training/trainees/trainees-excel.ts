import { maskResidentId } from '@minsheng/rules/national/resident-id.ts';
import ExcelJS from 'exceljs';
import { DomainError, invalid } from '../../../platform/errors.ts';
import type { ImportColumn, ParsedCells, RowIssue } from '../../../platform/excel-import/importer.ts';
import { isBlankRow, mapHeaders, parseRow } from '../../../platform/excel-import/parse-row.ts';
import { buildTemplate } from '../../../platform/excel-import/template.ts';

/** One upload is one class: at most its capacity (1 000) for enrolment, a few months of days for attendance. */
export const MAX_SHEET_ROWS = 20_000;

const ID_COLUMN: ImportColumn = {
  key: 'idNumber',
  header: '公民身份号码',
  type: 'code',
  required: true,
  personal: true,
  width: 22,
  example: '370983199001011234',
};

export const enrolSheet = {
  label: '学员报名',
  columns: [
    ID_COLUMN,
    {
      key: 'name',
      header: '姓名',
      type: 'text',
      maxLength: 50,
      note: '用于核对，须与人员登记一致',
      example: '张三',
    },
  ] satisfies ImportColumn[],
};

export const attendanceSheet = {
  label: '学员签到',
  columns: [
    ID_COLUMN,
    { key: 'onDate', header: '签到日期', type: 'date', required: true, example: '2026-09-01' },
  ],
} satisfies { label: string; columns: ImportColumn[] };

export type SheetSpec = { label: string; columns: ImportColumn[] };

export const sheetTemplate = (spec: SheetSpec) => buildTemplate(spec, { labels: new Map(), orgs: [] });

export interface SheetRow {
  rowNo: number;
  cells: ParsedCells;
  issues: RowIssue[];
}

/**
 * The rows of an uploaded sheet (first worksheet, headers in row 1 in any order), each with its
 * cells parsed by the platform's column rules or the Chinese messages of its bad cells.
 */
export async function readSheet(spec: SheetSpec, buffer: Buffer): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw invalid(`无法读取上传的文件，请使用${spec.label}模板（.xlsx）`);
  }
  const ws = wb.worksheets[0];
  if (!ws) throw invalid('上传的文件中没有工作表');
  const at = mapHeaders(spec.columns, ws.getRow(1).values as unknown[]);
  const noLookups = { dicts: new Map(), orgs: new Map(), defaultOrg: { id: 0, path: '', name: '' } };
  const rows: SheetRow[] = [];
  ws.eachRow((row, rowNo) => {
    const values = row.values as unknown[];
    if (rowNo === 1 || isBlankRow(values)) return;
    const { cells, issues } = parseRow(spec.columns, at, values, noLookups);
    rows.push({ rowNo, cells, issues });
  });
  if (rows.length === 0) throw invalid('上传的文件中没有数据行');
  if (rows.length > MAX_SHEET_ROWS) throw invalid(`一次最多上传 ${MAX_SHEET_ROWS} 行，请分批上传`);
  return rows;
}

/** What became of one sheet row: accepted, or refused with the reasons in Chinese. */
export interface RowOutcome {
  row: number;
  idNumberMasked: string | null;
  name: string | null;
  accepted: boolean;
  messages: string[];
}

/**
 * Runs `handle` on each row whose cells parsed, in sheet order; a DomainError it throws becomes the
 * row's reason and the next row goes on. The ID number of a row is given masked only.
 */
export async function eachRow(
  rows: SheetRow[],
  handle: (row: SheetRow, idNumber: string, out: RowOutcome) => Promise<void>,
): Promise<RowOutcome[]> {
  const outcomes: RowOutcome[] = [];
  for (const r of rows) {
    const idNumber = typeof r.cells.idNumber === 'string' ? r.cells.idNumber : '';
    const out: RowOutcome = {
      row: r.rowNo,
      idNumberMasked: idNumber ? maskResidentId(idNumber) : null,
      name: null,
      accepted: false,
      messages: r.issues.map((i) => i.message),
    };
    outcomes.push(out);
    if (out.messages.length > 0) continue;
    try {
      await handle(r, idNumber, out);
      out.accepted = true;
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      out.messages.push(e.message);
    }
  }
  return outcomes;
}
