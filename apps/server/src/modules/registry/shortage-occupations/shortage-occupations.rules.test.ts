import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publicationViolations } from './shortage-occupations.rules.ts';

const day = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

describe('publicationViolations', () => {
  const validity = { from: '2024-07-30', to: null };

  it('accepts exactly the dates from the policy start to today', () => {
    fc.assert(
      fc.property(day, day, (publishedOn, today) => {
        const ok = publicationViolations(publishedOn, validity, today).length === 0;
        return ok === (publishedOn >= validity.from && publishedOn <= today);
      }),
    );
  });

  it('explains each refusal in Chinese on the publication date', () => {
    expect(publicationViolations('2026-12-05', validity, '2026-12-04')).toEqual([
      { path: 'publishedOn', message: '公布日期「2026-12-05」晚于今天' },
    ]);
    expect(publicationViolations('2024-07-29', validity, '2026-12-04')[0]?.message).toBe(
      '公布日期「2024-07-29」早于政策施行日期「2024-07-30」',
    );
    expect(
      publicationViolations('2025-07-01', { from: '2024-06-30', to: '2025-06-29' }, '2026-12-04')[0]?.message,
    ).toBe('公布日期「2025-07-01」晚于政策有效期截止日期「2025-06-29」');
  });
});
