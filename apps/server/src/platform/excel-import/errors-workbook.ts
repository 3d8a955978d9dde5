import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import type { ImportError } from './importer.ts';

/**
 * The error list of a rejected import as xlsx (row, column, cell as written, message), streamed
 * as errors are found so memory stays flat however many rows are bad.
 */
export function createErrorWorkbook(out: Writable) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet('错误清单');
  ws.columns = [
    { header: '行号', key: 'row', width: 8 },
    { header: '列', key: 'column', width: 18 },
    { header: '填写内容', key: 'value', width: 24 },
    { header: '错误说明', key: 'message', width: 60 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  return {
    add(e: ImportError) {
      ws.addRow(e).commit();
    },
    async close() {
      ws.commit();
      await wb.commit();
      await finished(out);
    },
  };
}

export type ErrorWorkbook = ReturnType<typeof createErrorWorkbook>;
