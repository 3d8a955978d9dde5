/**
 * Amounts in Chinese capital numerals (大写金额) as printed on approval notices and payment lists,
 * following the People's Bank rules for writing amounts on vouchers: 壹拾 (never a bare 拾), one 零
 * for any run of zeros, 整 after an amount ending at 元 or 角, none after 分.
 *
 * Pure string and bigint arithmetic: no binary floats, so 0.1 + 0.2 problems cannot reach a form.
 */

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const PLACES = ['仟', '佰', '拾', ''] as const;

/** The largest amount written: just under 一亿亿 (10^16) yuan. */
const LIMIT = 10n ** 16n;

/** 1 ≤ n < 10000, e.g. 1009 → 壹仟零玖, 1300 → 壹仟叁佰. */
function fourDigits(n: bigint): string {
  const digits = n.toString().padStart(4, '0');
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < 4; i++) {
    const d = Number(digits[i]);
    if (d === 0) {
      // A zero counts only between two non-zero digits.
      pendingZero = out !== '';
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[d] + PLACES[i]!;
  }
  return out;
}

/** Splits n at `unit` (万 = 10^4, 亿 = 10^8); a lower part without its leading digit needs a 零. */
function integerWords(n: bigint): string {
  for (const [unit, size] of [
    ['亿', 10n ** 8n],
    ['万', 10n ** 4n],
  ] as const) {
    if (n >= size) {
      const high = n / size;
      const low = n % size;
      if (low === 0n) return `${integerWords(high)}${unit}`;
      return `${integerWords(high)}${unit}${low < size / 10n ? '零' : ''}${integerWords(low)}`;
    }
  }
  return fourDigits(n);
}

/**
 * A non-negative amount in yuan, given as a decimal string with at most two decimals ("1300.00",
 * "1300", "0.5"), in capital numerals: "1300.00" → 壹仟叁佰元整, "1409.05" → 壹仟肆佰零玖元零伍分.
 */
export function amountInWords(yuan: string): string {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!m) throw new TypeError(`not a non-negative amount with at most two decimals: "${yuan}"`);
  const whole = BigInt(m[1]!);
  if (whole >= LIMIT) throw new RangeError(`amount too large to write in words: "${yuan}"`);
  const fraction = (m[2] ?? '').padEnd(2, '0');
  const jiao = Number(fraction[0]);
  const fen = Number(fraction[1]);
  if (whole === 0n && jiao === 0 && fen === 0) return '零元整';
  let out = whole > 0n ? `${integerWords(whole)}元` : '';
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (fen > 0 && whole > 0n) out += '零';
  if (fen > 0) return `${out}${DIGITS[fen]}分`;
  return `${out}整`;
}

/** The same for an integer number of fen (the unit amounts are stored in). */
export function fenInWords(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new TypeError(`not a non-negative integer fen: ${fen}`);
  const s = fen.toString().padStart(3, '0');
  return amountInWords(`${s.slice(0, -2)}.${s.slice(-2)}`);
}
