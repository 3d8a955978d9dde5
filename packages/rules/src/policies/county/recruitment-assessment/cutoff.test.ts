import { describe, expect, it } from 'vitest';
import { recruitmentCutoff } from './cutoff.ts';

describe('recruitmentCutoff', () => {
  it('closes the year on 25 December, as the seed sets', () => {
    expect(recruitmentCutoff(2026)).toBe('2026-12-25');
  });
  it('follows the parameters when they are overridden', () => {
    expect(recruitmentCutoff(2026, { check_cutoff_month: 11, check_cutoff_day: 5 })).toBe('2026-11-05');
  });
});
