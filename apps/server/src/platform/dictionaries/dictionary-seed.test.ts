import { describe, expect, it } from 'vitest';
import { dictionarySeed } from './dictionary-seed.ts';

describe('dictionary seed', () => {
  it('defines each dictionary once and each code once within it', () => {
    const types = dictionarySeed.map((d) => d.code);
    expect(new Set(types).size).toBe(types.length);
    for (const d of dictionarySeed) {
      const codes = d.items.map(([code]) => code);
      expect(new Set(codes).size, d.code).toBe(codes.length);
    }
  });
});
