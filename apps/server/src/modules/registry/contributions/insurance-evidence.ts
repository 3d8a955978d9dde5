import { addDays, addMonths, addYears } from '@minsheng/rules/engine/dates.ts';
import { contributionMonths, dateRanges, inRange } from '../../../platform/dates/date-ranges.ts';

/**
 * The facts later rules read from labour contracts and contribution records: "签订1年以上劳动合同",
 * "在本市缴纳社会保险费满3年", "连续缴费6个月". Pure functions of the records (no database, no
 * clock): the caller passes the period or the month "to date". Months are 'YYYY-MM' strings.
 * Total over whatever the database holds: a date or month outside its documented range
 * (platform/dates/date-ranges.ts) is a data error, not evidence, and is left out of every figure.
 */

export interface ContractTerms {
  termKind: 'fixed' | 'open_ended' | 'task';
  startsOn: string;
  /** Agreed end; null for open-ended and for task contracts without an estimated end. */
  endsOn: string | null;
  /** Actual early end (解除/终止), if any. */
  endedOn?: string | null;
}

export interface ContributionFact {
  kind: string;
  /** 'YYYY-MM' */
  month: string;
  status: 'paid' | 'arrears';
  employerId: string | null;
}

export interface MonthRange {
  /** first month counted, inclusive; open when absent */
  from?: string | undefined;
  /** last month counted, inclusive; open when absent */
  to?: string | undefined;
  /** only months paid through this employer */
  employerId?: string | undefined;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string): boolean => MONTH.test(value);

export const monthIndex = (ym: string): number => {
  const m = MONTH.exec(ym);
  if (!m) throw new RangeError(`not a month: ${ym}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
};

export const monthFromIndex = (i: number): string =>
  `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;

export const shiftMonth = (ym: string, months: number): string => monthFromIndex(monthIndex(ym) + months);

/** Both ends of the term lie in the documented range of working-life dates. */
const saneTerm = (c: Pick<ContractTerms, 'startsOn' | 'endsOn'>) =>
  inRange(c.startsOn, dateRanges.working) && (c.endsOn === null || inRange(c.endsOn, dateRanges.working));

/**
 * Full months of an agreed term: the largest n with start + n months − 1 day ≤ end, the reading
 * the rules use for "N年以上" (packages/rules contractAtLeast). Null when the term has no end.
 */
export function contractTermMonths(c: Pick<ContractTerms, 'startsOn' | 'endsOn'>): number | null {
  if (c.endsOn === null || !saneTerm(c)) return null;
  const end = c.endsOn;
  let n = Math.max(0, (Number(end.slice(0, 4)) - Number(c.startsOn.slice(0, 4))) * 12 - 12);
  while (addDays(addMonths(c.startsOn, n + 1), -1) <= end) n += 1;
  return n;
}

/**
 * "签订N年以上劳动合同": open-ended contracts always satisfy it; a fixed or task contract when its
 * agreed end is no earlier than the day before the N-th anniversary of its start. A task contract
 * without an estimated end cannot show the term and does not satisfy it.
 */
export function contractAtLeastYears(c: ContractTerms, years: number): boolean {
  if (c.termKind === 'open_ended') return true;
  if (c.endsOn === null || !saneTerm(c)) return false;
  return c.endsOn >= addDays(addYears(c.startsOn, years), -1);
}

/** In force on `day`: started, and neither past its agreed end nor ended early. */
export function contractInForceOn(c: ContractTerms, day: string): boolean {
  const end = c.endedOn ?? c.endsOn;
  return c.startsOn <= day && (end === null || day <= end);
}

/** The distinct paid months of `kind` in the range, ascending (duplicates from re-imports collapse). */
export function paidMonths(
  records: readonly ContributionFact[],
  kind: string,
  range: MonthRange = {},
): number[] {
  const from = range.from === undefined ? -Infinity : monthIndex(range.from);
  const to = range.to === undefined ? Infinity : monthIndex(range.to);
  const months = new Set<number>();
  for (const r of records) {
    if (r.kind !== kind || r.status !== 'paid' || !inRange(r.month, contributionMonths)) continue;
    if (range.employerId !== undefined && r.employerId !== range.employerId) continue;
    const i = monthIndex(r.month);
    if (i >= from && i <= to) months.add(i);
  }
  return [...months].sort((a, b) => a - b);
}

/** Months insured (paid) for `kind` in the range, each calendar month once whatever the employers. */
export const insuredMonths = (records: readonly ContributionFact[], kind: string, range: MonthRange = {}) =>
  paidMonths(records, kind, range).length;

/** The longest run of consecutive paid months of `kind` in the range. */
export function longestContinuousInsuredMonths(
  records: readonly ContributionFact[],
  kind: string,
  range: MonthRange = {},
): number {
  let best = 0;
  let run = 0;
  let prev = Number.NaN;
  for (const i of paidMonths(records, kind, range)) {
    run = i === prev + 1 ? run + 1 : 1;
    best = Math.max(best, run);
    prev = i;
  }
  return best;
}

/** Consecutive paid months of `kind` ending exactly at `month` (0 when that month is not paid). */
export function continuousInsuredMonthsTo(
  records: readonly ContributionFact[],
  kind: string,
  month: string,
  employerId?: string,
): number {
  const months = new Set(paidMonths(records, kind, { to: month, employerId }));
  let n = 0;
  for (let i = monthIndex(month); months.has(i); i -= 1) n += 1;
  return n;
}

/** "缴纳社会保险费满N年": at least 12·N paid months of `kind` in the range (cumulative). */
export const insuredFullYears = (
  records: readonly ContributionFact[],
  kind: string,
  years: number,
  range: MonthRange = {},
): boolean => insuredMonths(records, kind, range) >= 12 * years;
