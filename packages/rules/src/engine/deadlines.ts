import type { WorkCalendar } from './calendar.ts';
import { addDays, addMonths, type IsoDate, parseIsoDate } from './dates.ts';
import type { TimeLimit } from './policy.ts';

/**
 * The due date of a policy time limit counted from `start`:
 *   - days: Chinese period rules (start day not counted; ends on the next working day if it falls on a rest day
 *     when the limit postpones for holidays);
 *   - working_days: the n-th working day after start;
 *   - day_of_month: the next occurrence of that day of the month on or after start (monthly cut-offs).
 */
export function dueDate(
  limit: Pick<TimeLimit, 'unit' | 'amount' | 'holidayPostponement'>,
  start: IsoDate,
  calendar: WorkCalendar,
): IsoDate {
  switch (limit.unit) {
    case 'days':
      return limit.holidayPostponement
        ? calendar.periodEnd(start, limit.amount)
        : addDays(start, limit.amount);
    case 'working_days':
      return calendar.addWorkingDays(start, limit.amount);
    case 'day_of_month': {
      const { day } = parseIsoDate(start);
      const thisMonth = `${start.slice(0, 8)}${String(limit.amount).padStart(2, '0')}`;
      return day <= limit.amount ? thisMonth : addMonths(thisMonth, 1);
    }
  }
}
