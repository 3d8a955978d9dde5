import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { importKinds } from '../../../imports.ts';
import {
  type CellInput,
  personHeaders,
  personRow,
  residentId,
  withWrongCheckDigit,
} from '../../../platform/excel-import/import-fixtures.ts';
import { importRows } from '../../../platform/excel-import/import-test-client.ts';
import { IMPORT_JOB } from '../../../platform/excel-import/imports.service.ts';
import { startJobWorker } from '../../../platform/jobs/jobs.worker.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { creditCode, employerBody } from '../employers/employers.fixtures.ts';

const t = await createTestApp();
const worker = startJobWorker({
  db: t.db,
  handlers: { [IMPORT_JOB]: t.services.imports.handler },
  pollMs: 20,
});
afterAll(() => worker.stop());
const officer = await t.login('officer1');
const employmentHeaders = importKinds['employment-registrations']!.columns.map((c) => c.header);
const unemploymentHeaders = importKinds['unemployment-registrations']!.columns.map((c) => c.header);

// A and D: urban hukou of this city; B and C: rural hukou (进城务工).
const [a, b, c, d] = [31, 32, 33, 34].map((seq) => residentId('19800515', seq)) as [
  string,
  string,
  string,
  string,
];
const rural = (id: string, name: string) => personRow(id, name).with(4, '农村');
await importRows(t, officer, 'persons', personHeaders, [
  personRow(a, '甲'),
  rural(b, '乙'),
  rural(c, '丙'),
  personRow(d, '丁'),
]);
expect((await officer.post('/api/employers', employerBody(t.city.street1.id, 501))).status).toBe(200);
const company = creditCode(501);

const personId = async (id: string) => (await officer.get(`/api/persons?q=${id}`)).body.items[0].id as string;
const triples = (list: { row: number; column: string; message: string }[]) =>
  list.map((e) => [e.row, e.column, e.message]);

describe('Excel import of employment registrations', () => {
  it('imports nothing from a file with bad rows and reports every problem of every row, overlapping rows both', async () => {
    const rows: CellInput[][] = [
      [a, '单位就业', company, null, '2020-01-01', '2022-06-30', '本人辞职'],
      [a, '灵活就业', null, null, '2022-03-01', null, null],
      [withWrongCheckDigit(b), '灵活就业', null, null, '2021-01-01', null, null],
      [b, '单位就业', null, null, '2099-01-01', null, null],
      [c, '专职', null, null, '2025-02-29', null, null],
      [c, '灵活就业', null, null, '2021-01-01', null, '本人辞职'],
    ];
    const { job } = await importRows(t, officer, 'employment-registrations', employmentHeaders, rows);
    expect(job.result).toMatchObject({ total: 6, imported: 0, unchanged: 0, errors: 8 });
    const errors = triples(job.result.errorList);
    expect(errors[0]).toEqual([2, '就业日期', '与第 3 行同一人员的就业期间重叠']);
    expect(errors[1]).toEqual([3, '就业日期', '与第 2 行同一人员的就业期间重叠']);
    expect(errors[2]).toEqual([4, '公民身份号码', expect.stringContaining('校验码')]);
    expect(errors.slice(3)).toEqual([
      [5, '用人单位统一社会信用代码', '单位就业须填写用人单位'],
      [5, '就业日期', '就业日期「2099-01-01」晚于今天'],
      [6, '就业形式', '「就业形式」取值「专职」不在字典中'],
      [6, '就业日期', '「2025-02-29」不是有效日期：2025 年 2 月没有 29 日，2025 年不是闰年'],
      [7, '终止原因', '未填写终止日期时不能填写原因'],
    ]);
    expect(
      (await officer.get(`/api/persons/${await personId(a)}/employment-registrations`)).body.items,
    ).toEqual([]);
  });

  it('imports a good file, a second import changes nothing, and rows clashing with stored registrations are refused', async () => {
    const rows: CellInput[][] = [
      [a, '单位就业', company, null, '2020-01-01', '2022-06-30', '本人辞职'],
      [a, '灵活就业', null, null, '2023-01-01', null, null],
      [b, '单位就业', null, '外地某厂', new Date(Date.UTC(2021, 4, 1)), '2022-01-31', '本人辞职'],
    ];
    const first = await importRows(t, officer, 'employment-registrations', employmentHeaders, rows);
    expect(first.job.result).toMatchObject({ total: 3, imported: 3, unchanged: 0, errors: 0 });
    const list = await officer.get(`/api/persons/${await personId(a)}/employment-registrations`);
    expect(
      list.body.items.map((r: { startedOn: string; endedOn: string | null }) => [r.startedOn, r.endedOn]),
    ).toEqual(
      expect.arrayContaining([
        ['2020-01-01', '2022-06-30'],
        ['2023-01-01', null],
      ]),
    );
    const again = await importRows(t, officer, 'employment-registrations', employmentHeaders, rows);
    expect(again.job.result).toMatchObject({ total: 3, imported: 0, unchanged: 3, errors: 0 });

    const clashing = await importRows(t, officer, 'employment-registrations', employmentHeaders, [
      [a, '灵活就业', null, null, '2024-01-01', null, null],
      [a, '灵活就业', null, null, '2022-05-01', '2022-12-01', '本人辞职'],
      [a, '灵活就业', null, null, '2023-01-01', null, null],
      [b, '单位就业', '91370983MA0000000X', null, '2022-03-01', null, null],
    ]);
    expect(triples(clashing.job.result.errorList)).toEqual([
      [2, '就业日期', '本人已有未终止的就业登记，请先终止原就业登记'],
      [3, '就业日期', '就业日期「2022-05-01」与已有登记（2020-01-01 至 2022-06-30）重叠'],
      [5, '用人单位统一社会信用代码', '用人单位「91370983MA0000000X」不存在或无权访问'],
    ]);
    expect(clashing.job.result).toMatchObject({ total: 4, imported: 0, unchanged: 1, errors: 3 });
  });
});

describe('Excel import of unemployment registrations', () => {
  it('checks the place rule, overlaps, the station and 就业创业证 numbers across rows, importing nothing', async () => {
    const rows: CellInput[][] = [
      [b, '2022-03-01', '解除劳动合同', 'JYCY0001', null, null, null],
      [d, '2024-05-01', '首次求职，无就业经历', 'jycy0001', null, null, null],
      [c, '2024-05-01', '解除劳动合同', 'JYCY0003', null, null, null],
      [a, '2024-05-01', '解除劳动合同', 'JYCY0004', null, null, null],
      [b, '2022-06-01', '解除劳动合同', 'JYCY0001', null, null, null],
      [d, '2024-06-01', '首次求职，无就业经历', 'JYCY0005', '新城社区', null, null],
    ];
    const { job } = await importRows(t, officer, 'unemployment-registrations', unemploymentHeaders, rows);
    const errors = triples(job.result.errorList);
    expect(job.result).toMatchObject({ total: 6, imported: 0, errors: 9 });
    expect(errors.filter((e) => e[0] !== 4)).toEqual([
      [2, '失业登记日期', '与第 6 行同一人员的失业登记期间重叠'],
      [2, '《就业创业证》编号', '与第 3 行他人的《就业创业证》编号相同'],
      [3, '《就业创业证》编号', '与第 2 行他人的《就业创业证》编号相同'],
      [3, '《就业创业证》编号', '与第 6 行他人的《就业创业证》编号相同'],
      [5, '失业登记日期', '失业登记日期「2024-05-01」与已有登记（2023-01-01 至 今）重叠'],
      [6, '失业登记日期', '与第 2 行同一人员的失业登记期间重叠'],
      [6, '《就业创业证》编号', '与第 3 行他人的《就业创业证》编号相同'],
      [
        7,
        '登记机构',
        '失业登记须由公共就业服务机构（街道/乡镇劳动保障中心及以上）办理，「新城社区」是社区（《关于进一步做好促进就业工作的实施意见》五(四)）',
      ],
    ]);
    const place = errors.find((e) => e[0] === 4)!;
    expect(place.slice(0, 2)).toEqual([4, '失业登记日期']);
    expect(place[2]).toMatch(/^不能在本地办理失业登记：农村进城务工人员须在常住地稳定就业满6个月/);
  });

  it('imports a good file once, then refuses a second open registration and a number held by another person', async () => {
    const rows: CellInput[][] = [
      [b, '2022-03-01', '解除劳动合同', 'JYCY0001', null, null, null],
      [d, '2024-05-01', '首次求职，无就业经历', 'JYCY0002', '370983001', null, null],
    ];
    const first = await importRows(t, officer, 'unemployment-registrations', unemploymentHeaders, rows);
    expect(first.job.result).toMatchObject({ total: 2, imported: 2, unchanged: 0, errors: 0 });
    const list = await officer.get(`/api/persons/${await personId(b)}/unemployment-registrations`);
    expect(list.body.items).toEqual([
      expect.objectContaining({ registeredOn: '2022-03-01', certificateNumber: 'JYCY0001', endedOn: null }),
    ]);
    const again = await importRows(t, officer, 'unemployment-registrations', unemploymentHeaders, rows);
    expect(again.job.result).toMatchObject({ total: 2, imported: 0, unchanged: 2, errors: 0 });

    const clashing = await importRows(t, officer, 'unemployment-registrations', unemploymentHeaders, [
      [d, '2025-01-01', '首次求职，无就业经历', 'JYCY0002', null, null, null],
      [d, '2020-01-01', '首次求职，无就业经历', 'JYCY0001', null, '2020-06-01', '已就业'],
    ]);
    expect(triples(clashing.job.result.errorList)).toEqual([
      [2, '失业登记日期', '本人已有有效的失业登记，不能重复登记'],
      [3, '《就业创业证》编号', '该《就业创业证》编号已登记给他人'],
    ]);
  });
});

describe('Import templates of registrations and contracts', () => {
  it.each([
    ['employment-registrations', '就业登记导入模板.xlsx', '劳动合同期满终止'],
    ['unemployment-registrations', '失业登记导入模板.xlsx', '迁出本地或转往他处登记'],
    ['contracts', '劳动合同导入模板.xlsx', '以完成一定工作任务为期限'],
  ])('%s: Chinese headers in column order and the drop-down values', async (kind, fileName, listed) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/imports/${kind}/template.xlsx`,
      headers: { cookie: officer.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(fileName));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const headers = (wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(importKinds[kind]!.columns.map((c) => c.header));
    const lists: unknown[] = [];
    wb.worksheets[1]!.eachRow((row) => {
      lists.push(...(row.values as unknown[]));
    });
    expect(lists).toContain(listed);
  });
});
