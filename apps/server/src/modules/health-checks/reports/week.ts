import { addDays, type IsoDate, weekday } from '@minsheng/rules/engine/dates.ts';

/** A reporting week of 第十六条 (每周定期报送): Monday to Sunday. */
export interface Week {
  start: IsoDate;
  end: IsoDate;
}

/** The week (Monday–Sunday) a day falls in. */
export function weekOf(day: IsoDate): Week {
  const start = addDays(day, -((weekday(day) + 6) % 7));
  return { start, end: addDays(start, 6) };
}

export const isMonday = (day: IsoDate) => weekday(day) === 1;

/** The weeks that touch [from, to], in order (at most `limit`, the latest kept). */
export function weeksBetween(from: IsoDate, to: IsoDate, limit = 60): Week[] {
  const weeks: Week[] = [];
  for (let w = weekOf(from); w.start <= to; w = weekOf(addDays(w.start, 7))) weeks.push(w);
  return weeks.slice(-limit);
}
