import { chineseDate } from '@minsheng/rules/engine/chinese-date.ts';
import { amountInWords, fenInWords } from '@minsheng/rules/engine/money-words.ts';

// Pure and exact (no floats): shared with the rules package so the server and the forms agree.
export { amountInWords, chineseDate, fenInWords };

/** An amount in yuan with its thousands grouped, from the API's two-decimal string: 1300.00 → 1,300.00. */
export function yuanFigures(yuan: string): string {
  const [whole, fraction = '00'] = yuan.split('.');
  return `${(whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction.padEnd(2, '0')}`;
}

/** Integer fen as a two-decimal yuan string, without floats: 130000 → "1300.00". */
export function fenToYuan(fen: number): string {
  const s = Math.abs(fen).toString().padStart(3, '0');
  return `${fen < 0 ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
}

/** A date for a form, or a blank line to write on when there is none yet. */
export const dateOrBlank = (iso: string | null | undefined): string =>
  iso ? chineseDate(iso) : '____年__月__日';
