import ExcelJS from 'exceljs';
import type { ImportColumn, ImportKind } from './importer.ts';

/** Data-validation ranges reach this row: enough for a city-scale file, one sqref per column. */
export const TEMPLATE_ROWS = 200_001;
export const LISTS_SHEET = '下拉选项';

type WithValidations = { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } };

const colLetter = (n: number): string => {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
};

function headerNote(c: ImportColumn): string {
  const parts = [c.required ? '必填' : '选填'];
  if (c.type === 'date') parts.push('日期，如 2026-03-01');
  if (c.type === 'dict' || c.type === 'choice') parts.push('请从下拉列表中选择');
  if (c.type === 'org') parts.push('机构名称或区划代码；留空则为导入时选择的机构');
  if (c.note) parts.push(c.note);
  if (c.example) parts.push(`示例：${c.example}`);
  return parts.join('；');
}

/**
 * The import template of a kind: Chinese headers (required ones in red) with a note giving the
 * format and an example, text format for number-like codes, date format for dates, and drop-downs
 * from the live dictionaries and the uploader's organisations. Lists live on a hidden sheet, so
 * long lists work (Excel limits an inline list to 255 characters).
 */
export async function buildTemplate(
  kind: Pick<ImportKind, 'label' | 'columns'>,
  lists: { labels: Map<string, string[]>; orgs: string[] },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '民生平台';
  const ws = wb.addWorksheet(`${kind.label}导入`, { views: [{ state: 'frozen', ySplit: 1 }] });
  const listSheet = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  ws.columns = kind.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width ?? Math.max(12, c.header.length * 2 + 4),
    style:
      c.type === 'date'
        ? { numFmt: 'yyyy-mm-dd' }
        : c.type === 'code' || c.type === 'text'
          ? { numFmt: '@' }
          : {},
  }));
  let listCol = 0;
  const listRange = (values: string[]) => {
    listCol++;
    const letter = colLetter(listCol);
    values.forEach((v, i) => {
      listSheet.getCell(`${letter}${i + 1}`).value = v;
    });
    return `'${LISTS_SHEET}'!$${letter}$1:$${letter}$${Math.max(1, values.length)}`;
  };
  const validations = (ws as unknown as WithValidations).dataValidations;
  kind.columns.forEach((c, i) => {
    const letter = colLetter(i + 1);
    const cell = ws.getCell(`${letter}1`);
    cell.font = { bold: true, color: { argb: c.required ? 'FFC00000' : 'FF000000' } };
    cell.note = headerNote(c);
    const range = `${letter}2:${letter}${TEMPLATE_ROWS}`;
    const values =
      c.type === 'dict'
        ? (lists.labels.get(c.dict!) ?? [])
        : c.type === 'choice'
          ? Object.keys(c.choices ?? {})
          : c.type === 'org'
            ? lists.orgs
            : null;
    if (values) {
      validations.add(range, {
        type: 'list',
        allowBlank: !c.required,
        formulae: [listRange(values)],
        showErrorMessage: true,
        errorTitle: '取值无效',
        error: `请从下拉列表中选择「${c.header}」`,
      });
    } else if (c.type === 'date') {
      validations.add(range, {
        type: 'date',
        operator: 'between',
        allowBlank: true,
        formulae: [new Date(Date.UTC(1900, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
        showErrorMessage: true,
        errorTitle: '日期无效',
        error: '请填写有效日期，如 2026-03-01',
      });
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
