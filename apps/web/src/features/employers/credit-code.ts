// Mirrors the server's GB 32100 check (packages/rules national/credit-code.ts) and its messages,
// so the form says the same thing before the request as the server would after it.
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The Chinese problem with a unified social credit code, or null when it is valid. */
export function creditCodeProblem(value: string): string | null {
  const code = value.trim().toUpperCase();
  if (code === '') return '请填写统一社会信用代码';
  if (code.length !== 18) return `统一社会信用代码应为18位，当前为${code.length}位`;
  if (![...code].every((c) => CHARS.includes(c)) || !/^\d{6}$/.test(code.slice(2, 8))) {
    return '统一社会信用代码含有无效字符（不使用I、O、S、V、Z），第3至8位应为行政区划码';
  }
  const total = WEIGHTS.reduce((sum, w, i) => sum + CHARS.indexOf(code[i] ?? '') * w, 0);
  const check = 31 - (total % 31);
  if (code[17] !== CHARS[check === 31 ? 0 : check]) return '统一社会信用代码校验码错误，请核对后重新填写';
  return null;
}
