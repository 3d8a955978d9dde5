import { PassThrough, Readable } from 'node:stream';
import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importKinds } from '../../imports.ts';
import { persons } from '../../modules/registry/persons/persons.schema.ts';
import { createTestApp } from '../../test/test-app.ts';
import {
  type CellInput,
  importActor,
  personHeaders,
  personRow,
  residentId,
  withWrongCheckDigit,
  workbook,
} from './import-fixtures.ts';
import type { ImportKind } from './importer.ts';
import { importStaging } from './imports.schema.ts';
import { runImport } from './run-import.ts';

const t = await createTestApp();
const kind = importKinds.persons!;
const actor = importActor(t.city.city, 'person:write');

const personCount = async () => Number((await t.db.select({ n: count() }).from(persons))[0]!.n);
const stagedCount = async () => Number((await t.db.select({ n: count() }).from(importStaging))[0]!.n);

/** Imports rows with `workers` threads (0: on the main thread); the outcome and the error workbook's rows. */
async function importWith(workers: number, rows: CellInput[][], k: ImportKind = kind) {
  const content = await workbook(personHeaders, rows);
  const errorBytes: Buffer[] = [];
  const out = await runImport({
    db: t.db,
    kind: k,
    actor,
    cipher: t.services.cipher,
    input: Readable.from([content]),
    size: content.length,
    fileName: 'rows.xlsx',
    today: t.today(),
    defaultOrgId: t.city.community1.id,
    workers,
    errorOutput: () => {
      const out = new PassThrough();
      out.on('data', (c: Buffer) => errorBytes.push(c));
      return out;
    },
  });
  const sheet: unknown[][] = [];
  if (errorBytes.length > 0) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(errorBytes) as unknown as ArrayBuffer);
    wb.worksheets[0]!.eachRow((r) => void sheet.push(r.values as unknown[]));
  }
  return { ...out, sheet };
}

/** 2 500 valid rows (three chunks), distinct IDs under `birth`. */
const validRows = (birth: string, name: string) =>
  Array.from({ length: 2500 }, (_, i) =>
    personRow(
      residentId(`${birth}${String(1 + Math.floor(i / 1000)).padStart(2, '0')}`, i % 1000),
      `${name}${i}`,
    ),
  );

describe('Row checks in worker threads', () => {
  it('reports exactly the errors of the main-thread checks, in file order, across chunks', async () => {
    const rows = validRows('197703', '甲');
    rows[10] = personRow(withWrongCheckDigit(residentId('19800101', 1)), '校验码错'); // row 12
    rows[999] = personRow('370983199302291234', '日期错'); // row 1001: last row of the first chunk
    rows[1000] = ['', '缺号码', '汉族', '大学本科', '城镇', '本市', '', '', null]; // row 1002
    rows[1500] = [residentId('19810101', 2), '民族错', '火星族', '大学本科', '城镇', '本市', '', '', null];
    rows[1800] = [residentId('19810101', 3), '电话错', '汉族', '大学本科', '城镇', '本市', '12345', '', null];
    rows[2200] = rows[5]!; // same ID as row 7, two chunks later
    rows[2300] = personRow(residentId('19810101', 4), '机构错', '不存在社区');
    rows[2400] = personRow((2 ** 60) as unknown as string, '数字号码'); // an 18-digit number cell
    const before = await personCount();

    const inline = await importWith(0, rows);
    const pooled = await importWith(2, rows);

    expect(inline.summary).toEqual({ kind: 'persons', total: 2500, imported: 0, unchanged: 0, errors: 8 });
    expect(pooled.summary).toEqual(inline.summary);
    expect(pooled.errors).toEqual(inline.errors);
    expect(pooled.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [12, '公民身份号码', '公民身份号码校验码错误，请核对后重新填写'],
      [1001, '公民身份号码', '公民身份号码中的出生日期19930229不是有效日期'],
      [1002, '公民身份号码', '「公民身份号码」为必填项'],
      [1502, '民族', '「民族」取值「火星族」不在字典中'],
      [1802, '联系电话', '联系电话应为 11 位手机号码'],
      [2202, '公民身份号码', '与第 7 行重复'],
      [2302, '所属机构', '所属机构「不存在社区」不存在或不在您的管辖范围内'],
      [2402, '公民身份号码', '号码被存成了数字，末几位已丢失；请把该列设为“文本”格式后重新填写'],
    ]);
    expect(pooled.sheet).toEqual(inline.sheet);
    expect(pooled.sheet).toHaveLength(9);
    expect(await personCount()).toBe(before);
    expect(await stagedCount()).toBe(0);
  });

  it('stores the persons the main-thread checks would store: same fields, hashes and ciphertexts that decrypt', async () => {
    const rows = validRows('197704', '乙');
    const pooled = await importWith(2, rows);
    expect(pooled.summary).toMatchObject({ total: 2500, imported: 2500, unchanged: 0, errors: 0 });
    // The main-thread checks find every row stored exactly as they would have stored it.
    const inline = await importWith(0, rows);
    expect(inline.summary).toMatchObject({ total: 2500, imported: 0, unchanged: 2500, errors: 0 });

    const id = residentId('19770402', 7);
    const [p] = await t.db
      .select()
      .from(persons)
      .where(eq(persons.idNumberHash, t.services.cipher.lookupHash(id)));
    expect(p).toMatchObject({
      name: '乙1007',
      gender: '1',
      birthDate: '1977-04-02',
      idNumberMasked: `${id.slice(0, 4)}**********${id.slice(-4)}`,
      phoneHash: t.services.cipher.lookupHash('13800000000'),
      orgId: t.city.community1.id,
      ethnicity: '01',
      createdBy: actor.userId,
    });
    expect(t.services.cipher.decrypt(p!.idNumberEnc)).toBe(id);
    expect(t.services.cipher.decrypt(p!.phoneEnc!)).toBe('13800000000');
  });

  it('fails the whole import when someone registers one of its persons meanwhile, keeping none of it', async () => {
    const rows = validRows('197707', '丁');
    const taken = residentId('19770703', 5); // row 2007, in the third chunk
    let calls = 0;
    const racing: ImportKind = {
      ...kind,
      // Once the third chunk was checked against the database, another officer registers one of its persons.
      async existing(db, keys) {
        const found = await kind.existing(db, keys);
        if (++calls === 3)
          await t.db.insert(persons).values({
            idNumberEnc: t.services.cipher.encrypt(taken),
            idNumberHash: t.services.cipher.lookupHash(taken),
            idNumberMasked: 'masked',
            name: '他人登记',
            gender: '1',
            birthDate: '1977-07-03',
            hukouType: '10',
            hukouPlace: '10',
            orgId: t.city.community1.id,
            orgPath: t.city.community1.path,
          });
        return found;
      },
    };
    const before = await personCount();
    await expect(importWith(1, rows, racing)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '导入期间有相同记录被他人登记，本次未导入任何数据，请重新导入',
    });
    expect(await personCount()).toBe(before + 1);
    expect(await stagedCount()).toBe(0);
  });

  for (const [what, name] of [
    ['dies', '线程退出'],
    ['throws', '线程异常'],
  ] as const) {
    it(`fails the whole import with a Chinese message when a worker ${what} midway, keeping nothing`, async () => {
      const crashing: ImportKind = {
        ...kind,
        rowModule: new URL('./crashing-rows.fixture.ts', import.meta.url).href,
      };
      const rows = validRows(what === 'dies' ? '197705' : '197706', '丙');
      const seq = what === 'dies' ? 5 : 6;
      rows[2300] = personRow(residentId('19820101', seq), name); // in the third chunk: two are written by then
      const before = await personCount();
      await expect(importWith(1, rows, crashing)).rejects.toMatchObject({
        code: 'INTERNAL',
        message: '导入校验线程意外出错，本次未导入任何数据，请重新导入；如仍失败请联系管理员',
      });
      expect(await personCount()).toBe(before);
      expect(await stagedCount()).toBe(0);
      // The same rows without the failing one import in full afterwards.
      rows[2300] = personRow(residentId('19820101', seq), '正常');
      expect((await importWith(1, rows, crashing)).summary).toMatchObject({ imported: 2500, errors: 0 });
    });
  }
});
