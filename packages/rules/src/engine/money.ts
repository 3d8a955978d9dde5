import { Decimal } from 'decimal.js';

/**
 * Exact decimal arithmetic for money and rates. Binary floats never carry amounts:
 * every value enters as a decimal string (or an integer / short literal number that
 * round-trips exactly through `String(n)`), and leaves as a string with two decimals.
 */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof D>;
export type DecimalInput = string | number | Dec;

export type RoundingMode = 'half_up' | 'down' | 'up' | 'half_even';

const MODES: Record<RoundingMode, Decimal.Rounding> = {
  half_up: Decimal.ROUND_HALF_UP,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
  half_even: Decimal.ROUND_HALF_EVEN,
};

/** Parse a decimal; rejects NaN, infinities and numbers that are not exactly representable as written. */
export function dec(value: DecimalInput): Dec {
  if (value instanceof D) return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`not a finite number: ${value}`);
    // String(n) is the shortest round-trip representation, i.e. the literal as written in YAML/JSON.
    return new D(String(value));
  }
  const trimmed = value.trim();
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) throw new TypeError(`not a decimal string: "${value}"`);
  return new D(trimmed);
}

/** Round to the fen (0.01 yuan); ROUND_HALF_UP unless a policy says otherwise. */
export function roundFen(value: DecimalInput, mode: RoundingMode = 'half_up'): Dec {
  return dec(value).toDecimalPlaces(2, MODES[mode]);
}

/** Money as a string with exactly two decimals, e.g. "1000.00". */
export function money(value: DecimalInput, mode: RoundingMode = 'half_up'): string {
  return roundFen(value, mode).toFixed(2, MODES[mode]);
}

/** A decimal rounded to `places` places (for scores, ratios), as a fixed string. */
export function fixed(value: DecimalInput, places: number, mode: RoundingMode = 'half_up'): string {
  return dec(value).toFixed(places, MODES[mode]);
}

export function sum(values: readonly DecimalInput[]): Dec {
  return values.reduce<Dec>((acc, v) => acc.plus(dec(v)), new D(0));
}

export function max(a: DecimalInput, b: DecimalInput): Dec {
  return D.max(dec(a), dec(b));
}

export function min(a: DecimalInput, b: DecimalInput): Dec {
  return D.min(dec(a), dec(b));
}

/** Clamp to [lo, hi]. */
export function clamp(value: DecimalInput, lo: DecimalInput, hi: DecimalInput): Dec {
  return min(max(value, lo), hi);
}

export function isMoneyString(value: string): boolean {
  return /^-?\d+\.\d{2}$/.test(value);
}

/** Integer fen as yuan with two decimals: 130000 → "1300.00", -5 → "-0.05". */
export const fenToYuan = (fen: number): string => money(dec(fen).div(100));

/**
 * The largest amount a single case may approve or a reviewer may type: 100,000,000.00 元, far above
 * any subsidy in the catalogue; a bound so that no typed amount overflows on its way to the database.
 */
export const MAX_AMOUNT_FEN = 10_000_000_000;

/**
 * Yuan as integer fen: "1300.5" → 130050. Refuses what is not a whole number of fen or does not fit
 * a safe integer, rather than rounding an amount silently.
 */
export function yuanToFen(amount: DecimalInput): number {
  const fen = dec(amount).times(100);
  if (!fen.isInteger()) throw new RangeError(`not a whole number of fen: ${String(amount)}`);
  if (fen.abs().greaterThan(Number.MAX_SAFE_INTEGER))
    throw new RangeError(`amount too large: ${String(amount)}`);
  return fen.toNumber();
}

/** A yuan amount in figures grouped by thousands, as printed: "1300" → "1,300.00". */
export function yuanFigures(yuan: DecimalInput): string {
  const [whole = '0', fraction = '00'] = money(yuan).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}
