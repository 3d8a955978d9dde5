import { chineseDate } from '@minsheng/rules/engine/chinese-date.ts';
import ExcelJS from 'exceljs';
import type { Figures } from './report-figures.ts';
import type { ReportPeriod } from './report-period.ts';
import { reportTable } from './report-table.ts';
import type { ReportTemplate } from './report-templates.ts';

export interface ReportSheet {
  template: ReportTemplate;
  period: ReportPeriod;
  orgName: string;
  figures: Figures;
  version: number;
  reason: string | null;
  unitHead: string | null;
  preparer: string | null;
  submittedOn: string | null;
}

const thin = { style: 'thin' } as const;
const border = { top: thin, left: thin, bottom: thin, right: thin };
const center = { horizontal: 'center', vertical: 'middle', wrapText: true } as const;
/** 甲乙丙 number the descriptive columns, 1, 2 … the figures, as on the statistics forms */
const letters = ['甲', '乙', '丙'];

/**
 * A report version as the familiar statistics table: title, 表号 and 制定机关, 填报单位 and 报告期,
 * a two-row header with the figures merged under 数值, the column numbering row, the rows, and
 * the 单位负责人 / 填表人 / 报出日期 footer.
 */
export async function reportWorkbook(s: ReportSheet): Promise<Buffer> {
  const { template: t } = s;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(s.period.label, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const width = 3 + t.columns.length;
  ws.columns = [{ width: 36 }, { width: 6 }, { width: 9 }, ...t.columns.map(() => ({ width: 14 }))];
  const line = (row: number, text: string, align: 'left' | 'center' | 'right' = 'left') => {
    ws.mergeCells(row, 1, row, width);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.alignment = { horizontal: align, vertical: 'middle' };
    return cell;
  };

  line(1, t.title, 'center').font = { bold: true, size: 16 };
  ws.getRow(1).height = 28;
  line(2, `表号：${t.formNumber}　　制定机关：${t.prescribedBy}`, 'right');
  line(3, `填报单位：${s.orgName}　　报告期：${s.period.label}　　计量单位：人、%`);

  ws.addRow(['指标名称', '代码', '计量单位', '数值']);
  ws.addRow(['', '', '', ...t.columns.map((c) => c.label)]);
  ws.addRow([...letters, ...t.columns.map((_, i) => String(i + 1))]);
  for (const c of [1, 2, 3]) ws.mergeCells(4, c, 5, c);
  ws.mergeCells(4, 4, 4, width);

  reportTable(t, s.figures).rows.forEach((row, i) => {
    ws.addRow([
      `${row.indent ? '　　其中：' : ''}${row.label}`,
      i + 1,
      row.unit,
      ...row.cells.map((c) => c?.value ?? '—'),
    ]);
  });
  const last = 6 + t.rows.length;
  for (let r = 4; r <= last; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.border = border;
      if (r <= 6 || c > 1) cell.alignment = center;
      if (r <= 5) cell.font = { bold: true };
      if (r > 6 && c > 3) cell.numFmt = t.rows[r - 7]?.unit === '%' ? '0.00' : '0';
    }
  }

  const footer = last + 2;
  line(
    footer,
    `单位负责人：${s.unitHead ?? ''}　　填表人：${s.preparer ?? ''}　　报出日期：${s.submittedOn ? chineseDate(s.submittedOn) : '（未上报）'}`,
  );
  line(footer + 1, `第 ${s.version} 版${s.reason ? `（更正原因：${s.reason}）` : ''}`).font = { size: 9 };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
