import { bureauDate, type Clock, clockStartingAt } from '../platform/clock.ts';

/**
 * The instant every test app starts at unless a test chooses its own: a Tuesday in a year the
 * holiday calendar covers, mid-morning in the bureau's time zone. Tests never read the machine's
 * clock or time zone; CI runs the suite under two different wall-clock dates and zones to prove it.
 */
export const TEST_NOW = new Date('2026-10-20T10:00:00+08:00');

/** The bureau's date at TEST_NOW. */
export const TEST_TODAY = bureauDate(TEST_NOW);

/** A clock starting at `start` (default TEST_NOW) and running on at real speed. */
export const testClock = (start: Date | string = TEST_NOW): Clock => clockStartingAt(new Date(start));

/**
 * A running clock whose business day can be pinned: `now()` runs on from `start` (sessions stay
 * alive), while `today()` answers the pinned day — for walking worked examples dated years apart
 * through one app.
 */
export function pinnableClock(start: Date | string = TEST_NOW) {
  const running = testClock(start);
  let pinned: string | null = null;
  return {
    now: running.now,
    today: () => pinned ?? running.today(),
    pin(day: string | null) {
      pinned = day;
    },
  };
}
