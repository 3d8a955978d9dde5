import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayBefore, monthsOf, PeriodError, periodOfQuery, resolvePeriod } from './period.ts';

const year = fc.integer({ min: 2000, max: 2100 });

describe('reporting periods', () => {
  it('tile the year: quarters and halves start the day after the previous one ends', () => {
    fc.assert(
      fc.property(year, (y) => {
        for (const [kind, n] of [
          ['quarter', 4],
          ['half', 2],
        ] as const) {
          const parts = Array.from({ length: n }, (_, i) => resolvePeriod({ kind, year: y, index: i + 1 }));
          expect(parts[0]!.from).toBe(`${y}-01-01`);
          expect(parts.at(-1)!.to).toBe(`${y}-12-31`);
          for (let i = 1; i < n; i++) expect(dayBefore(parts[i]!.from)).toBe(parts[i - 1]!.to);
        }
        const months = monthsOf(y);
        for (let i = 1; i < 12; i++) expect(dayBefore(months[i]!.from)).toBe(months[i - 1]!.to);
      }),
    );
  });

  it('knows leap years and names periods in Chinese', () => {
    expect(resolvePeriod({ kind: 'month', year: 2028, index: 2 }).to).toBe('2028-02-29');
    expect(resolvePeriod({ kind: 'month', year: 2026, index: 2 }).to).toBe('2026-02-28');
    expect(resolvePeriod({ kind: 'quarter', year: 2026, index: 3 }).label).toBe('2026年第三季度');
    expect(resolvePeriod({ kind: 'half', year: 2026, index: 1 }).label).toBe('2026年上半年');
  });

  it('refuses an index outside the year, a reversed range and missing parts', () => {
    expect(() => resolvePeriod({ kind: 'quarter', year: 2026, index: 5 })).toThrow(PeriodError);
    expect(() => resolvePeriod({ kind: 'range', from: '2026-02-01', to: '2026-01-31' })).toThrow(PeriodError);
    expect(() => periodOfQuery({ period: 'month', year: 2026 })).toThrow('期数');
    expect(() => periodOfQuery({ period: 'range', from: '2026-01-01' })).toThrow('起止日期');
    expect(periodOfQuery({ period: 'year', year: 2026 })).toMatchObject({
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });
});
