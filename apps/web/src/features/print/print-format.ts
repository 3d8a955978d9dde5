import { chineseDate } from '@minsheng/rules/engine/chinese-date.ts';
import { amountInWords } from '@minsheng/rules/engine/money-words.ts';

// Pure and exact (no floats): shared with the rules package so the server and the forms agree.
export { amountInWords, chineseDate };

/** A date for a form, or a blank line to write on when there is none yet. */
export const dateOrBlank = (iso: string | null | undefined): string =>
  iso ? chineseDate(iso) : '____年__月__日';
