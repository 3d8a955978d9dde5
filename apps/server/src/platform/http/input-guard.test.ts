import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findUnsafeText } from './input-guard.ts';

describe('findUnsafeText', () => {
  it('names the first field holding a NUL or a lone surrogate, at any depth and in keys', () => {
    expect(findUnsafeText({ name: 'a\u0000b' }, 'body')).toBe('body/name');
    expect(findUnsafeText({ list: [{ x: 'ok' }, { y: '\ud800' }] }, 'body')).toBe('body/list/1/y');
    expect(findUnsafeText({ 'k\udc00': 1 }, 'querystring')).toBe('querystring');
    expect(findUnsafeText('x\udfffy', 'params')).toBe('params');
  });

  it('lets through well-formed text, including pairs of surrogates (emoji, rare hanzi)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'grapheme' }), (v) => {
        const wellFormed = JSON.stringify(v)
          .replace(/\\u0000/g, '')
          .replaceAll('\u0000', '');
        return findUnsafeText(JSON.parse(wellFormed), 'body') === null;
      }),
    );
    expect(findUnsafeText({ name: '𠮷野家 😀' }, 'body')).toBeNull();
  });

  it('walks a deeply nested value without exhausting the stack', () => {
    let deep: unknown = '\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnsafeText(deep, 'body')).toMatch(/^body(\/0)+$/);
  });
});
