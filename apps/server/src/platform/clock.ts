/**
 * The one place the server learns the time. Every service that asks for "now" or "today" takes a
 * `Clock` from its dependencies, so tests (and demos) run on a date of their choosing and no code
 * depends on the machine's time zone: "today" is always the bureau's day in China Standard Time.
 */
export const BUREAU_TIME_ZONE = 'Asia/Shanghai';

export interface Clock {
  /** the current instant */
  now(): Date;
  /** the bureau's date (Asia/Shanghai) of the current instant, YYYY-MM-DD */
  today(): string;
}

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUREAU_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The bureau's date (YYYY-MM-DD, China Standard Time) of an instant, whatever the machine's zone. */
export const bureauDate = (at: Date): string => dayFormat.format(at);

const clockOf = (now: () => Date): Clock => ({ now, today: () => bureauDate(now()) });

/** The machine's clock. */
export const systemClock: Clock = clockOf(() => new Date());

/**
 * A clock that starts at `start` and runs at real speed from the moment it is made: a demo or a
 * test server lives on a chosen date while sessions still time out and jobs still progress.
 */
export function clockStartingAt(start: Date, elapsed: () => number = stopwatch()): Clock {
  return clockOf(() => new Date(start.getTime() + elapsed()));
}

/** A clock standing still at `at` (unit tests of time-dependent rules). */
export const fixedClock = (at: Date | string): Clock => {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`invalid instant: ${String(at)}`);
  return clockOf(() => new Date(instant));
};

/** Milliseconds since it was made, from the monotonic clock (immune to wall-clock changes). */
function stopwatch(): () => number {
  const t0 = performance.now();
  return () => performance.now() - t0;
}
