import type { WorkCalendar } from '@minsheng/rules/engine/calendar.ts';
import type { ReportPeriod } from './report-period.ts';
import type { ReportTemplate } from './report-templates.ts';

/** The deadline of a report: the n-th working day after the period's last day (that day not counted). */
export const dueOn = (period: ReportPeriod, workingDays: number, calendar: WorkCalendar) =>
  calendar.addWorkingDays(period.to, workingDays);

/** Working days per template: the bureau's setting where there is one, else the template's default. */
export const dueDaysOf = (t: ReportTemplate, settings: Map<string, number>) =>
  settings.get(t.code) ?? t.due.workingDays;

/** Overdue: past the deadline without a submitted version. */
export const isOverdue = (due: string, today: string, submitted: boolean) => !submitted && today > due;
