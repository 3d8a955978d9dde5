import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, parseCreditCode } from './credit-code.ts';

describe('parseCreditCode', () => {
  it('accepts a valid code and splits its parts', () => {
    const code = `91350100M000100Y4${creditCodeCheckChar('91350100M000100Y4')}`;
    expect(code).toBe('91350100M000100Y43');
    expect(parseCreditCode(code)).toMatchObject({
      ok: true,
      authority: '9',
      category: '1',
      regionCode: '350100',
    });
  });

  it('rejects a wrong check character, forbidden letters and wrong length', () => {
    expect(parseCreditCode('91350100M000100Y44')).toMatchObject({ ok: false, code: 'CREDIT_CODE_CHECK' });
    expect(parseCreditCode('91350100M000100I43')).toMatchObject({ ok: false, code: 'CREDIT_CODE_FORMAT' });
    expect(parseCreditCode('91350100M000100Y4')).toMatchObject({ ok: false, code: 'CREDIT_CODE_LENGTH' });
    expect(parseCreditCode(' ')).toMatchObject({ ok: false, code: 'CREDIT_CODE_EMPTY' });
  });

  it('catches every single-character substitution', () => {
    const code = '91350100M000100Y43';
    const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (let i = 0; i < 18; i++) {
      for (const c of chars) {
        if (c === code[i] || (i >= 2 && i < 8 && !/\d/.test(c))) continue;
        expect(parseCreditCode(code.slice(0, i) + c + code.slice(i + 1)).ok).toBe(false);
      }
    }
  });
});
