import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInWords, fenInWords } from './money-words.ts';

const DIGIT: Record<string, bigint> = {
  零: 0n,
  壹: 1n,
  贰: 2n,
  叁: 3n,
  肆: 4n,
  伍: 5n,
  陆: 6n,
  柒: 7n,
  捌: 8n,
  玖: 9n,
};
const PLACE: Record<string, bigint> = { 仟: 1000n, 佰: 100n, 拾: 10n };

/** Reads capital numerals back (an independent reader: digit × place, split at 亿 and 万). */
function readSection(s: string): bigint {
  let total = 0n;
  let digit = 0n;
  for (const ch of s) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else if (ch in PLACE) {
      total += digit * PLACE[ch]!;
      digit = 0n;
    } else throw new Error(`unexpected ${ch} in ${s}`);
  }
  return total + digit;
}
function readInteger(s: string): bigint {
  const yi = s.split('亿');
  if (yi.length === 2) return readInteger(yi[0]!) * 10n ** 8n + readInteger(yi[1]!);
  const wan = s.split('万');
  if (wan.length === 2) return readSection(wan[0]!) * 10n ** 4n + readSection(wan[1]!);
  return readSection(s);
}
function readFen(words: string): bigint {
  const m = /^(?:(.*)元)?(?:零)?(?:(.)角)?(?:(.)分)?整?$/.exec(words);
  if (!m) throw new Error(`unreadable ${words}`);
  const whole = m[1] ? readInteger(m[1]) : 0n;
  return whole * 100n + (m[2] ? DIGIT[m[2]]! * 10n : 0n) + (m[3] ? DIGIT[m[3]]! : 0n);
}

describe('amounts in capital numerals', () => {
  it('writes the amounts on approval notices the way a bank voucher does', () => {
    expect(amountInWords('1300.00')).toBe('壹仟叁佰元整');
    expect(amountInWords('1300')).toBe('壹仟叁佰元整');
    expect(amountInWords('10.00')).toBe('壹拾元整');
    expect(amountInWords('1409.50')).toBe('壹仟肆佰零玖元伍角整');
    expect(amountInWords('1409.05')).toBe('壹仟肆佰零玖元零伍分');
    expect(amountInWords('6007.14')).toBe('陆仟零柒元壹角肆分');
    expect(amountInWords('0.50')).toBe('伍角整');
    expect(amountInWords('0.05')).toBe('伍分');
    expect(amountInWords('0')).toBe('零元整');
    expect(amountInWords('100000')).toBe('壹拾万元整');
    expect(amountInWords('107000.53')).toBe('壹拾万柒仟元伍角叁分');
    expect(amountInWords('10010')).toBe('壹万零壹拾元整');
    expect(amountInWords('100010000')).toBe('壹亿零壹万元整');
    expect(amountInWords('105000000000')).toBe('壹仟零伍拾亿元整');
    expect(amountInWords('1050000000000')).toBe('壹万零伍佰亿元整');
  });

  it('writes integer fen without going through a float', () => {
    expect(fenInWords(130000)).toBe('壹仟叁佰元整');
    expect(fenInWords(5)).toBe('伍分');
    expect(fenInWords(0)).toBe('零元整');
    expect(fenInWords(9007199254740991)).toBe(amountInWords('90071992547409.91'));
  });

  it('rejects negative, malformed, over-precise and too large amounts', () => {
    expect(() => amountInWords('-1.00')).toThrow(TypeError);
    expect(() => amountInWords('1.005')).toThrow(TypeError);
    expect(() => amountInWords('1,300')).toThrow(TypeError);
    expect(() => amountInWords('10000000000000000')).toThrow(RangeError);
    expect(() => fenInWords(1.5)).toThrow(TypeError);
    expect(() => fenInWords(-1)).toThrow(TypeError);
  });

  it('reads back to the same amount for any fen value below 10^16 yuan', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n - 1n }), (fen) => {
        const yuan = `${fen / 100n}.${(fen % 100n).toString().padStart(2, '0')}`;
        const words = amountInWords(yuan);
        expect(readFen(words)).toBe(fen);
      }),
      { numRuns: 2000 },
    );
  });

  it('never writes two zeros in a row, a bare 拾 or a zero before 元', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 18n - 1n }), (fen) => {
        const words = amountInWords(`${fen / 100n}.${(fen % 100n).toString().padStart(2, '0')}`);
        expect(words).not.toMatch(/零零|零元|零[万亿]|^拾|零整/);
        expect(words.endsWith('分') !== words.endsWith('整')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
