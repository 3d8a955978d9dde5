import ExcelJS from 'exceljs';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';

/**
 * A half-year / year-end report generated from the records (the training programme's, the
 * entrepreneurship plan's): what the screen, the print page and the sheet show.
 */
export interface PeriodReport {
  title: string;
  org: { id: number };
  period: { from: string; to: string; label: string };
  generatedOn: string;
  summary: string[];
  columns: string[];
  rows: string[][];
  total: string[];
  notes: string[];
}

const thin = { style: 'thin' } as const;
const border = { top: thin, left: thin, bottom: thin, right: thin };

/** A period report as a printable sheet: title, period, summary, the table and the counting rules. */
async function periodReportWorkbook(r: PeriodReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(r.period.label, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const width = r.columns.length;
  ws.columns = r.columns.map((_, i) => ({ width: i === 0 ? 22 : 14 }));
  const text = (value: string, opts: { bold?: boolean; size?: number; center?: boolean } = {}) => {
    const row = ws.addRow([value]);
    ws.mergeCells(row.number, 1, row.number, width);
    const cell = row.getCell(1);
    cell.alignment = { horizontal: opts.center ? 'center' : 'left', vertical: 'middle', wrapText: true };
    cell.font = { bold: opts.bold ?? false, size: opts.size ?? 11 };
    return row;
  };
  text(r.title, { bold: true, size: 16, center: true }).height = 28;
  text(`报告期：${r.period.label}（${r.period.from}至${r.period.to}）　　生成日期：${r.generatedOn}`);
  text('一、总体情况', { bold: true });
  for (const s of r.summary) text(s).height = 30;
  text('二、分单位情况', { bold: true });
  const first = ws.addRow(r.columns).number;
  for (const row of r.rows) ws.addRow(row.map(numeric));
  const last = ws.addRow(r.total.map(numeric)).number;
  for (let i = first; i <= last; i++)
    ws.getRow(i).eachCell({ includeEmpty: true }, (cell, c) => {
      cell.border = border;
      cell.alignment = { horizontal: c === 1 ? 'left' : 'center', vertical: 'middle', wrapText: true };
      if (i === first || i === last) cell.font = { bold: true };
    });
  text('三、统计口径', { bold: true });
  for (const n of r.notes) text(n).height = 30;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Counts as numbers (so the sheet sums), rates and dashes as text. */
const numeric = (v: string) => (/^\d+$/.test(v) ? Number(v) : v);

/** The report as an xlsx download; the export is audited (figures only, no personal data). */
export async function auditedReportXlsx(
  db: Db,
  actor: Actor,
  r: PeriodReport,
  audit: { action: string; detail: Record<string, unknown> },
) {
  await recordAudit(db, actor, {
    action: audit.action,
    targetType: 'organisation',
    targetId: r.org.id,
    detail: { from: r.period.from, to: r.period.to, ...audit.detail },
  });
  return { fileName: `${r.title}（${r.period.label}）.xlsx`, workbook: await periodReportWorkbook(r) };
}
