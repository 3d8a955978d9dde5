import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.ts';
import { pinnableClock } from '../../test/test-clock.ts';
import { fixedClock } from '../clock.ts';
import { enqueueDaily, startDailyScheduler } from './daily-scheduler.ts';
import { jobs } from './jobs.schema.ts';

const t = await createTestApp();
const daysOf = async (kind: string) =>
  (await t.db.select({ runDay: jobs.runDay }).from(jobs).where(eq(jobs.kind, kind)))
    .map((j) => j.runDay)
    .sort();

async function until(probe: () => Promise<boolean>, ms = 5_000) {
  const end = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('daily scheduler', () => {
  it('queues a kind once per bureau day, however often and by however many processes it is asked', async () => {
    const clock = pinnableClock();
    clock.pin('2026-10-20');
    const first = await enqueueDaily(t.db, 'test.daily', '2026-10-20');
    expect(first?.id).toBeDefined();
    expect(await enqueueDaily(t.db, 'test.daily', '2026-10-20')).toBeUndefined();
    // two server processes sharing the database, each looking every 20 ms
    const processes = [1, 2].map(() =>
      startDailyScheduler({ db: t.db, clock, kinds: ['test.daily', 'test.other'], everyMs: 20 }),
    );
    try {
      await until(async () => (await daysOf('test.other')).length === 1);
      expect(await daysOf('test.daily')).toEqual(['2026-10-20']);
      clock.pin('2026-10-21');
      await until(async () => (await daysOf('test.other')).length === 2);
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await Promise.all(processes.map((p) => p.stop()));
    }
    expect(await daysOf('test.daily')).toEqual(['2026-10-20', '2026-10-21']);
    expect(await daysOf('test.other')).toEqual(['2026-10-20', '2026-10-21']);
    const [job] = await t.db.select().from(jobs).where(eq(jobs.id, first!.id));
    expect(job).toMatchObject({ status: 'queued', payload: { day: '2026-10-20' } });
  });

  it('counts days in the bureau’s time zone, not the machine’s', async () => {
    // 16:30 UTC is already half past midnight of the next day in Shanghai
    const s = startDailyScheduler({
      db: t.db,
      clock: fixedClock('2026-10-20T16:30:00Z'),
      kinds: ['test.tz'],
    });
    await s.stop();
    expect(await daysOf('test.tz')).toEqual(['2026-10-21']);
  });
});
