import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedCells, type Figures, percent, rollUp, shown } from './report-figures.ts';
import { templateOf } from './report-templates.ts';

const town = templateOf('town-quarterly')!;

describe('report figures', () => {
  it('rolls rates up from summed numerators and denominators, never by averaging', () => {
    const a: Figures = { 'contract_signing_rate:period': { numerator: 1, denominator: 1 } };
    const b: Figures = { 'contract_signing_rate:period': { numerator: 1, denominator: 3 } };
    const up = rollUp(town, [a, b]);
    expect(up['contract_signing_rate:period']).toEqual({ numerator: 2, denominator: 4 });
    // the average of 100% and 33.33% would be 66.67%
    expect(shown(up['contract_signing_rate:period'])).toBe(50);
  });

  it('adds counts, and a figure the records cannot give stays empty with its reason', () => {
    const up = rollUp(templateOf('employment-statistics')!, [
      {
        'urban_new_employment:period': { value: 3 },
        'registered_unemployment_rate:period': { value: null, reason: '无分母' },
      },
      {
        'urban_new_employment:period': { value: 4 },
        'registered_unemployment_rate:period': { value: null, reason: '无分母' },
      },
    ]);
    expect(up['urban_new_employment:period']).toEqual({ value: 7 });
    expect(up['registered_unemployment_rate:period']).toEqual({ value: null, reason: '无分母' });
  });

  it('the roll-up of any split equals the sum of the parts', () => {
    const count = fc.nat({ max: 10_000 });
    fc.assert(
      fc.property(fc.array(fc.tuple(count, count, count), { minLength: 1, maxLength: 8 }), (parts) => {
        const figures = parts.map(([v, n, d]) => ({
          'new_employment_net:period': { value: v },
          'contract_signing_rate:period': { numerator: Math.min(n, d), denominator: d },
        }));
        const up = rollUp(town, figures);
        expect(up['new_employment_net:period']).toEqual({ value: parts.reduce((s, [v]) => s + v, 0) });
        const den = parts.reduce((s, [, , d]) => s + d, 0);
        expect(up['contract_signing_rate:period']).toEqual({
          numerator: parts.reduce((s, [, n, d]) => s + Math.min(n, d), 0),
          denominator: den,
        });
      }),
    );
  });

  it('shows a rate without a denominator as no figure', () => {
    expect(percent({ numerator: 0, denominator: 0 })).toBeNull();
    expect(percent({ numerator: 2, denominator: 3 })).toBe(66.67);
  });

  it('lists the cells a correction changed, in the order of the table', () => {
    const before: Figures = {
      'new_employment_net:period': { value: 3 },
      'new_employment_net:ytd': { value: 9 },
    };
    const after: Figures = {
      'new_employment_net:period': { value: 4 },
      'new_employment_net:ytd': { value: 9 },
    };
    expect(changedCells(town, before, after)).toEqual([
      {
        key: 'new_employment_net:period',
        row: '新增就业人数',
        column: '本期',
        before: { value: 3 },
        after: { value: 4 },
      },
    ]);
  });
});
