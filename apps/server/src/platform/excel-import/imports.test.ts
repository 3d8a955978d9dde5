import { Readable } from 'node:stream';
import { and, count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { importKinds } from '../../imports.ts';
import { persons } from '../../modules/registry/persons/persons.schema.ts';
import { createTestApp, type TestClient } from '../../test/test-app.ts';
import { auditLog } from '../audit/audit.schema.ts';
import { startJobWorker } from '../jobs/jobs.worker.ts';
import {
  type CellInput,
  importActor,
  personHeaders,
  personRow,
  residentId,
  withWrongCheckDigit,
  workbook,
} from './import-fixtures.ts';
import { importRows, upload } from './import-test-client.ts';
import type { ImportProgress } from './importer.ts';
import { IMPORT_JOB } from './imports.service.ts';
import { maskValue, runImport } from './run-import.ts';
import { firstSheetSize, readAtBuffer } from './zip-directory.ts';

const t = await createTestApp();
const worker = startJobWorker({
  db: t.db,
  handlers: { [IMPORT_JOB]: t.services.imports.handler },
  pollMs: 20,
});
afterAll(() => worker.stop());
const officer = await t.login('officer1');

const importFile = (client: TestClient, kind: string, rows: CellInput[][], headers = personHeaders) =>
  importRows(t, client, kind, headers, rows);

const personCount = async () => Number((await t.db.select({ n: count() }).from(persons))[0]!.n);

describe('Excel import of persons', () => {
  it('imports every row of a good file in one go, and a second import of the same file changes nothing', async () => {
    const before = await personCount();
    const rows = [
      personRow(residentId('19900307', 11), '张伟', '新城社区'),
      personRow(residentId('19850101', 22), '李娜', '370983001001'),
      personRow(residentId('19700615', 33), '王强'),
    ];
    const first = await importFile(officer, 'persons', rows);
    expect(first.job.status).toBe('succeeded');
    expect(first.job.result).toMatchObject({
      kind: 'persons',
      total: 3,
      imported: 3,
      unchanged: 0,
      errors: 0,
    });
    expect(await personCount()).toBe(before + 3);
    const list = await officer.get(`/api/persons?q=${residentId('19700615', 33)}`);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        name: '王强',
        gender: '1',
        birthDate: '1970-06-15',
        org: { id: t.city.street1.id, name: '新城街道' },
      }),
    ]);
    const zhang = await officer.get(`/api/persons?q=${residentId('19900307', 11)}`);
    expect(zhang.body.items[0]).toMatchObject({ org: { id: t.city.community1.id }, hukouType: 'urban' });

    const again = await importFile(officer, 'persons', rows);
    expect(again.job.result).toMatchObject({ total: 3, imported: 0, unchanged: 3, errors: 0 });
    expect(await personCount()).toBe(before + 3);
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'import.run'), eq(auditLog.targetType, 'persons')));
    expect(audits.map((a) => a.detail)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ fileName: 'data.xlsx', total: 3, imported: 3, unchanged: 0, errors: 0 }),
        expect.objectContaining({ fileName: 'data.xlsx', total: 3, imported: 0, unchanged: 3, errors: 0 }),
      ]),
    );
  });

  it('imports nothing from a file with bad rows and reports every bad row with row, column and message', async () => {
    const existing = residentId('19800202', 44);
    const created = await officer.post('/api/persons', {
      idNumber: existing,
      name: '赵敏',
      ethnicity: '01',
      education: '20',
      phone: '13800000000',
      address: '泰安市新城街道1号',
      hukouType: 'urban',
      hukouPlace: 'local',
      orgId: t.city.street1.id,
    });
    expect(created.status).toBe(200);
    const before = await personCount();
    const good = residentId('19920909', 55);
    const rows = [
      personRow(good, '孙丽'), // row 2: fine on its own
      personRow(withWrongCheckDigit(residentId('19880808', 66)), '周杰'), // row 3
      personRow('370983199302291234', '吴昊'), // row 4: 1993-02-29 does not exist
      [...personRow(residentId('19750505', 77), '郑爽').slice(0, 2), '火星族', ...personRow('', '').slice(3)], // row 5
      personRow(good, '孙丽'), // row 6: same number as row 2
      personRow(existing, '赵敏敏'), // row 7: registered with another name
      personRow(residentId('19660606', 88), '钱多', '老城社区'), // row 8: street2, outside officer1's scope
    ];
    const { id, job } = await importFile(officer, 'persons', rows);
    expect(job.result).toMatchObject({ total: 7, imported: 0, errors: 6 });
    expect(job.result.errorList).toEqual([
      {
        row: 3,
        column: '公民身份号码',
        value: maskValue(withWrongCheckDigit(residentId('19880808', 66))),
        message: '公民身份号码校验码错误，请核对后重新填写',
      },
      {
        row: 4,
        column: '公民身份号码',
        value: '3709**********1234',
        message: '公民身份号码中的出生日期19930229不是有效日期',
      },
      { row: 5, column: '民族', value: '火星族', message: '「民族」取值「火星族」不在字典中' },
      { row: 6, column: '公民身份号码', value: maskValue(good), message: '与第 2 行重复' },
      { row: 7, column: '公民身份号码', value: maskValue(existing), message: '已存在且内容不同：姓名' },
      {
        row: 8,
        column: '所属机构',
        value: '老城社区',
        message: '所属机构「老城社区」不存在或不在您的管辖范围内',
      },
    ]);
    expect(await personCount()).toBe(before);

    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/imports/${id}/errors.xlsx`,
      headers: { cookie: officer.cookie },
    });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, '行号', '列', '填写内容', '错误说明']);
    expect(sheet.rowCount).toBe(7);
    expect(sheet.getRow(7).values).toEqual([
      undefined,
      8,
      '所属机构',
      '老城社区',
      '所属机构「老城社区」不存在或不在您的管辖范围内',
    ]);
    const other = await t.login('officer2');
    expect((await other.get(`/api/imports/${id}/errors.xlsx`)).status).toBe(404);
  });

  it('refuses a file that is not .xlsx, and a template without the required columns', async () => {
    const txt = await upload(t, officer, 'persons', Buffer.from('姓名,公民身份号码\n'), 'persons.csv');
    expect(txt).toMatchObject({
      status: 422,
      body: { message: '只能上传 .xlsx 格式的 Excel 文件（可先下载导入模板）' },
    });
    const { job } = await importFile(officer, 'persons', [['张三']], ['姓名']);
    expect(job).toMatchObject({
      status: 'failed',
      message: '第 1 行缺少必填列：「公民身份号码」、「户口性质」、「户籍地类别」，请使用导入模板',
    });
  });

  it('answers 403 to a role without the write permission and 404 to an unknown kind', async () => {
    const finance = await t.login('finance');
    expect((await finance.get('/api/imports/persons/template.xlsx')).status).toBe(403);
    expect((await officer.get('/api/imports/widgets/template.xlsx')).status).toBe(404);
    expect((await finance.get('/api/imports/kinds')).body.items).toEqual([]);
    const kinds = (await officer.get('/api/imports/kinds')).body.items.map((k: { kind: string }) => k.kind);
    expect(kinds).toEqual(expect.arrayContaining(['persons', 'employers', 'certificates']));
  });
});

describe('Excel import templates', () => {
  it('has the Chinese headers, text and date formats, and drop-downs from the live dictionaries', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/imports/certificates/template.xlsx',
      headers: { cookie: officer.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('职业资格证书导入模板.xlsx'));
    const zip = await JSZip.loadAsync(res.rawPayload);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const lists = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    // 证书等级 (column D) lists the certificate_level labels; 取得方式 (G) the fixed choices; 发证日期 (E) is a date.
    expect(sheet).toMatch(
      /<dataValidation type="list"[^>]*sqref="D2:D200001"><formula1>&apos;下拉选项&apos;!\$A\$1:\$A\$5<\/formula1>/,
    );
    expect(sheet).toMatch(
      /<dataValidation type="list"[^>]*sqref="G2:G200001"><formula1>&apos;下拉选项&apos;!\$B\$1:\$B\$4<\/formula1>/,
    );
    expect(sheet).toMatch(/<dataValidation type="date"[^>]*sqref="E2:E200001"/);
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    for (const s of [
      '持证人公民身份号码',
      '证书编号',
      '证书等级',
      '发证日期',
      '三级/高级工',
      '培训鉴定',
      '直接鉴定',
    ]) {
      expect(strings).toContain(s);
    }
    expect(lists).toContain('<c r="A5"');
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(/name="下拉选项"[^>]*state="hidden"|state="hidden"[^>]*name="下拉选项"/);

    const persons = await t.app.inject({
      method: 'GET',
      url: '/api/imports/persons/template.xlsx',
      headers: { cookie: officer.cookie },
    });
    const pzip = await JSZip.loadAsync(persons.rawPayload);
    const pstrings = await pzip.file('xl/sharedStrings.xml')!.async('string');
    // Organisations the officer may write to: street1 and its community, not street2.
    expect(pstrings).toContain('新城社区');
    expect(pstrings).not.toContain('老城社区');
  });
});

describe('Excel import of employers and certificates', () => {
  it('imports employers by credit code and reports a bad check character', async () => {
    const headers = importKinds.employers!.columns.map((c) => c.header);
    const good = [
      '91370900MA3C0000XH',
      '泰安示例制造有限公司',
      '企业',
      '制造业',
      '小型',
      '泰安市新城街道2号',
      '',
      null,
    ];
    const bad = await importFile(
      officer,
      'employers',
      [good, ['91370900MA3C0000X0', '坏代码公司', '企业', '制造业', '', '', '', null]],
      headers,
    );
    expect(bad.job.result.errorList).toEqual([
      expect.objectContaining({ row: 3, column: '统一社会信用代码', value: '91370900MA3C0000X0' }),
    ]);
    const ok = await importFile(officer, 'employers', [good], headers);
    expect(ok.job.result).toMatchObject({ total: 1, imported: 1, errors: 0 });
    const list = await officer.get('/api/employers?q=91370900MA3C0000XH');
    expect(list.body.items[0]).toMatchObject({
      name: '泰安示例制造有限公司',
      type: 'enterprise',
      industry: 'C',
      size: 'small',
    });
  });

  it('imports certificates of registered persons and refuses 29 February of a non-leap year', async () => {
    const holder = residentId('19900307', 11); // imported by the first test
    const headers = importKinds.certificates!.columns.map((c) => c.header);
    const row = (number: string, issued: CellInput): CellInput[] => [
      holder,
      number,
      '电工',
      '三级/高级工',
      issued,
      '泰安市职业技能鉴定指导中心',
      '培训鉴定',
    ];
    const bad = await importFile(
      officer,
      'certificates',
      [row('ZS-2025-001', '2025-02-29'), row('ZS-2025-002', new Date(Date.UTC(2025, 2, 1)))],
      headers,
    );
    expect(bad.job.result.errorList).toEqual([
      {
        row: 2,
        column: '发证日期',
        value: '2025-02-29',
        message: '「2025-02-29」不是有效日期：2025 年 2 月没有 29 日，2025 年不是闰年',
      },
    ]);
    const ok = await importFile(
      officer,
      'certificates',
      [row('ZS-2024-001', '2024-02-29'), row('ZS-2025-002', new Date(Date.UTC(2025, 2, 1)))],
      headers,
    );
    expect(ok.job.result).toMatchObject({ total: 2, imported: 2, errors: 0 });
    const person = (await officer.get(`/api/persons?q=${holder}`)).body.items[0];
    const certs = await officer.get(`/api/persons/${person.id}/certificates`);
    expect(
      certs.body.items.map((c: { number: string; issuedOn: string; level: string }) => [
        c.number,
        c.issuedOn,
        c.level,
      ]),
    ).toEqual([
      ['ZS-2024-001', '2024-02-29', '3'],
      ['ZS-2025-002', '2025-03-01', '3'],
    ]);
  });
});

describe('Excel import progress', () => {
  it('reports rows read while validating, then the write phase, then done', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) =>
      personRow(residentId(`1995010${1 + Math.floor(i / 1000)}`, i % 1000), `进度${i}`),
    );
    const content = await workbook(personHeaders, rows);
    const seen: ImportProgress[] = [];
    const actor = importActor(t.city.city, 'person:write');
    const out = await runImport({
      db: t.db,
      kind: importKinds.persons!,
      actor,
      cipher: t.services.cipher,
      input: Readable.from([content]),
      size: content.length,
      sheetBytes: await firstSheetSize(readAtBuffer(content), content.length),
      fileName: 'progress.xlsx',
      today: t.today(),
      onProgress: (p) => void seen.push(p),
    });
    expect(out.summary).toMatchObject({ total: 2500, imported: 2500, errors: 0 });
    expect(seen.map((p) => `${p.phase}:${p.rowsRead}`)).toEqual([
      'validate:0',
      'validate:1000',
      'validate:2000',
      'write:2500',
      'done:2500',
    ]);
    expect(seen.every((p) => p.totalEstimate >= p.rowsRead)).toBe(true);
    // The total is estimated from the sheet's uncompressed size in the zip directory: close from the start.
    const early = seen.find((p) => p.rowsRead === 1000)!;
    expect(early.totalEstimate).toBeGreaterThan(2000);
    expect(early.totalEstimate).toBeLessThan(3000);
  });
});
