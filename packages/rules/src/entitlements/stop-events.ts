import { compareDates, type IsoDate, monthOf, parseIsoDate } from '../engine/dates.ts';
import type { Gender } from '../national/classify.ts';
import { type RetirementCategory, statutoryRetirement } from '../national/retirement.ts';
import { monthFromIndex, monthIndex } from '../policies/county-city/flexible-employment/standard.ts';

/**
 * Stop events of a recurring entitlement (定期待遇停发情形), read from the registry each period.
 *
 * A benefit paid every month is due for a month only while its holder is still in the situation
 * the approval saw: still on the post (or unemployed), not re-employed elsewhere, below statutory
 * retirement age, alive. The seed texts grant 公益性岗位 and 社会保险补贴 "按月" for people in that
 * situation (001 篇3 三(三)2–3) and end them with it; they do not say how a month in which the
 * situation changes is counted, so Minsheng takes the month as the unit the policies pay in: a
 * month is due when no stop event had happened by its first day (an event on the 1st stops that
 * month, one on the 20th the next). The 3-year term and the 4050 extension are the policy's own
 * conditions (`within_three_years`), decided when each period's claim is evaluated.
 */
export type StopCode = 're_employed' | 'new_contract' | 'post_ended' | 'retired' | 'deceased';

export const stopCodeLabels: Record<StopCode, string> = {
  re_employed: '再就业',
  new_contract: '与其他单位签订劳动合同',
  post_ended: '离开岗位',
  retired: '达到法定退休年龄',
  deceased: '死亡',
};

export interface EmploymentRecord {
  employerId: string | null;
  /** the registry's free-text employer when it is not a registered one */
  employerName?: string | null | undefined;
  startedOn: IsoDate;
  endedOn: IsoDate | null;
  /** dictionary employment_end_reason (retired, deceased, …) */
  endReason: string | null;
}

export interface ContractRecord {
  employerId: string;
  startsOn: IsoDate;
}

export interface StopFacts {
  gender: Gender;
  birthDate: IsoDate;
  /** men are `male`; a woman's 干部/工人 category is declared when the entitlement is set up */
  retirementCategory: RetirementCategory;
  /** the first day the entitlement pays for: only what happened since can stop it */
  since: IsoDate;
  /** the employer whose post the entitlement pays (公益性岗位); null for benefits of the unemployed */
  ownEmployerId: string | null;
  /** the holder's employment registrations (就业登记) */
  employments: readonly EmploymentRecord[];
  /** the holder's labour contracts (劳动合同登记) */
  contracts: readonly ContractRecord[];
  /** the post register's end of the holding, when recorded */
  postEnded?: { on: IsoDate; reason: string } | null | undefined;
  /** a death recorded anywhere in the registry (an employment or unemployment record ended 死亡) */
  deceasedOn?: IsoDate | null | undefined;
}

export interface StopEvent {
  code: StopCode;
  on: IsoDate;
  /** in Chinese, with what the registry recorded */
  reason: string;
}

const elsewhere = (f: StopFacts, employerId: string | null) =>
  f.ownEmployerId === null || employerId !== f.ownEmployerId;

const since = (f: StopFacts, on: IsoDate) => compareDates(on, f.since) >= 0;

/**
 * Every stop event the registry shows from the entitlement's start to `until` (the last day of the
 * period being listed; retirement is known ahead, the rest as recorded), earliest first.
 */
export function stopEvents(f: StopFacts, until: IsoDate): StopEvent[] {
  const out: StopEvent[] = [];
  for (const e of f.employments) {
    if (since(f, e.startedOn) && elsewhere(f, e.employerId))
      out.push({
        code: 're_employed',
        on: e.startedOn,
        reason: `${e.startedOn} 起在${e.employerName ?? '其他单位'}就业（就业登记）`,
      });
    const own = f.ownEmployerId !== null && e.employerId === f.ownEmployerId;
    if (own && e.endedOn && since(f, e.endedOn) && e.endReason !== 'deceased' && e.endReason !== 'retired')
      out.push({ code: 'post_ended', on: e.endedOn, reason: `${e.endedOn} 在岗位单位的就业登记终止` });
  }
  for (const c of f.contracts)
    if (since(f, c.startsOn) && elsewhere(f, c.employerId))
      out.push({ code: 'new_contract', on: c.startsOn, reason: `${c.startsOn} 起与其他单位签订劳动合同` });
  if (f.postEnded && since(f, f.postEnded.on))
    out.push({
      code: 'post_ended',
      on: f.postEnded.on,
      reason: `${f.postEnded.on} 离开公益性岗位（${f.postEnded.reason}）`,
    });
  const retirement = statutoryRetirement(f.birthDate, f.retirementCategory);
  const retiredOn = `${retirement.retirementMonth}-01`;
  if (since(f, retiredOn))
    out.push({
      code: 'retired',
      on: retiredOn,
      reason: `${retirement.description}（渐进式延迟法定退休年龄办法 第二条）`,
    });
  if (f.deceasedOn && since(f, f.deceasedOn))
    out.push({ code: 'deceased', on: f.deceasedOn, reason: `${f.deceasedOn} 死亡（登记记录）` });
  return out.filter((e) => compareDates(e.on, until) <= 0).sort((a, b) => compareDates(a.on, b.on));
}

/** The first month an event stops: its own month when it happened on the 1st, else the next. */
export function firstStoppedMonth(on: IsoDate): string {
  const month = monthOf(on);
  return parseIsoDate(on).day === 1 ? month : monthFromIndex(monthIndex(month) + 1);
}

export interface PeriodDue {
  /** the period's due months, YYYY-MM inclusive; null when none is due */
  paidTo: string | null;
  /** the event that stops (part of) the period, if any */
  stop: StopEvent | null;
}

/**
 * What of the months `from`…`to` is due given the stop events: the months before the first stopped
 * month. A period cut short is paid for its due months (prorated by month); a period with none due
 * stops the entitlement.
 */
export function periodDue(events: readonly StopEvent[], from: string, to: string): PeriodDue {
  const stop = events.find((e) => firstStoppedMonth(e.on) <= to) ?? null;
  if (!stop) return { paidTo: to, stop: null };
  const first = firstStoppedMonth(stop.on);
  if (first <= from) return { paidTo: null, stop };
  return { paidTo: monthFromIndex(monthIndex(first) - 1), stop };
}

/** The months of the period that starts at `month` (a quarter starts in Jan, Apr, Jul or Oct). */
export function periodOf(kind: 'monthly' | 'quarterly', month: string): { from: string; to: string } {
  if (kind === 'monthly') return { from: month, to: month };
  const i = monthIndex(month);
  const start = i - (i % 3);
  return { from: monthFromIndex(start), to: monthFromIndex(start + 2) };
}
