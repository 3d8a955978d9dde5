import { afterAll, describe, expect, it } from 'vitest';
import { importKinds } from '../../../imports.ts';
import {
  type CellInput,
  personHeaders,
  personRow,
  residentId,
} from '../../../platform/excel-import/import-fixtures.ts';
import { importRows } from '../../../platform/excel-import/import-test-client.ts';
import { IMPORT_JOB } from '../../../platform/excel-import/imports.service.ts';
import { startJobWorker } from '../../../platform/jobs/jobs.worker.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { creditCode, employerBody } from '../employers/employers.fixtures.ts';
import { contractsOverlap } from './contracts.service.ts';

const t = await createTestApp();
const worker = startJobWorker({
  db: t.db,
  handlers: { [IMPORT_JOB]: t.services.imports.handler },
  pollMs: 20,
});
afterAll(() => worker.stop());
const officer = await t.login('officer1');
const headers = importKinds.contracts!.columns.map((c) => c.header);
const worker1 = residentId('19850310', 41);
const setup = await importRows(t, officer, 'persons', personHeaders, [personRow(worker1, '合同人')]);
// every test below needs this person: a failed set-up says so here, not as 「人员不存在」 later
expect(setup.job, JSON.stringify(setup.job)).toMatchObject({ status: 'succeeded', result: { imported: 1 } });
expect((await officer.post('/api/employers', employerBody(t.city.street1.id, 601))).status).toBe(200);
const company = creditCode(601);
const triples = (list: { row: number; column: string; message: string }[]) =>
  list.map((e) => [e.row, e.column, e.message]);

const fixed = (startsOn: string, endsOn: string | null): CellInput[] => [
  worker1,
  company,
  '固定期限',
  '操作工',
  startsOn,
  startsOn,
  endsOn,
  null,
  null,
];

describe('Excel import of labour contracts', () => {
  it('imports nothing and reports overlapping rows both, every bad cell of a row, unknown employers', async () => {
    const rows: CellInput[][] = [
      fixed('2020-01-01', '2022-12-31'),
      fixed('2022-06-01', '2024-05-31'),
      fixed('2023-01-01', null),
      [worker1, company, '无固定期限', null, '2099-01-01', '2019-01-01', '2019-06-01', null, null],
      [worker1, '91370983MA0000000X', '固定期限', null, '2019-01-01', '2019-01-01', '2019-12-31', null, null],
      [worker1, company, '劳务派遣', null, 'abc', '2019-01-01', null, null, null],
    ];
    const { job } = await importRows(t, officer, 'contracts', headers, rows);
    expect(job.result).toMatchObject({ total: 6, imported: 0, unchanged: 0, errors: 8 });
    expect(triples(job.result.errorList)).toEqual([
      [2, '合同起始日期', '与第 3 行同一人员、同一单位的劳动合同期限重叠'],
      [3, '合同起始日期', '与第 2 行同一人员、同一单位的劳动合同期限重叠'],
      [4, '合同终止日期', '固定期限劳动合同须填写合同终止日期'],
      [5, '合同终止日期', '无固定期限劳动合同不填写合同终止日期'],
      [5, '签订日期', '签订日期「2099-01-01」晚于今天'],
      [6, '用人单位统一社会信用代码', '用人单位「91370983MA0000000X」不存在或无权访问'],
      [7, '合同期限类型', '「合同期限类型」取值「劳务派遣」不在字典中'],
      [7, '签订日期', '「abc」不是有效日期，请填写如 2026-03-01 的日期'],
    ]);
    const person = (await officer.get(`/api/persons?q=${worker1}`)).body.items[0];
    expect((await officer.get(`/api/persons/${person.id}/contracts`)).body.items).toEqual([]);
  });

  it('imports a good file, a second import changes nothing, a row overlapping a stored contract is refused', async () => {
    const rows: CellInput[][] = [
      fixed('2020-01-01', '2022-12-31'),
      [worker1, company, '无固定期限', null, '2023-01-01', '2023-01-01', null, null, null],
    ];
    const first = await importRows(t, officer, 'contracts', headers, rows);
    expect(first.job.result).toMatchObject({ total: 2, imported: 2, unchanged: 0, errors: 0 });
    const person = (await officer.get(`/api/persons?q=${worker1}`)).body.items[0];
    const list = await officer.get(`/api/persons/${person.id}/contracts`);
    expect(
      list.body.items.map((c: { termKind: string; startsOn: string }) => [c.termKind, c.startsOn]),
    ).toEqual([
      ['open_ended', '2023-01-01'],
      ['fixed', '2020-01-01'],
    ]);
    const again = await importRows(t, officer, 'contracts', headers, rows);
    expect(again.job.result).toMatchObject({ total: 2, imported: 0, unchanged: 2, errors: 0 });

    const clash = await importRows(t, officer, 'contracts', headers, [fixed('2022-01-01', '2022-06-30')]);
    expect(triples(clash.job.result.errorList)).toEqual([
      [2, '合同起始日期', '该人员与该单位已有期限重叠的劳动合同（2020-01-01 至 2022-12-31）'],
    ]);
  });

  it("refuses a person outside the uploader's scope as if unknown", async () => {
    const other = await t.login('officer2');
    const { job } = await importRows(t, other, 'contracts', headers, [fixed('2019-01-01', '2019-12-31')]);
    expect(job.result).toMatchObject({ total: 1, imported: 0 });
    expect(triples(job.result.errorList)[0]).toEqual([
      2,
      '劳动者公民身份号码',
      '人员不存在或无权访问（请先登记或导入人员）',
    ]);
  });

  it('counts both end days in a contract overlap, and an early end cuts the term', () => {
    const c = (startsOn: string, endsOn: string | null, endedOn: string | null = null) => ({
      startsOn,
      endsOn,
      endedOn,
    });
    expect(contractsOverlap(c('2020-01-01', '2020-12-31'), c('2020-12-31', null))).toBe(true);
    expect(contractsOverlap(c('2020-01-01', '2020-12-31'), c('2021-01-01', null))).toBe(false);
    expect(contractsOverlap(c('2020-01-01', '2022-12-31', '2020-06-30'), c('2020-07-01', '2021-06-30'))).toBe(
      false,
    );
    expect(contractsOverlap(c('2019-01-01', null), c('2030-01-01', '2031-01-01'))).toBe(true);
  });
});
