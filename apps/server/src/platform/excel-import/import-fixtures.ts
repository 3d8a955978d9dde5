import { createWriteStream } from 'node:fs';
import { residentIdCheckDigit } from '@minsheng/rules/national/resident-id.ts';
import ExcelJS from 'exceljs';
import { personsImport } from '../../modules/registry/persons/persons.import.ts';
import { type Actor, systemActor } from '../access/actor.ts';
import type { Permission } from '../access/permissions.ts';

export type CellInput = string | number | Date | null;

/** A resident ID of district 370983 with a valid check digit: birth date YYYYMMDD, sequence 0–999. */
export function residentId(birth: string, seq: number): string {
  const first17 = `370983${birth}${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckDigit(first17);
}

/** The same number with a wrong check digit. */
export function withWrongCheckDigit(id: string): string {
  const wrong = id.endsWith('0') ? '1' : '0';
  return id.slice(0, 17) + wrong;
}

export const personHeaders = personsImport.columns.map((c) => c.header);

/** A small workbook (header row + rows) as the bytes of an .xlsx file. */
export async function workbook(headers: string[], rows: CellInput[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('数据');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** One valid person row in template column order: ID, name, 民族, 文化程度, 户口性质, 户籍地类别, phone, address, org. */
export const personRow = (id: string, name: string, org: string | null = null): CellInput[] => [
  id,
  name,
  '汉族',
  '大学本科',
  '城镇',
  '本市',
  '13800000000',
  '泰安市新城街道1号',
  org,
];

/**
 * A large person workbook written with exceljs' streaming writer (memory flat however many rows),
 * distinct valid IDs: birth dates walk day by day from 1960, sequences 0–999.
 */
export async function writePersonsFile(path: string, n: number, org: string | null = null): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: createWriteStream(path),
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet('人员导入');
  ws.addRow(personHeaders).commit();
  const start = Date.UTC(1960, 0, 1);
  for (let i = 0; i < n; i++) {
    const day = new Date(start + Math.floor(i / 1000) * 86_400_000)
      .toISOString()
      .slice(0, 10)
      .replaceAll('-', '');
    ws.addRow(personRow(residentId(day, i % 1000), `导入${i}`, org)).commit();
  }
  ws.commit();
  await wb.commit();
}

/** An importer whose one role may `permission` over the whole tree below `org` (runImport tests). */
export const importActor = (org: { id: number; path: string }, permission: Permission): Actor => ({
  ...systemActor(org.id, org.path),
  roles: [
    {
      code: 'x',
      name: 'x',
      permissions: [permission],
      dataScope: 'all',
      customOrgPaths: [],
      adminClass: null,
    },
  ],
});
