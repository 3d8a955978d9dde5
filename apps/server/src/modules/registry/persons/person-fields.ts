import { maskResidentId, parseResidentId } from '@minsheng/rules/national/resident-id.ts';
import type { FieldCipher } from '../../../platform/crypto.ts';
import { invalid } from '../../../platform/errors.ts';

/** The dictionary-coded fields of a person and the dictionary each must come from. */
export const dictFields = {
  ethnicity: { dict: 'ethnicity', label: '民族' },
  education: { dict: 'education', label: '文化程度' },
  hukouType: { dict: 'hukou_type', label: '户口性质' },
  hukouPlace: { dict: 'hukou_place', label: '户籍地类别' },
} as const;
export type DictField = keyof typeof dictFields;

const MOBILE = /^1[3-9]\d{9}$/;

/** 138****1234: the first three and last four digits stay readable. */
export const maskPhone = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

/**
 * The stored forms of an ID number: ciphertext, lookup hash and mask, plus what the number itself
 * tells (birth date, gender as GB/T 2261.1 code). Invalid numbers are answered with the rules
 * package's Chinese message.
 */
export function idNumberFields(cipher: FieldCipher, input: string, today: string) {
  const parsed = parseResidentId(input, { on: today });
  if (!parsed.ok) throw invalid(parsed.message, [{ path: 'idNumber', message: parsed.message }]);
  return {
    idNumberEnc: cipher.encrypt(parsed.id),
    idNumberHash: cipher.lookupHash(parsed.id),
    idNumberMasked: maskResidentId(parsed.id),
    birthDate: parsed.birthDate,
    gender: parsed.gender === 'male' ? ('1' as const) : ('2' as const),
  };
}

/** Encrypted, hashed and masked phone; an empty value clears it. */
export function phoneFields(cipher: FieldCipher, input: string | null | undefined) {
  const phone = (input ?? '').replace(/[\s-]/g, '');
  if (phone === '') return { phoneEnc: null, phoneHash: null, phoneMasked: null };
  if (!MOBILE.test(phone)) {
    const message = '联系电话应为 11 位手机号码';
    throw invalid(message, [{ path: 'phone', message }]);
  }
  return {
    phoneEnc: cipher.encrypt(phone),
    phoneHash: cipher.lookupHash(phone),
    phoneMasked: maskPhone(phone),
  };
}

/** The normalised form used for the exact-ID search: upper-case X, no spaces. */
export const normaliseIdNumber = (q: string) => q.trim().toUpperCase();
