import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standardPackage } from '../plans/standard-package.ts';
import { splitEntries } from './examination-entry.ts';
import { outsideReference } from './reference-range.ts';

describe('a result against its reference range', () => {
  it('flags values outside a closed range, the bounds themselves inside', () => {
    expect(outsideReference('3.9–6.1', '15.8')).toBe(true);
    expect(outsideReference('3.9–6.1', '3.8')).toBe(true);
    expect(outsideReference('3.9–6.1', '6.1')).toBe(false);
    expect(outsideReference('3.9–6.1', '3.9')).toBe(false);
    expect(outsideReference('白细胞 3.5–9.5', '12')).toBe(true);
    expect(outsideReference('57-111', '120')).toBe(true);
  });

  it('reads one-sided limits', () => {
    expect(outsideReference('<5.2', '5.2')).toBe(true);
    expect(outsideReference('<5.2', '5.19')).toBe(false);
    expect(outsideReference('≤5.2', '5.2')).toBe(false);
    expect(outsideReference('≥60', '59.9')).toBe(true);
  });

  it('leaves descriptive ranges and non-numeric results to the examiner', () => {
    expect(outsideReference('阴性', '弱阳性')).toBe(false);
    expect(outsideReference('', '未见异常')).toBe(false);
    expect(outsideReference('3.9–6.1', '150/95')).toBe(false);
  });

  it('agrees with the interval for any decimals (property)', () => {
    const cents = fc.integer({ min: -100_000, max: 100_000 });
    fc.assert(
      fc.property(cents, cents, cents, (a, b, x) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const s = (n: number) => (n / 100).toFixed(2);
        expect(outsideReference(`${s(lo)}–${s(hi)}`, s(x))).toBe(x < lo || x > hi);
      }),
    );
  });

  it('stores a fasting glucose of 15.8 as 异常 though the clerk left it unticked', () => {
    const { results } = splitEntries(standardPackage, [
      { code: 'blood_glucose', outcome: 'performed', value: '15.8', abnormal: false },
      { code: 'ecg', outcome: 'performed', value: '窦性心律', abnormal: false },
    ]);
    expect(results).toEqual({
      blood_glucose: { value: '15.8', abnormal: true },
      ecg: { value: '窦性心律', abnormal: false },
    });
  });
});
