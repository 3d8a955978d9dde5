import { fenToYuan, MAX_AMOUNT_FEN, money, sum, yuanFigures } from '@minsheng/rules/engine/money.ts';

export { fenToYuan, MAX_AMOUNT_FEN, yuanFigures };

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

/**
 * What is wrong with a typed yuan amount, in the officer's words, or null: not a number, more than
 * two decimals, or above `maxFen` (however many digits were typed).
 */
export function typedYuanProblem(text: string, maxFen: number = MAX_AMOUNT_FEN): string | null {
  const plain = text.trim().replaceAll(',', '').replaceAll('，', '');
  const match = /^(\d+)(?:\.(\d+))?$/.exec(plain);
  if (!match) return '请填写金额（元），如 1300.00';
  if ((match[2]?.length ?? 0) > 2) return '金额最多保留两位小数（到分）';
  const fen = BigInt(match[1] ?? '0') * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
  return fen > BigInt(maxFen) ? `金额不能超过 ${formatFen(maxFen)}` : null;
}
