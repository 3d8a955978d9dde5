import type { WorkCalendar } from '@minsheng/rules/engine/calendar.ts';
import type { IsoDate } from '@minsheng/rules/engine/dates.ts';
import { dueDate } from '@minsheng/rules/engine/deadlines.ts';
import type { CaseTimeLimit } from '../cases.schema.ts';
import { awaiting, type LifecycleContext } from '../workflow/case-lifecycle.ts';
import type { CaseStatus } from '../workflow/case-status.ts';

/**
 * Due dates of case steps, in working days on the official holiday calendar (the caller passes it:
 * a lenient one, where a year whose schedule is not yet published counts weekends only, because a
 * due date is a reminder, never a refusal).
 */

/** A case is "due soon" when its step falls due within this many working days. */
export const DUE_SOON_WORKING_DAYS = 3;

export interface DueSettings {
  timeLimits: readonly CaseTimeLimit[];
  publicNoticeDays: number;
}

/** What a due date is counted with: a number of calendar or working days, or a day of the month. */
export type DueLimit = Pick<CaseTimeLimit, 'unit' | 'amount' | 'holidayPostponement'>;

/** The time limit of `step`, or null when the case type sets none. */
export function stepLimit(settings: DueSettings, step: string): DueLimit | null {
  if (step === 'public_notice')
    return { unit: 'working_days', amount: settings.publicNoticeDays, holidayPostponement: false };
  return settings.timeLimits.find((l) => l.id === step) ?? null;
}

/** The due date of `step` started on `start`, or null when the case type sets no limit for it. */
export function stepDueDate(
  settings: DueSettings,
  step: string,
  start: IsoDate,
  calendar: WorkCalendar,
): IsoDate | null {
  const limit = stepLimit(settings, step);
  return limit ? limitDueDate(limit, start, calendar) : null;
}

/** The due date of one time limit counted from `start` (the rules package's `dueDate`). */
export const limitDueDate = (limit: DueLimit, start: IsoDate, calendar: WorkCalendar): IsoDate =>
  dueDate(limit, start, calendar);

/**
 * The due date of whoever must act on a case that enters `status` on `today`: the step `awaiting`
 * names, looked up in the case type's limits. A draft is due by the applicant's own deadline.
 */
export function dueOnEntering(
  status: CaseStatus,
  ctx: LifecycleContext,
  settings: DueSettings,
  today: IsoDate,
  applicationDeadline: IsoDate | null,
  calendar: WorkCalendar,
): { step: string; dueOn: IsoDate | null; limit: DueLimit | null } | null {
  const next = awaiting(status, ctx);
  if (!next) return null;
  if (next.step === 'submit') return { step: 'application', dueOn: applicationDeadline, limit: null };
  const limit = stepLimit(settings, next.step);
  return { step: next.step, dueOn: limit ? limitDueDate(limit, today, calendar) : null, limit };
}

export function dueFlags(dueOn: IsoDate | null, today: IsoDate, calendar: WorkCalendar) {
  if (!dueOn) return { overdue: false, dueSoon: false };
  const overdue = dueOn < today;
  return { overdue, dueSoon: !overdue && dueOn <= calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS) };
}

/** The last due date that still counts as "due soon" today. */
export const dueSoonUntil = (today: IsoDate, calendar: WorkCalendar): IsoDate =>
  calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS);
