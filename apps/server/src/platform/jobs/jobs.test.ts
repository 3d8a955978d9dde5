import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.ts';
import { systemActor } from '../access/actor.ts';
import { invalid } from '../errors.ts';
import { createJobsRepo } from './jobs.repo.ts';
import { jobs } from './jobs.schema.ts';
import { enqueue, type JobHandler, startJobWorker } from './jobs.worker.ts';

const t = await createTestApp();
const officer = await t.login('officer1');
const actorOf = (user: { id: string; orgId: number }) => ({
  ...systemActor(user.orgId, '/'),
  userId: user.id,
});
const owner = actorOf(t.users.officer1);

const workers: { stop(): Promise<void> }[] = [];
const start = (handlers: Record<string, JobHandler>, leaseMs = 2000) => {
  const w = startJobWorker({ db: t.db, handlers, pollMs: 20, leaseMs });
  workers.push(w);
  return w;
};
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
});

async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
const jobRow = async (id: string) => (await t.db.select().from(jobs).where(eq(jobs.id, id)))[0]!;

describe('jobs', () => {
  it('shows progress to its creator while running, then the result; others get 404', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    start({
      'test.slow': async (payload, ctx) => {
        await ctx.progress(1, 3, '正在处理第 1 批');
        await gate;
        await ctx.progress(3, 3, '完成');
        return { echoed: payload };
      },
    });
    const { id } = await enqueue(t.db, 'test.slow', { n: 7 }, owner);
    const running = await until(
      () => officer.get(`/api/jobs/${id}`),
      (r) => r.body.status === 'running' && r.body.progress === 1,
    );
    expect(running.body).toMatchObject({
      kind: 'test.slow',
      total: 3,
      message: '正在处理第 1 批',
      result: null,
    });
    const other = await t.login('officer2');
    expect((await other.get(`/api/jobs/${id}`)).status).toBe(404);
    release();
    const done = await until(
      () => officer.get(`/api/jobs/${id}`),
      (r) => r.body.status === 'succeeded',
    );
    expect(done.body).toMatchObject({ progress: 3, result: { echoed: { n: 7 } } });
  });

  it('stores a Chinese message when the handler fails', async () => {
    start({
      'test.bad': async () => {
        throw invalid('第 3 行：证件号码校验码错误');
      },
      'test.crash': async () => {
        throw new Error('socket hang up');
      },
    });
    const bad = await enqueue(t.db, 'test.bad', {}, owner);
    const crash = await enqueue(t.db, 'test.crash', {}, owner);
    const b = await until(
      () => jobRow(bad.id),
      (j) => j.status === 'failed',
    );
    expect(b.message).toBe('第 3 行：证件号码校验码错误');
    const c = await until(
      () => jobRow(crash.id),
      (j) => j.status === 'failed',
    );
    expect(c.message).toMatch(/任务执行失败/);
    expect(c.message).not.toContain('socket');
  });

  it('takes over a running job whose lease expired (its worker died), but not one still leased', async () => {
    const [dead] = await t.db
      .insert(jobs)
      .values({
        kind: 'test.resume',
        payload: { which: 'dead' },
        status: 'running',
        attempts: 1,
        // Leases are measured on the database's clock, shared by every server process.
        leaseUntil: sql`now() - interval '1 minute'`,
        createdBy: owner.userId,
      })
      .returning();
    const [alive] = await t.db
      .insert(jobs)
      .values({
        kind: 'test.resume',
        payload: { which: 'alive' },
        status: 'running',
        attempts: 1,
        leaseUntil: sql`now() + interval '10 minutes'`,
        createdBy: owner.userId,
      })
      .returning();
    const ran: unknown[] = [];
    start({
      'test.resume': async (payload) => {
        ran.push(payload);
        return 'resumed';
      },
    });
    const resumed = await until(
      () => jobRow(dead!.id),
      (j) => j.status === 'succeeded',
    );
    expect(resumed).toMatchObject({ attempts: 2, result: 'resumed', leaseUntil: null });
    await new Promise((r) => setTimeout(r, 200));
    expect(ran).toEqual([{ which: 'dead' }]);
    expect((await jobRow(alive!.id)).status).toBe('running');
  });

  it('renews the lease of a long job so no other worker takes it', async () => {
    // Deterministic under load: the handler waits until it has seen its lease pushed past the
    // first claim's expiry (which only renewal does), then a second claimant finds nothing.
    const leaseMs = 1000;
    let claimedUntil = 0;
    let takenByOther: unknown = 'not tried';
    const handler: JobHandler = async (_, ctx) => {
      claimedUntil = ctx.job.leaseUntil!.getTime();
      await until(
        () => jobRow(ctx.job.id),
        (j) => j.leaseUntil !== null && j.leaseUntil.getTime() > claimedUntil,
      );
      takenByOther = await createJobsRepo(t.db).claim(['test.long'], leaseMs);
    };
    start({ 'test.long': handler }, leaseMs);
    const { id } = await enqueue(t.db, 'test.long', {}, owner);
    const done = await until(
      () => jobRow(id),
      (j) => j.status !== 'queued' && j.status !== 'running',
    );
    expect(done.status).toBe('succeeded');
    expect(takenByOther).toBeUndefined();
  });

  it('never runs a job twice when two workers share one queue of 20', async () => {
    const runs = new Map<string, number>();
    const byWorker = [0, 0];
    const handler =
      (w: 0 | 1): JobHandler =>
      async (_, ctx) => {
        runs.set(ctx.job.id, (runs.get(ctx.job.id) ?? 0) + 1);
        byWorker[w]!++;
        await new Promise((r) => setTimeout(r, 5));
      };
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await enqueue(t.db, 'test.many', { i }, owner)).id);
    start({ 'test.many': handler(0) });
    start({ 'test.many': handler(1) });
    await until(
      async () =>
        (await t.db.select().from(jobs).where(eq(jobs.kind, 'test.many'))).filter(
          (j) => j.status === 'succeeded',
        ).length,
      (n) => n === 20,
    );
    expect([...runs.keys()].sort()).toEqual([...ids].sort());
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect(byWorker[0]! + byWorker[1]!).toBe(20);
  });

  it('lets the current job finish when the worker stops', async () => {
    const w = start({
      'test.stop': async () => {
        await new Promise((r) => setTimeout(r, 300));
        return 'finished';
      },
    });
    const { id } = await enqueue(t.db, 'test.stop', {}, owner);
    await until(
      () => jobRow(id),
      (j) => j.status === 'running',
    );
    await w.stop();
    expect(await jobRow(id)).toMatchObject({ status: 'succeeded', result: 'finished' });
    // A stopped worker claims nothing more.
    const later = await enqueue(t.db, 'test.stop', {}, owner);
    await new Promise((r) => setTimeout(r, 150));
    expect((await jobRow(later.id)).status).toBe('queued');
  });
});
