import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KindEnv } from '../../platform/excel-import/importer.ts';
import { contractsOverlap } from './contracts/contracts.service.ts';
import { rowClashes } from './import-row-clashes.ts';
import { checkNoOverlap, type Period, periodsOverlap } from './registrations/registration-rules.ts';

const env = () => ({}) as KindEnv;
const p = (startedOn: string, endedOn: string | null): Period => ({ startedOn, endedOn });
const claim = (rowNo: number, group: string, value: Period, key = `${group}|${value.startedOn}`) => ({
  rowNo,
  group,
  key,
  value,
});

describe('cross-row clashes of an import run', () => {
  it('tells both rows of a clash inside a chunk, and only the later one across chunks', () => {
    const run = env();
    const first = rowClashes(
      run,
      'employment',
      [claim(2, 'A', p('2020-01-01', '2022-06-30')), claim(3, 'B', p('2020-01-01', null)), null],
      periodsOverlap,
    );
    expect(first).toEqual([[], [], []]);
    const second = rowClashes(
      run,
      'employment',
      [claim(1002, 'A', p('2022-03-01', null)), claim(1003, 'A', p('2022-06-30', '2022-12-31'))],
      periodsOverlap,
    );
    expect(second).toEqual([[2, 1003], [1002]]);
  });

  it('keeps runs and kinds apart, and leaves rows of the same key to the duplicate check', () => {
    const run = env();
    rowClashes(run, 'employment', [claim(2, 'A', p('2020-01-01', null))], periodsOverlap);
    expect(rowClashes(run, 'unemployment', [claim(3, 'A', p('2020-01-01', null))], periodsOverlap)).toEqual([
      [],
    ]);
    expect(rowClashes(env(), 'employment', [claim(3, 'A', p('2020-01-01', null))], periodsOverlap)).toEqual([
      [],
    ]);
    expect(
      rowClashes(run, 'employment', [claim(4, 'A', p('2020-01-01', '2021-01-01'))], periodsOverlap),
    ).toEqual([[]]);
  });
});

const day = fc
  .integer({ min: 0, max: 3000 })
  .map((n) => new Date(Date.UTC(2018, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const period = fc
  .tuple(day, fc.option(day, { nil: null }))
  .map(([a, b]) => (b !== null && b < a ? p(b, a) : p(a, b)));

describe('overlap of periods', () => {
  it('is symmetric for registrations and contracts', () => {
    fc.assert(
      fc.property(period, period, (a, b) => {
        expect(periodsOverlap(a, b)).toBe(periodsOverlap(b, a));
        const ca = { startsOn: a.startedOn, endsOn: a.endedOn, endedOn: null };
        const cb = { startsOn: b.startedOn, endsOn: b.endedOn, endedOn: null };
        expect(contractsOverlap(ca, cb)).toBe(contractsOverlap(cb, ca));
      }),
    );
  });

  it('refuses a new open registration exactly as before: when an earlier one is open or ended after its start', () => {
    fc.assert(
      fc.property(fc.array(period, { maxLength: 4 }), day, (periods, start) => {
        const before = periods.some((q) => q.endedOn === null || q.endedOn > start);
        expect(checkNoOverlap('就业日期', 'startedOn', start, periods) !== null).toBe(before);
      }),
    );
  });

  it('lets a registration start on the day the previous one ended, but not a contract', () => {
    expect(periodsOverlap(p('2020-01-01', '2020-06-30'), p('2020-06-30', null))).toBe(false);
    const c = { startsOn: '2020-01-01', endsOn: '2020-06-30', endedOn: null };
    expect(contractsOverlap(c, { startsOn: '2020-06-30', endsOn: null, endedOn: null })).toBe(true);
  });
});
