import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToYuan, formatFen, formatYuan, sumYuan, yuanToFen } from './money';

describe('money formatting', () => {
  it('shows amounts with thousands separators and 元', () => {
    expect(formatFen(130_000)).toBe('1,300.00 元');
    expect(formatFen(123_456_789)).toBe('1,234,567.89 元');
    expect(formatFen(5)).toBe('0.05 元');
    expect(formatFen(-130_005)).toBe('-1,300.05 元');
    expect(formatYuan('1300.00')).toBe('1,300.00 元');
    expect(formatYuan('999.5')).toBe('999.50 元');
  });

  it('shows a missing amount as a dash', () => {
    expect(formatFen(null)).toBe('—');
    expect(formatYuan(undefined)).toBe('—');
  });

  it('adds yuan strings exactly', () => {
    expect(sumYuan(['0.10', '0.20', '1300.00'])).toBe('1300.30');
    expect(sumYuan([])).toBe('0.00');
  });

  it('reads back every amount it writes, through integer fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_99 }), (fen) => {
        expect(yuanToFen(fenToYuan(fen))).toBe(fen);
        expect(yuanToFen(formatFen(fen).replace(' 元', ''))).toBe(fen);
      }),
    );
  });

  it('refuses typed amounts that are not yuan with at most two decimals', () => {
    for (const bad of ['', '1.234', '-5', 'abc', '1e3']) expect(yuanToFen(bad)).toBeNull();
  });
});
