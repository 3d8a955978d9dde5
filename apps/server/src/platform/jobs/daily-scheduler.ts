import type { Executor } from '../../db/client.ts';
import type { Clock } from '../clock.ts';
import { createJobsRepo } from './jobs.repo.ts';

/** How often a process looks whether a new bureau day began (a new day's jobs start within this). */
const DAILY_CHECK_EVERY_MS = 10 * 60_000;

export interface DailySchedulerOptions {
  db: Executor;
  /** the app's clock: a day is the bureau's day (Asia/Shanghai) */
  clock: Clock;
  /** the job kinds queued once per bureau day (their handlers get `{ day }` as payload) */
  kinds: readonly string[];
  everyMs?: number;
  onError?: (err: unknown) => void;
}

/**
 * Queues the job of `kind` for the bureau's `day` once: the (kind, day) unique key makes a second
 * request — from this process or another sharing the database — a no-op. Returns the new job's id,
 * or undefined when the day's job was queued already.
 */
export const enqueueDaily = (db: Executor, kind: string, day: string) =>
  createJobsRepo(db).insertDaily(kind, day);

/**
 * Queues each daily kind at start and then whenever the bureau day changes; any worker of any
 * process runs it. `stop()` waits for a tick in progress.
 */
export function startDailyScheduler(opts: DailySchedulerOptions): { stop(): Promise<void> } {
  const onError = opts.onError ?? (() => {});
  let queuedDay: string | null = null;
  let ticking: Promise<void> = Promise.resolve();

  async function tick() {
    const day = opts.clock.today();
    if (day === queuedDay) return;
    try {
      for (const kind of opts.kinds) await enqueueDaily(opts.db, kind, day);
      queuedDay = day;
    } catch (err) {
      onError(err);
    }
  }

  const run = () => {
    ticking = ticking.then(tick);
  };
  run();
  const timer = setInterval(run, opts.everyMs ?? DAILY_CHECK_EVERY_MS);
  return {
    async stop() {
      clearInterval(timer);
      await ticking;
    },
  };
}
