import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, fenToYuan, money, roundFen, sum, yuanFigures, yuanToFen } from './money.ts';

describe('money', () => {
  it('formats with two decimals and rounds half up to the fen', () => {
    expect(money(1000)).toBe('1000.00');
    expect(money('0.005')).toBe('0.01');
    expect(money('2.345')).toBe('2.35');
    expect(money('-2.345')).toBe('-2.35');
    expect(money('2.345', 'down')).toBe('2.34');
    expect(money('2.345', 'half_even')).toBe('2.34');
  });

  it('adds without binary-float error', () => {
    expect(money(sum(['0.1', '0.2']))).toBe('0.30');
    expect(dec('0.1').plus('0.2').eq('0.3')).toBe(true);
  });

  it('rejects non-decimal strings and non-finite numbers', () => {
    expect(() => dec('1e5')).toThrow();
    expect(() => dec('abc')).toThrow();
    expect(() => dec(Number.NaN)).toThrow();
  });

  it('sums fen amounts exactly in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 50 }), (fens) => {
        const strings = fens.map((f) => (f / 100).toFixed(2));
        const total = fens.reduce((a, b) => a + b, 0);
        expect(money(sum(strings))).toBe((total / 100).toFixed(2));
        expect(money(sum([...strings].reverse()))).toBe(money(sum(strings)));
      }),
    );
  });

  it('rounds to the fen', () => {
    expect(roundFen('1.234').toString()).toBe('1.23');
  });
});

describe('fen and yuan', () => {
  it('converts both ways exactly for any whole number of fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (fen) => {
        expect(yuanToFen(fenToYuan(fen))).toBe(fen);
      }),
    );
    expect(fenToYuan(130000)).toBe('1300.00');
    expect(fenToYuan(-5)).toBe('-0.05');
    expect(yuanToFen('1300.5')).toBe(130050);
  });

  it('refuses a fraction of a fen or an amount beyond a safe integer instead of rounding it', () => {
    expect(() => yuanToFen('1300.555')).toThrow(RangeError);
    expect(() => yuanToFen('999999999999999999')).toThrow(RangeError);
  });
});

describe('amounts in figures', () => {
  it('groups the yuan by thousands with two decimals', () => {
    expect(yuanFigures('3740')).toBe('3,740.00');
    expect(yuanFigures('1234567.5')).toBe('1,234,567.50');
    expect(yuanFigures('0.05')).toBe('0.05');
    expect(yuanFigures('-1000')).toBe('-1,000.00');
  });
});
