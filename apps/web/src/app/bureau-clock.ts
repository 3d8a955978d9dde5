import dayjs, { type Dayjs } from 'dayjs';
import { useSyncExternalStore } from 'react';
import { bureauDate, bureauWallClock } from './format/date-time';

/**
 * The bureau's clock: the server's instant (learnt from the `Date` header of every API answer)
 * read in the bureau's time zone, so "today" is the bureau's day whatever the computer's clock
 * or time zone says.
 */
let offsetMs = 0;
const listeners = new Set<() => void>();

/** Keeps how far the computer's clock is from the server's, from a response's `Date` header. */
export function noteServerDate(header: string | null): void {
  const server = header ? Date.parse(header) : Number.NaN;
  if (Number.isNaN(server)) return;
  const next = server - Date.now();
  // The header counts whole seconds and the answer takes time to arrive: ignore such jitter.
  if (Math.abs(next - offsetMs) < 2_000) return;
  offsetMs = next;
  for (const listener of listeners) listener();
}

/** The server's current instant. */
export const bureauNow = (): Date => new Date(Date.now() + offsetMs);

/** The bureau's (Asia/Shanghai) calendar day now, as `YYYY-MM-DD`. */
export const bureauToday = (): string => bureauDate(bureauNow());

/** `bureauToday()` for a component, rendered again when the server's clock is learnt. */
export function useBureauToday(): string {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, bureauToday);
}

type ParseConfig = { date?: unknown; utc?: boolean };

/**
 * Makes `dayjs()` (no argument) the bureau's wall clock, so antd's pickers mark and pick (今天,
 * 此刻) the bureau's today rather than the browser's. The app measures instants with
 * `bureauNow()`, never with `dayjs()`.
 */
export function readDayjsNowFromBureauClock(): void {
  dayjs.extend((_option, dayjsClass) => {
    const proto = dayjsClass.prototype as unknown as { parse(cfg: ParseConfig): void };
    const parse = proto.parse;
    proto.parse = function (cfg: ParseConfig) {
      parse.call(
        this,
        cfg.date === undefined && !cfg.utc ? { ...cfg, date: bureauWallClock(bureauNow()) } : cfg,
      );
    };
  });
}

/** The bureau's today for a date picker (a picker's day is a calendar day, not an instant). */
export const bureauTodayDay = (): Dayjs => dayjs(bureauToday());

/** For a date picker's `disabledDate`: days after the bureau's today. */
export const afterBureauToday = (d: Dayjs): boolean => d.format('YYYY-MM-DD') > bureauToday();

/** For a month picker's `disabledDate`: months after the bureau's current month. */
export const afterBureauMonth = (d: Dayjs): boolean => d.format('YYYY-MM') > bureauToday().slice(0, 7);
