/** Unified social credit code (统一社会信用代码), GB 32100-2015. */
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

export type CreditCodeErrorCode =
  | 'CREDIT_CODE_EMPTY'
  | 'CREDIT_CODE_LENGTH'
  | 'CREDIT_CODE_FORMAT'
  | 'CREDIT_CODE_CHECK';

export type CreditCodeResult =
  | {
      ok: true;
      code: string;
      /** 登记管理部门代码 */
      authority: string;
      /** 机构类别代码 */
      category: string;
      /** 登记管理机关行政区划码 */
      regionCode: string;
      /** 主体标识码（组织机构代码） */
      organizationCode: string;
      /** whether the embedded organisation code satisfies GB 11714 */
      organizationCodeValid: boolean;
    }
  | { ok: false; code: CreditCodeErrorCode; message: string };

/** GB 32100 check character for the first 17 characters. */
export function creditCodeCheckChar(first17: string): string {
  let total = 0;
  for (let i = 0; i < 17; i++) {
    const v = CHARS.indexOf(first17[i] ?? '');
    if (v < 0) throw new TypeError(`invalid credit-code character at ${i + 1}`);
    total += v * WEIGHTS[i]!;
  }
  const check = 31 - (total % 31);
  return CHARS[check === 31 ? 0 : check]!;
}

function organizationCodeValid(code9: string): boolean {
  let total = 0;
  for (let i = 0; i < 8; i++) {
    const c = code9[i]!;
    const v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    total += v * ORG_WEIGHTS[i]!;
  }
  const check = 11 - (total % 11);
  const expected = check === 10 ? 'X' : check === 11 ? '0' : String(check);
  return code9[8] === expected;
}

export function parseCreditCode(value: string): CreditCodeResult {
  const code = (value ?? '').trim().toUpperCase();
  if (code === '') return { ok: false, code: 'CREDIT_CODE_EMPTY', message: '请填写统一社会信用代码' };
  if (code.length !== 18) {
    return {
      ok: false,
      code: 'CREDIT_CODE_LENGTH',
      message: `统一社会信用代码应为18位，当前为${code.length}位`,
    };
  }
  if (![...code].every((c) => CHARS.includes(c)) || !/^\d{6}$/.test(code.slice(2, 8))) {
    return {
      ok: false,
      code: 'CREDIT_CODE_FORMAT',
      message: '统一社会信用代码含有无效字符（不使用I、O、S、V、Z），第3至8位应为行政区划码',
    };
  }
  if (code[17] !== creditCodeCheckChar(code.slice(0, 17))) {
    return { ok: false, code: 'CREDIT_CODE_CHECK', message: '统一社会信用代码校验码错误，请核对后重新填写' };
  }
  return {
    ok: true,
    code,
    authority: code[0]!,
    category: code[1]!,
    regionCode: code.slice(2, 8),
    organizationCode: code.slice(8, 17),
    organizationCodeValid: organizationCodeValid(code.slice(8, 17)),
  };
}

export function isValidCreditCode(value: string): boolean {
  return parseCreditCode(value).ok;
}
