import { describe, expect, it } from 'vitest';
import { getPolicy } from '../catalogue.ts';
import { evaluate } from './evaluate.ts';

describe('input validation messages', () => {
  it('are Chinese even when the caller never configured zod', () => {
    const policy = getPolicy('zhuhai.high-skill-subsidy')!;
    expect(() =>
      evaluate(policy, { part: 'both', labourOrigin: 'local_urban' }, { on: '2026-04-20' }),
    ).toThrow(/输入不符合要求：certificate：[^A-Za-z]*[\u4e00-\u9fa5]/);
  });
});
