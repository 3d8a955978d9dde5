import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportColumn } from './importer.ts';
import { type ColumnLookups, parseRow } from './parse-row.ts';

const columns: ImportColumn[] = [
  { key: 'name', header: '姓名', type: 'text', required: true, maxLength: 4 },
  { key: 'idNumber', header: '公民身份号码', type: 'code', required: true },
  { key: 'hukou', header: '户口性质', type: 'dict', dict: 'hukou_type' },
  { key: 'kind', header: '合同期限类型', type: 'choice', choices: { 固定期限: 'fixed' } },
  { key: 'on', header: '就业日期', type: 'date' },
  { key: 'amount', header: '金额', type: 'number' },
];
const at = new Map(columns.map((c, i) => [c.key, i]));
const org = { id: 1, path: '/1/', name: '测试市' };
const lookups: ColumnLookups = {
  dicts: new Map([['hukou_type', new Map([['城镇', 'urban']])]]),
  orgs: new Map(),
  defaultOrg: org,
};

const good: unknown[] = ['张伟', '370983198001010011', '城镇', '固定期限', '2026-03-01', 12.5];
/** Per column: a cell that column refuses, with the message it answers. */
const bad: [unknown, string][] = [
  ['欧阳诸葛亮', '「姓名」不能超过 4 个字'],
  [370983198001010000, '号码被存成了数字，末几位已丢失；请把该列设为“文本”格式后重新填写'],
  ['外星', '「户口性质」取值「外星」不在字典中'],
  ['劳务派遣', '「合同期限类型」取值「劳务派遣」不在字典中'],
  ['2025-02-29', '「2025-02-29」不是有效日期：2025 年 2 月没有 29 日，2025 年不是闰年'],
  ['十元', '「十元」不是有效数字'],
];

describe('parsing a worksheet row', () => {
  it('reports each bad cell of a row as its own issue on its own column', () => {
    const values = [...good];
    values[2] = bad[2]![0];
    values[4] = bad[4]![0];
    values[5] = bad[5]![0];
    const { issues, cells } = parseRow(columns, at, values, lookups);
    expect(issues).toEqual([
      { column: 'hukou', message: '「户口性质」取值「外星」不在字典中' },
      { column: 'on', message: '「2025-02-29」不是有效日期：2025 年 2 月没有 29 日，2025 年不是闰年' },
      { column: 'amount', message: '「十元」不是有效数字' },
    ]);
    expect(cells).toEqual({ name: '张伟', idNumber: '370983198001010011', kind: 'fixed' });
  });

  it('reports a missing required cell next to the other bad cells of the row', () => {
    const { issues } = parseRow(columns, at, [null, '', '外星', ...good.slice(3)], lookups);
    expect(issues).toEqual([
      { column: 'name', message: '「姓名」为必填项' },
      { column: 'idNumber', message: '「公民身份号码」为必填项' },
      { column: 'hukou', message: '「户口性质」取值「外星」不在字典中' },
    ]);
  });

  it('answers exactly one issue per bad cell, whichever cells are bad', () => {
    fc.assert(
      fc.property(fc.subarray(columns.map((_, i) => i)), (badOnes) => {
        const values = good.map((v, i) => (badOnes.includes(i) ? bad[i]![0] : v));
        const { issues } = parseRow(columns, at, values, lookups);
        expect(issues).toEqual(badOnes.map((i) => ({ column: columns[i]!.key, message: bad[i]![1] })));
      }),
    );
  });
});
