import { addMonths, type IsoDate, monthOf, monthsBetween } from '@minsheng/rules/engine/dates.ts';
import { classify4050, type Gender } from '@minsheng/rules/national/classify.ts';

/** How close to the general end a reviewer may approve a 4050 extension (months left, inclusive). */
export const EXTENSION_WINDOW_MONTHS = 3;

export interface PostClockInput {
  startOn: IsoDate;
  /** YYYY-MM; null: the start month */
  continuousSinceMonth: string | null;
  endedOn: IsoDate | null;
  /** the policy's `general_max_months` (36) */
  generalMaxMonths: number;
  holder: { gender: Gender; birthDate: IsoDate };
  today: IsoDate;
}

export interface PostClock {
  /** YYYY-MM: the month the clock starts (continuousSinceMonth or the start month) */
  sinceMonth: string;
  generalMaxMonths: number;
  /** YYYY-MM: the last month of the general term (since + max − 1) */
  generalEndMonth: string;
  /** months of the clock run by today (or by the end of the post), from 0; may pass the general max */
  monthsUsed: number;
  /** months of the general term still to run, from 0 */
  monthsLeft: number;
  /** "4050" on the first day of the first month beyond the general term (the policy's test date for it) */
  is4050: boolean;
  is4050Reason: string;
  /** the clock is within the extension window: `EXTENSION_WINDOW_MONTHS` or fewer months left, or past its end */
  nearEnd: boolean;
}

/**
 * The 3-year clock of a public-welfare post (三(三)2 "期限一般不超过3年"): from the first
 * subsidised month of continuous employment on such posts, `generalMaxMonths` months. A month
 * counts as used once it has begun, up to today's month or the post's end month.
 */
export function postClock(p: PostClockInput): PostClock {
  const sinceMonth = p.continuousSinceMonth ?? monthOf(p.startOn);
  const generalEndMonth = monthOf(addMonths(`${sinceMonth}-01`, p.generalMaxMonths - 1));
  const asOf = p.endedOn && p.endedOn < p.today ? p.endedOn : p.today;
  const monthsUsed = Math.max(0, monthsBetween(sinceMonth, monthOf(asOf)) + 1);
  const monthsLeft = Math.max(0, p.generalMaxMonths - monthsUsed);
  const firstBeyond = addMonths(`${generalEndMonth}-01`, 1);
  const c = classify4050(p.holder.gender, p.holder.birthDate, firstBeyond);
  return {
    sinceMonth,
    generalMaxMonths: p.generalMaxMonths,
    generalEndMonth,
    monthsUsed,
    monthsLeft,
    is4050: c.is4050,
    is4050Reason: c.reason,
    nearEnd: monthsLeft <= EXTENSION_WINDOW_MONTHS,
  };
}
