import { addMonths, monthsBetween } from '@minsheng/rules/engine/dates.ts';

export interface ScheduleLine {
  seq: number;
  dueOn: string;
  principalFen: number;
}

/**
 * 等额本金 monthly schedule: `months` instalments due one calendar month apart after `start`, each
 * the whole-fen share of the principal; the last one takes the remainder, so the lines sum to the
 * principal exactly. `firstSeq` numbers the lines (a rescheduled tail continues the numbering).
 */
export function equalPrincipalSchedule(
  principalFen: number,
  start: string,
  months: number,
  firstSeq = 1,
): ScheduleLine[] {
  if (!Number.isSafeInteger(principalFen) || principalFen < 0) throw new RangeError('principal in fen');
  if (!Number.isInteger(months) || months < 1) throw new RangeError('at least one month');
  const share = Math.floor(principalFen / months);
  return Array.from({ length: months }, (_, i) => ({
    seq: firstSeq + i,
    dueOn: addMonths(start, i + 1),
    principalFen: i === months - 1 ? principalFen - share * (months - 1) : share,
  }));
}

/** Whole months between two dates' months (at least one): the instalments until a maturity. */
export const monthsUntil = (from: string, to: string): number => Math.max(1, monthsBetween(from, to));

/**
 * Principal the schedule had due by `on` but the borrower has not paid: the arrears. Zero when
 * the payments keep up with the schedule.
 */
export function arrearsFen(schedule: readonly ScheduleLine[], paidPrincipalFen: number, on: string): number {
  const due = schedule.filter((l) => l.dueOn < on).reduce((s, l) => s + l.principalFen, 0);
  return Math.max(0, due - paidPrincipalFen);
}

/** The due date of the first instalment left unpaid after `paidPrincipalFen` (null when none). */
export function firstUnpaidDueOn(schedule: readonly ScheduleLine[], paidPrincipalFen: number): string | null {
  let covered = paidPrincipalFen;
  for (const l of [...schedule].sort((a, b) => a.seq - b.seq)) {
    if (covered < l.principalFen) return l.dueOn;
    covered -= l.principalFen;
  }
  return null;
}
