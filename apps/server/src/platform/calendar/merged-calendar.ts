import {
  type CalendarYearData,
  createWorkCalendar,
  type WorkCalendar,
} from '@minsheng/rules/engine/calendar.ts';
import type { CalendarYearRow } from './calendar-years.repo.ts';

export const enteredYearData = (row: CalendarYearRow): CalendarYearData => ({
  year: row.year,
  source: row.sourceDoc,
  holidays: row.holidays,
  workdays: row.workdays,
});

/** The packaged years with the entered ones added (an entered year replaces a packaged one whole). */
export function mergedCalendar(
  packaged: readonly CalendarYearData[],
  entered: readonly CalendarYearRow[],
): WorkCalendar {
  const years = new Map(packaged.map((y) => [y.year, y]));
  for (const row of entered) years.set(row.year, enteredYearData(row));
  return createWorkCalendar([...years.values()]);
}
