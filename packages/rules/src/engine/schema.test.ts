import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentString, rateString, yuanString } from './schema.ts';

/** A whole number of fen as yuan with two decimals: 12345 → "123.45". */
const yuan = (fen: bigint) => `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
const MAX_FEN = 10n ** 14n - 1n; // 999 999 999 999.99 yuan

describe('bounded decimal strings', () => {
  it('take every amount below 10^12 yuan to the fen, and nothing finer or larger', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: MAX_FEN }), (fen) => {
        expect(yuanString().safeParse(yuan(fen)).success).toBe(true);
        expect(yuanString().safeParse(`${yuan(fen)}1`).success).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: MAX_FEN + 1n, max: 10n ** 20n }), (fen) => {
        expect(yuanString().safeParse(yuan(fen)).success).toBe(false);
      }),
    );
    for (const v of ['1000', '0.5', '0']) expect(yuanString().safeParse(v).success).toBe(true);
    for (const v of ['-1', '1e3', '1,000', ' 1', '.5', '1.'])
      expect(yuanString().safeParse(v).success, v).toBe(false);
  });

  it('take percentages from 0 to 100 and rates from 0 to 1', () => {
    for (const v of ['0', '1.5', '98', '100', '100.0000'])
      expect(percentString().safeParse(v).success, v).toBe(true);
    for (const v of ['100.0001', '101', '1.00001'])
      expect(percentString().safeParse(v).success, v).toBe(false);
    for (const v of ['0', '0.0435', '1']) expect(rateString().safeParse(v).success, v).toBe(true);
    for (const v of ['1.000001', '4.35', '0.0000001'])
      expect(rateString().safeParse(v).success, v).toBe(false);
  });

  it('say in Chinese what is wrong', () => {
    const issues = (schema: ReturnType<typeof yuanString>, v: string) =>
      schema.safeParse(v).error?.issues.map((i) => i.message);
    expect(issues(yuanString(), '1.234')).toEqual([
      '须为十进制数字字符串（整数至多12位、小数至多2位），如 "1234.50"',
    ]);
    expect(issues(percentString(), '100.5')).toEqual(['不能大于 100']);
  });
});
