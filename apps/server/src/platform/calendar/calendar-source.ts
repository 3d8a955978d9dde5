import { type WorkCalendar, workCalendar } from '@minsheng/rules/engine/calendar.ts';

/**
 * Where services get the official working-day calendar from. Injected like the clock, so tests
 * choose the years they need and the bureau's own entries can join the packaged data.
 */
export interface CalendarSource {
  /** the calendar as it stands now; years without a schedule throw CALENDAR_YEAR_MISSING */
  current(): WorkCalendar;
  /** reload what this or another server process entered (calendars kept in the database) */
  refresh?(): Promise<void>;
}

/** The calendar shipped with the rules package (chinese-days + calendar-extra.yaml). */
export const packagedCalendar: CalendarSource = { current: () => workCalendar };

/**
 * For reminders (due dates, "due soon"): a year without a published schedule counts Saturdays and
 * Sundays only instead of failing, because a due date is a reminder, never a refusal.
 */
export const lenientCalendar = (source: CalendarSource): WorkCalendar =>
  source.current().withMissingYearsAs(() => undefined);
