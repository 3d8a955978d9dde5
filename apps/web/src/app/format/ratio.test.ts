import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRatioPercent } from './ratio';

describe('formatRatioPercent', () => {
  it('moves the decimal point two places without float noise', () => {
    expect(formatRatioPercent('1')).toBe('100%');
    expect(formatRatioPercent('0.5')).toBe('50%');
    expect(formatRatioPercent('0.07')).toBe('7%');
    expect(formatRatioPercent('0.043500')).toBe('4.35%');
    expect(formatRatioPercent('0.125')).toBe('12.5%');
    expect(formatRatioPercent('0')).toBe('0%');
    expect(formatRatioPercent(null)).toBe('—');
    expect(formatRatioPercent('abc')).toBe('—');
  });

  it('reads back as the same number ×100 for any ratio of up to six decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (millionths) => {
        const ratio = `${Math.floor(millionths / 1_000_000)}.${String(millionths % 1_000_000).padStart(6, '0')}`;
        const shown = formatRatioPercent(ratio);
        // integer arithmetic on the digits: percent × 10 000 = millionths
        const [int, frac = ''] = shown.slice(0, -1).split('.');
        expect(Number(int) * 10_000 + Number(frac.padEnd(4, '0'))).toBe(millionths);
      }),
    );
  });
});
