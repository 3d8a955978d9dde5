import { formatDate, type IsoDate, isValidDate } from '../engine/dates.ts';

/** GB/T 2260 province-level codes (first two digits of the region code). */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  '11': '北京市',
  '12': '天津市',
  '13': '河北省',
  '14': '山西省',
  '15': '内蒙古自治区',
  '21': '辽宁省',
  '22': '吉林省',
  '23': '黑龙江省',
  '31': '上海市',
  '32': '江苏省',
  '33': '浙江省',
  '34': '安徽省',
  '35': '福建省',
  '36': '江西省',
  '37': '山东省',
  '41': '河南省',
  '42': '湖北省',
  '43': '湖南省',
  '44': '广东省',
  '45': '广西壮族自治区',
  '46': '海南省',
  '50': '重庆市',
  '51': '四川省',
  '52': '贵州省',
  '53': '云南省',
  '54': '西藏自治区',
  '61': '陕西省',
  '62': '甘肃省',
  '63': '青海省',
  '64': '宁夏回族自治区',
  '65': '新疆维吾尔自治区',
  '71': '台湾省',
  '81': '香港特别行政区',
  '82': '澳门特别行政区',
  '83': '台湾居民居住证',
};

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type ResidentIdErrorCode =
  | 'ID_EMPTY'
  | 'ID_LENGTH'
  | 'ID_FORMAT'
  | 'ID_REGION'
  | 'ID_BIRTH_DATE'
  | 'ID_BIRTH_FUTURE'
  | 'ID_CHECK_DIGIT';

export interface ResidentId {
  ok: true;
  /** normalised 18-character number (upper-case X) */
  id: string;
  regionCode: string;
  provinceCode: string;
  provinceName: string;
  birthDate: IsoDate;
  /** three-digit sequence; its last digit (17th of the number) gives the gender */
  sequence: string;
  gender: 'male' | 'female';
  checkDigit: string;
  /** true when the input was a 15-digit number converted to 18 digits */
  converted: boolean;
}

export interface ResidentIdError {
  ok: false;
  code: ResidentIdErrorCode;
  /** Chinese message for users */
  message: string;
}

export type ResidentIdResult = ResidentId | ResidentIdError;

const fail = (code: ResidentIdErrorCode, message: string): ResidentIdError => ({ ok: false, code, message });

/** ISO 7064 MOD 11-2 check character for the first 17 digits. */
export function residentIdCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new TypeError('first17 must be 17 digits');
  let total = 0;
  for (let i = 0; i < 17; i++) total += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[total % 11]!;
}

/** Convert a first-generation 15-digit number (born 19xx) to 18 digits. */
export function convertResidentId15To18(id15: string): string {
  const trimmed = id15.trim();
  if (!/^\d{15}$/.test(trimmed)) throw new TypeError('a 15-digit resident ID has 15 digits');
  const first17 = `${trimmed.slice(0, 6)}19${trimmed.slice(6)}`;
  return first17 + residentIdCheckDigit(first17);
}

export interface ParseResidentIdOptions {
  /** reject birth dates after this date (callers pass "today"; the package never reads the clock) */
  on?: IsoDate;
  /** accept 15-digit numbers and convert them */
  allow15?: boolean;
}

/** Parse and validate a resident ID number (GB 11643-1999). */
export function parseResidentId(value: string, options: ParseResidentIdOptions = {}): ResidentIdResult {
  let id = (value ?? '').trim().toUpperCase();
  if (id === '') return fail('ID_EMPTY', '请填写公民身份号码');
  let converted = false;
  if (id.length === 15 && options.allow15) {
    if (!/^\d{15}$/.test(id)) return fail('ID_FORMAT', '15位公民身份号码应全部为数字');
    id = convertResidentId15To18(id);
    converted = true;
  }
  if (id.length !== 18) {
    return fail('ID_LENGTH', `公民身份号码应为18位，当前为${id.length}位`);
  }
  if (!/^\d{17}[\dX]$/.test(id)) return fail('ID_FORMAT', '公民身份号码前17位应为数字，最后一位为数字或X');
  const provinceCode = id.slice(0, 2);
  const provinceName = PROVINCE_CODES[provinceCode];
  if (!provinceName)
    return fail('ID_REGION', `公民身份号码的地址码${id.slice(0, 6)}无效（省级代码${provinceCode}不存在）`);
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (year < 1900 || !isValidDate(year, month, day)) {
    return fail('ID_BIRTH_DATE', `公民身份号码中的出生日期${id.slice(6, 14)}不是有效日期`);
  }
  const birthDate = formatDate(year, month, day);
  if (options.on !== undefined && birthDate > options.on) {
    return fail('ID_BIRTH_FUTURE', `公民身份号码中的出生日期${birthDate}晚于${options.on}`);
  }
  const expected = residentIdCheckDigit(id.slice(0, 17));
  if (id[17] !== expected) return fail('ID_CHECK_DIGIT', '公民身份号码校验码错误，请核对后重新填写');
  return {
    ok: true,
    id,
    regionCode: id.slice(0, 6),
    provinceCode,
    provinceName,
    birthDate,
    sequence: id.slice(14, 17),
    gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
    checkDigit: expected,
    converted,
  };
}

export function isValidResidentId(value: string, options?: ParseResidentIdOptions): boolean {
  return parseResidentId(value, options).ok;
}

/** Mask for display and logs: first 4 and last 4 characters kept (3702**********1234). */
export function maskResidentId(value: string): string {
  const id = (value ?? '').trim();
  if (id.length <= 8) return '*'.repeat(id.length);
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}
