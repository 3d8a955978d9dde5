import type { WorkCalendar } from '@minsheng/rules/engine/calendar.ts';
import { addDays } from '@minsheng/rules/engine/dates.ts';
import { bureauDate, type Clock } from '../platform/clock.ts';

/**
 * The demo's story, told on the working days before its "today": steps are scheduled on a day and
 * played in day order (steps of one day in the order they were scheduled), each with the clock the
 * services read standing at that moment. So a case accepted five working days ago carries that day
 * on its record, its due dates count from it, and the next case number goes to the next case filed.
 */
export interface DemoTimeline {
  /** what the services read: the moment of the step being played */
  clock: Clock;
  /** the last working day on or before today (n = 0), or the n-th working day before it */
  workingDay(n: number): string;
  /** schedules a step on a day */
  at(day: string, step: () => Promise<void>): void;
  /** runs every step scheduled so far, then forgets them */
  play(): Promise<void>;
}

const MINUTE = 60_000;
/** 09:00 in the bureau's time zone (UTC+8) on a day. */
const opening = (day: string) => new Date(`${day}T09:00:00+08:00`).getTime();

/**
 * `now` is the real moment of the demo's "today": steps on that day happen before it (a step
 * cannot be in the future), steps of earlier days from 09:00 on, three minutes apart.
 */
export function demoTimeline(now: Date, calendar: WorkCalendar): DemoTimeline {
  const today = bureauDate(now);
  let lastWorking = today;
  while (!calendar.isWorkingDay(lastWorking)) lastWorking = addDays(lastWorking, -1);
  const days: string[] = [lastWorking];
  let steps: { day: string; run: () => Promise<void> }[] = [];
  let instant = now;
  return {
    clock: { now: () => new Date(instant), today: () => bureauDate(instant) },
    workingDay(n) {
      while (days.length <= n) {
        let d = addDays(days.at(-1)!, -1);
        while (!calendar.isWorkingDay(d)) d = addDays(d, -1);
        days.push(d);
      }
      return days[n]!;
    },
    at(day, run) {
      if (day > today) throw new RangeError(`demo step after today: ${day}`);
      steps.push({ day, run });
    },
    async play() {
      // A stable sort keeps the scheduling order within a day.
      const ordered = steps
        .map((s, i) => ({ ...s, i }))
        .sort((a, b) => a.day.localeCompare(b.day) || a.i - b.i);
      steps = [];
      const perDay = new Map<string, number>();
      for (const s of ordered) perDay.set(s.day, (perDay.get(s.day) ?? 0) + 1);
      const seen = new Map<string, number>();
      for (const s of ordered) {
        const k = seen.get(s.day) ?? 0;
        seen.set(s.day, k + 1);
        const at = opening(s.day) + k * 3 * MINUTE;
        // On today the steps end a second apart just before `now`, if 09:00 + 3 minutes each is later.
        const latest = s.day === today ? now.getTime() - (perDay.get(s.day)! - k) * 1000 : at;
        instant = new Date(Math.min(at, latest));
        await s.run();
      }
      instant = now;
    },
  };
}
