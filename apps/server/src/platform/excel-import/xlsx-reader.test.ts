import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openWorkbookReader } from './xlsx-reader.ts';

/** A sheet of `n` rows of Chinese text (inline or shared strings), as xlsx bytes. */
async function chineseSheet(n: number, useSharedStrings: boolean): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings });
  const ws = wb.addWorksheet('人员');
  for (let i = 0; i < n; i++) ws.addRow([`汉族${i}`, '城镇', `泰安市新城街道${i}号`]).commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

describe('streaming workbook reader', () => {
  for (const shared of [false, true]) {
    it(`reads every Chinese character of a large sheet intact (${shared ? 'shared' : 'inline'} strings)`, async () => {
      const n = 6000;
      const reader = openWorkbookReader(Readable.from([await chineseSheet(n, shared)]));
      let rows = 0;
      const bad: unknown[] = [];
      for await (const ws of reader) {
        for await (const row of ws) {
          const v = row.values as unknown[];
          const i = rows++;
          if (v[1] !== `汉族${i}` || v[2] !== '城镇' || v[3] !== `泰安市新城街道${i}号`) bad.push(v);
        }
      }
      expect(rows).toBe(n);
      expect(bad).toEqual([]);
    });
  }
});
