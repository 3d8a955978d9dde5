import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseDate } from './chinese-date.ts';

describe('dates on printed documents', () => {
  it('writes calendar dates without leading zeros', () => {
    expect(chineseDate('2026-11-25')).toBe('2026年11月25日');
    expect(chineseDate('2026-01-05')).toBe('2026年1月5日');
  });

  it('reads timestamps on China time', () => {
    expect(chineseDate('2026-11-24T16:30:00.000Z')).toBe('2026年11月25日');
    expect(chineseDate('2026-11-24T15:59:59.999Z')).toBe('2026年11月24日');
    expect(chineseDate('2026-12-31T16:00:00Z')).toBe('2027年1月1日');
  });

  it('rejects what is not an ISO date', () => {
    expect(() => chineseDate('25/11/2026')).toThrow(TypeError);
    expect(() => chineseDate('')).toThrow(TypeError);
  });

  it('agrees with the calendar date for any day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split('-').map(Number);
          expect(chineseDate(iso)).toBe(`${y}年${m}月${day}日`);
        },
      ),
    );
  });
});
