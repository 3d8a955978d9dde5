import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { invalid } from '../errors.ts';

/** Rows one export may hold: beyond this a list is a data extract, not a 台账, and should be narrowed. */
export const EXPORT_ROW_LIMIT = 50_000;
const PAGE = 500;

export interface ExportColumn<T> {
  header: string;
  width: number;
  value: (row: T) => string | number | null | undefined;
}

export interface ListExport<T> {
  sheetName: string;
  columns: ExportColumn<T>[];
  /** One page (1-based) of the list exactly as the screen shows it: same filter, same scope. */
  page: (page: number, pageSize: number) => Promise<{ items: T[]; total: number }>;
  /** The audit record: action (e.g. `employer.export`), target type and the filter used. */
  audit: { action: string; targetType: string; filter: Record<string, unknown> };
}

/**
 * Streams a filtered list as xlsx (exceljs' streaming writer, page by page, so memory stays flat).
 * The export is audited with its filter and row count before the first byte leaves; lists hold
 * masked ID and phone numbers only, so nothing personal is revealed here.
 */
export async function exportList<T>(db: Db, actor: Actor, spec: ListExport<T>) {
  const first = await spec.page(1, PAGE);
  if (first.total > EXPORT_ROW_LIMIT) {
    throw invalid(`导出条数 ${first.total} 超过 ${EXPORT_ROW_LIMIT} 条，请缩小查询范围后再导出`);
  }
  await db.transaction((tx) =>
    recordAudit(tx, actor, {
      action: spec.audit.action,
      targetType: spec.audit.targetType,
      detail: { filter: spec.audit.filter, rows: first.total },
    }),
  );
  const stream = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(spec.sheetName);
  ws.columns = spec.columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width }));
  const write = async () => {
    let items = first.items;
    for (let page = 1; items.length > 0; ) {
      for (const item of items) ws.addRow(spec.columns.map((c) => c.value(item) ?? '')).commit();
      if (items.length < PAGE) break;
      items = (await spec.page(++page, PAGE)).items;
    }
    ws.commit();
    await wb.commit();
  };
  write().catch((e: unknown) => stream.destroy(e as Error));
  return { stream: stream as Readable, rows: first.total };
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a workbook (stream or buffer) as a download with a Chinese file name (RFC 5987). */
export function sendXlsx(reply: FastifyReply, fileName: string, workbook: Readable | Buffer) {
  return reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(workbook);
}
