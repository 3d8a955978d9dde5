import { daysInMonth } from '@minsheng/rules/engine/dates.ts';
import {
  periodDue,
  periodOf,
  type StopEvent,
  type StopFacts,
  stopCodeLabels,
  stopEvents,
} from '@minsheng/rules/entitlements/stop-events.ts';
import {
  monthFromIndex,
  monthIndex,
} from '@minsheng/rules/policies/county-city/flexible-employment/standard.ts';
import type { EntitlementPeriodKind } from '../entitlements.schema.ts';

/** The last day of a month `YYYY-MM`. */
export const lastDayOfMonth = (m: string) =>
  `${m}-${String(daysInMonth(Number(m.slice(0, 4)), Number(m.slice(5, 7)))).padStart(2, '0')}`;
const later = (a: string, b: string) => (a >= b ? a : b);
const earlier = (a: string, b: string) => (a <= b ? a : b);

export const nextMonth = (m: string) => monthFromIndex(monthIndex(m) + 1);
export const prevMonth = (m: string) => monthFromIndex(monthIndex(m) - 1);

/** A stop event as the period's reason: its label and what the registry recorded. */
export const stopText = (e: StopEvent) => `${stopCodeLabels[e.code]}：${e.reason}`;

export interface Plannable {
  periodKind: EntitlementPeriodKind;
  startMonth: string;
  endMonth: string | null;
  listedThroughMonth: string | null;
}

export type PeriodPlan =
  /** nothing to list this run: before the start, or listed already */
  | { kind: 'skip' }
  /** the end month has passed before this period */
  | { kind: 'ended' }
  /** no month of the period is due: the entitlement stops */
  | { kind: 'stopped'; from: string; to: string; stop: StopEvent }
  /** `from`…`paidTo` are due (shorter than `to` when a stop event falls inside) */
  | { kind: 'due'; from: string; to: string; paidTo: string; stop: StopEvent | null };

/**
 * What a run for `month` does with one entitlement: its period (`periodOf`) clipped to the
 * entitlement's months and reaching back to the first month not yet listed, skipped when listed already, and the months due given the stop events the
 * registry shows up to the period's last day.
 */
export function planPeriod(
  e: Plannable,
  month: string,
  listed: ReadonlySet<string>,
  facts: StopFacts,
): PeriodPlan {
  const period = periodOf(e.periodKind, month);
  if (e.endMonth !== null && e.endMonth < period.from) return { kind: 'ended' };
  // Months an earlier run never listed (no run that month, or set up late) are caught up here:
  // the period then starts at the first month not yet listed, so no month is lost.
  const firstUnlisted = e.listedThroughMonth === null ? e.startMonth : nextMonth(e.listedThroughMonth);
  const from = earlier(later(period.from, e.startMonth), later(firstUnlisted, e.startMonth));
  const to = e.endMonth === null ? period.to : earlier(period.to, e.endMonth);
  if (from > to) return { kind: 'skip' };
  if (listed.has(from) || (e.listedThroughMonth !== null && from <= e.listedThroughMonth))
    return { kind: 'skip' };
  const due = periodDue(stopEvents(facts, lastDayOfMonth(to)), from, to);
  if (due.paidTo === null) return { kind: 'stopped', from, to, stop: due.stop! };
  return { kind: 'due', from, to, paidTo: due.paidTo, stop: due.stop };
}

/**
 * A due period is listed once its last month has come (`currentMonth`, the bureau's): a quarter in
 * its third month or after, never with months still ahead, whose stop events the registry cannot
 * show yet and whose contributions are not paid. A period with no month due stops at once.
 */
export const listableNow = (plan: PeriodPlan, currentMonth: string): PeriodPlan =>
  plan.kind === 'due' && plan.to > currentMonth ? { kind: 'skip' } : plan;

/**
 * Of a paid period `from`…`paidTo`, the months the stop events now show were not due (a backdated
 * registration), or null when all were due.
 */
export function notDue(
  facts: StopFacts,
  from: string,
  paidTo: string,
): { from: string; to: string; duePaidTo: string | null; stop: StopEvent } | null {
  const due = periodDue(stopEvents(facts, lastDayOfMonth(paidTo)), from, paidTo);
  if (due.paidTo === paidTo || due.stop === null) return null;
  return {
    from: due.paidTo === null ? from : nextMonth(due.paidTo),
    to: paidTo,
    duePaidTo: due.paidTo,
    stop: due.stop,
  };
}
