import { creditCodeCheckChar } from '@minsheng/rules/national/credit-code.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../platform/errors.ts';
import { businessCreditCode } from './businesses.service.ts';

const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const char = fc.constantFrom(...CHARS);
/** A valid code of the market regulator (9), category 1 (企业) or 2 (个体工商户), any region and body. */
const validCode = fc
  .tuple(
    fc.constantFrom('1', '2'),
    fc.stringMatching(/^\d{6}$/),
    fc.array(char, { minLength: 9, maxLength: 9 }),
  )
  .map(([category, region, body]) => {
    const first17 = `9${category}${region}${body.join('')}`;
    return first17 + creditCodeCheckChar(first17);
  });

const accepted = (kind: 'enterprise' | 'individual', code: string) => {
  try {
    return businessCreditCode(kind, code) === code;
  } catch (e) {
    if (e instanceof DomainError) return false;
    throw e;
  }
};

describe('a business’s credit code', () => {
  it('is accepted for exactly one kind: 个体工商户 when it starts 92, 企业 otherwise', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        const individual = code.startsWith('92');
        expect(accepted('individual', code)).toBe(individual);
        expect(accepted('enterprise', code)).toBe(!individual);
        expect(businessCreditCode(individual ? 'individual' : 'enterprise', code.toLowerCase())).toBe(code);
      }),
    );
  });

  it('is refused for both kinds when any one character is changed', () => {
    fc.assert(
      fc.property(validCode, fc.nat(17), char, (code, at, c) => {
        fc.pre(code[at] !== c);
        const changed = code.slice(0, at) + c + code.slice(at + 1);
        expect(accepted('individual', changed) || accepted('enterprise', changed)).toBe(false);
      }),
    );
  });
});
