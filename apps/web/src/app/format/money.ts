import { fenToYuan, money, sum, yuanFigures } from '@minsheng/rules/engine/money.ts';

export { fenToYuan, yuanFigures };

/**
 * The one way amounts are shown and typed: exact decimals (the rules package's, never binary
 * floats), thousands grouped, with 元: `1,300.00 元`. The API carries integer fen or two-decimal
 * yuan strings.
 */

/** A yuan amount from the API (`"1300.00"`) as `1,300.00 元`; none → `—`. */
export const formatYuan = (yuan: string | null | undefined): string =>
  yuan === null || yuan === undefined || yuan === '' ? '—' : `${yuanFigures(yuan)} 元`;

/** Integer fen as `1,300.00 元`; none → `—`. */
export const formatFen = (fen: number | null | undefined): string =>
  fen === null || fen === undefined || !Number.isSafeInteger(fen) ? '—' : formatYuan(fenToYuan(fen));

/** Adds yuan strings exactly: `["1300.00", "0.10"]` → `"1300.10"`. */
export const sumYuan = (amounts: readonly string[]): string => money(sum(amounts));

const typedYuan = /^(\d{1,10})(?:\.(\d{1,2}))?$/;

/**
 * A yuan amount typed by an officer (`1300`, `1300.5`, `1,300.50`) → integer fen, or null when it
 * is not a non-negative amount with at most two decimal places.
 */
export function yuanToFen(text: string): number | null {
  const match = typedYuan.exec(text.trim().replaceAll(',', '').replaceAll('，', ''));
  if (!match) return null;
  return Number(BigInt(match[1] ?? '0') * 100n + BigInt((match[2] ?? '').padEnd(2, '0')));
}
