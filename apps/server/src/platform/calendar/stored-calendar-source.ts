import { type CalendarYearData, defaultCalendarYears } from '@minsheng/rules/engine/calendar.ts';
import type { Executor } from '../../db/client.ts';
import type { CalendarSource } from './calendar-source.ts';
import { createCalendarYearsRepo } from './calendar-years.repo.ts';
import { mergedCalendar } from './merged-calendar.ts';

/** How often a server process rereads the entered years, so processes agree within this time. */
export const CALENDAR_REFRESH_MS = 30_000;

export interface StoredCalendarSource extends CalendarSource {
  refresh(): Promise<void>;
  /** stops the periodic refresh (on server close) */
  stop(): void;
}

/**
 * The working-day calendar of a server process: the packaged years plus the years the bureau
 * entered, held in memory (services ask for it synchronously, many times per request) and reread
 * after an entry and every `refreshMs`, so every process sees another's entry within that time.
 */
export async function openStoredCalendar(
  db: Executor,
  opts: {
    packaged?: readonly CalendarYearData[];
    refreshMs?: number;
    onRefreshError?: (err: unknown) => void;
  } = {},
): Promise<StoredCalendarSource> {
  const packaged = opts.packaged ?? defaultCalendarYears();
  const repo = createCalendarYearsRepo(db);
  let calendar = mergedCalendar(packaged, []);
  // A slow read that started before a newer one must not overwrite what the newer one found.
  let started = 0;
  const refresh = async () => {
    const mine = ++started;
    const entered = await repo.all();
    if (mine === started) calendar = mergedCalendar(packaged, entered);
  };
  await refresh();
  const timer = setInterval(
    () => void refresh().catch((err) => opts.onRefreshError?.(err)),
    opts.refreshMs ?? CALENDAR_REFRESH_MS,
  );
  timer.unref();
  return { current: () => calendar, refresh, stop: () => clearInterval(timer) };
}
