import { describe, expect, it } from 'vitest';
import { isRulesError, RulesError } from './errors.ts';
import { checkCoverage, lookup, mergeParameters, parseParameters } from './parameters.ts';

const tree = parseParameters(`
subsidy:
  label: 补贴
  unit: yuan
  values:
    2024-07-30: { value: 1000, ref: 珠劳社〔2024〕82号 第三条（一） }
    2025-01-01: { value: 1100.50, ref: { doc: 某文件, clause: 第一条, published: 2024-12-01 } }
    2026-01-01: { value: null, ref: 废止 }
rate:
  label: 比例
  unit: rate
  values:
    2024-01-01: { value: 0.28, ref: 青劳社〔2024〕69号 二（一） }
by_level:
  label: 分等级补贴
  unit: yuan
  by: certificate_level
  values:
    level_3:
      2024-07-30: { value: 1000, ref: 珠劳社〔2024〕82号 第三条（一） }
    level_2:
      2024-08-01: { value: 1200, ref: 珠劳社〔2024〕82号 第三条（二） }
`);

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return error instanceof RulesError ? error.code : 'OTHER';
  }
  return undefined;
};

describe('parameters', () => {
  it('looks up the step in force on a date with its reference', () => {
    expect(lookup(tree, 'subsidy', '2024-07-30')).toMatchObject({
      value: '1000',
      from: '2024-07-30',
      ref: { doc: '珠劳社〔2024〕82号', clause: '第三条（一）' },
    });
    expect(lookup(tree, 'subsidy', '2025-06-30')).toMatchObject({
      value: '1100.5',
      ref: { published: '2024-12-01' },
    });
    expect(lookup(tree, 'rate', '2025-06-30').value).toBe('0.28');
  });

  it('raises a typed error naming the parameter and date where it is undefined', () => {
    try {
      lookup(tree, 'subsidy', '2024-07-29');
      expect.unreachable();
    } catch (error) {
      expect(isRulesError(error, 'PARAMETER_UNDEFINED')).toBe(true);
      expect((error as RulesError).details).toEqual({ name: 'subsidy', date: '2024-07-29' });
      expect((error as RulesError).message).toContain('2024-07-29');
    }
    expect(codeOf(() => lookup(tree, 'subsidy', '2026-01-01'))).toBe('PARAMETER_UNDEFINED');
    expect(codeOf(() => lookup(tree, 'nope', '2026-01-01'))).toBe('PARAMETER_UNKNOWN');
  });

  it('handles breakdowns by key', () => {
    expect(lookup(tree, 'by_level', '2024-09-01', 'level_2').value).toBe('1200');
    expect(codeOf(() => lookup(tree, 'by_level', '2024-09-01'))).toBe('PARAMETER_KEY_REQUIRED');
    expect(codeOf(() => lookup(tree, 'by_level', '2024-09-01', 'level_1'))).toBe('PARAMETER_UNDEFINED');
    expect(codeOf(() => lookup(tree, 'by_level', '2024-07-31', 'level_2'))).toBe('PARAMETER_UNDEFINED');
  });

  it('applies overrides for one lookup without touching the tree', () => {
    expect(lookup(tree, 'by_level', '2024-09-01', 'level_2', { 'by_level.level_2': '1500' })).toMatchObject({
      value: '1500',
      overridden: true,
    });
    expect(lookup(tree, 'subsidy', '2020-01-01', undefined, { subsidy: 5 }).value).toBe('5');
    expect(lookup(tree, 'by_level', '2024-09-01', 'level_2').value).toBe('1200');
  });

  it('reports coverage gaps, late starts and early ends', () => {
    expect(checkCoverage(tree, ['subsidy'], '2024-07-30', '2025-12-31')).toEqual([]);
    expect(checkCoverage(tree, ['subsidy'], '2024-07-30', null)).toEqual([
      { name: 'subsidy', problem: 'ends_early', date: '2026-01-01' },
    ]);
    expect(checkCoverage(tree, ['by_level'], '2024-07-30', null)).toEqual([
      { name: 'by_level', key: 'level_2', problem: 'starts_late', date: '2024-07-30' },
    ]);
    expect(checkCoverage(tree, ['missing'], '2024-07-30', null)).toMatchObject([{ problem: 'missing' }]);
    const gappy = parseParameters(`
x:
  label: x
  unit: count
  values:
    2024-01-01: { value: 1, ref: a }
    2024-06-01: { value: null, ref: a }
    2024-09-01: { value: 2, ref: a }
`);
    expect(checkCoverage(gappy, ['x'], '2024-01-01', null)).toEqual([
      { name: 'x', problem: 'gap', date: '2024-06-01' },
    ]);
  });

  it('rejects duplicate dates, bad dates and bad units when parsing', () => {
    expect(() =>
      parseParameters(
        'x:\n  label: x\n  unit: count\n  values:\n    2024-01-01: { value: 1, ref: a }\n    2024-01-01: { value: 2, ref: a }\n',
      ),
    ).toThrow();
    expect(() =>
      parseParameters('x:\n  label: x\n  unit: count\n  values:\n    2024-13-01: { value: 1, ref: a }\n'),
    ).toThrow();
    expect(() => parseParameters('x:\n  label: x\n  unit: furlongs\n  values: {}\n')).toThrow();
  });

  it('merges a shared tree with a policy tree and rejects a name defined twice', () => {
    const shared = parseParameters(
      'wage:\n  label: 工资\n  unit: yuan\n  values:\n    2024-01-01: { value: 1, ref: a }\n',
    );
    expect(Object.keys(mergeParameters(shared, tree)).sort()).toEqual([
      'by_level',
      'rate',
      'subsidy',
      'wage',
    ]);
    expect(() => mergeParameters(tree, tree)).toThrow(/重复定义/);
  });
});
