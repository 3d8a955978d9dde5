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
import { fenOf, monthOf } from './contributions.import.ts';

const t = await createTestApp();
const worker = startJobWorker({
  db: t.db,
  handlers: { [IMPORT_JOB]: t.services.imports.handler },
  pollMs: 20,
});
afterAll(() => worker.stop());
const officer = await t.login('officer1');
const headers = importKinds.contributions!.columns.map((c) => c.header);
const holder = residentId('19800515', 21);

describe('Excel import of social-insurance contributions', () => {
  it('imports months of a registered person, then a second import of the same file changes nothing', async () => {
    const registered = await importRows(t, officer, 'persons', personHeaders, [personRow(holder, '缴费人')]);
    // Said first, so that a failure shows the rows' messages (CI once saw all three rows refused).
    expect(registered.job.result.errorList).toEqual([]);
    const rows: CellInput[][] = [
      [holder, '基本养老保险', '2025-01', '已缴', 4000, 320, 640, null],
      [holder, '基本养老保险', '2025年2月', '', '4,000.00', '320', '640', null],
      [holder, '失业保险', new Date(Date.UTC(2025, 0, 1)), '欠缴', 4000, 20, 40, null],
    ];
    const first = await importRows(t, officer, 'contributions', headers, rows);
    expect(first.job.result.errorList).toEqual([]);
    expect(first.job.result).toMatchObject({ total: 3, imported: 3, unchanged: 0, errors: 0 });
    const person = (await officer.get(`/api/persons?q=${holder}`)).body.items[0];
    const list = await officer.get(`/api/persons/${person.id}/contributions?pageSize=50`);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(3);
    const again = await importRows(t, officer, 'contributions', headers, rows);
    expect(again.job.result).toMatchObject({ total: 3, imported: 0, unchanged: 3, errors: 0 });
  });

  it('imports nothing when a month is in the future, an amount has three decimals or a month is changed', async () => {
    const rows: CellInput[][] = [
      [holder, '基本医疗保险', '2025-03', '已缴', 4000, 80, 320, null],
      [holder, '基本医疗保险', '2099-01', '已缴', 4000, 80, 320, null],
      [holder, '基本医疗保险', '2025-04', '已缴', 4000, 80.125, 320, null],
      [holder, '基本养老保险', '2025-01', '已缴', 5000, 400, 800, null],
    ];
    const { job } = await importRows(t, officer, 'contributions', headers, rows);
    expect(job.result).toMatchObject({ total: 4, imported: 0, errors: 3 });
    expect(
      job.result.errorList.map((e: { row: number; column: string; message: string }) => [
        e.row,
        e.column,
        e.message,
      ]),
    ).toEqual([
      [3, '缴费月份', '缴费月份「2099-01」晚于本月'],
      [4, '个人缴费（元）', '「个人缴费（元）」最多保留两位小数'],
      [5, '缴费月份', '已存在且内容不同：缴费基数、个人缴费、单位缴费'],
    ]);
  });

  it('reads months and yuan the way people write them', () => {
    expect(['2026-03', '2026/3', '2026.3', '2026年3月', '202603', '2026-03-01'].map(monthOf)).toEqual(
      Array(6).fill('2026-03'),
    );
    expect([monthOf('2026-13'), monthOf('三月')]).toEqual([null, null]);
    expect([fenOf(4000), fenOf(320.5), fenOf(0.01), fenOf(1.005)]).toEqual([400000, 32050, 1, null]);
  });
});
