/**
 * Money on case pages is integer fen on the wire. These helpers convert exactly, with integer
 * (BigInt) arithmetic and string handling only: no floating point ever touches an amount.
 */

/** 130000 → "1300.00"; -5 → "-0.05"; null/undefined → "—". */
export function fenToYuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isSafeInteger(fen)) return '—';
  const value = BigInt(fen);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const yuan = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${yuan}.${cents}`;
}

/** "1300.00" → "1300.00 元", "—" unchanged. */
export const yuanText = (fen: number | null | undefined): string => {
  const yuan = fenToYuan(fen);
  return yuan === '—' ? yuan : `${yuan} 元`;
};

const yuanPattern = /^(\d{1,10})(?:\.(\d{1,2}))?$/;

/**
 * A yuan amount typed by an officer ("1300", "1300.5", "1,300.50") → fen, or null when it is not
 * a non-negative amount with at most two decimal places.
 */
export function yuanToFen(text: string): number | null {
  const match = yuanPattern.exec(text.trim().replaceAll(',', '').replaceAll('，', ''));
  if (!match) return null;
  const fen = BigInt(match[1] ?? '0') * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
  return Number(fen);
}
