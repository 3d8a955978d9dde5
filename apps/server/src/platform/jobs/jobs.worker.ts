import type { Executor } from '../../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { DomainError } from '../errors.ts';
import { createJobsRepo, type JobRow } from './jobs.repo.ts';

export interface JobContext {
  job: JobRow;
  /** Reports progress; visible to the owner through GET /api/jobs/:id. */
  progress(done: number, total?: number | null, message?: string | null): Promise<void>;
  /** Aborted when the worker is stopping: long handlers may check it between batches. */
  signal: AbortSignal;
}

/** Runs one job; what it returns is stored as the job's result (JSON). */
export type JobHandler = (payload: unknown, ctx: JobContext) => Promise<unknown>;

/** Queues a job for any worker that handles `kind`. */
export async function enqueue(db: Executor, kind: string, payload: unknown, actor: Actor) {
  const row = await createJobsRepo(db).insert({
    kind,
    payload: payload ?? null,
    createdBy: actor.userId,
    orgId: actor.orgId,
  });
  return { id: row.id };
}

export interface JobWorkerOptions {
  db: Executor;
  handlers: Record<string, JobHandler>;
  /** How long to wait when the queue is empty (default 1000 ms). */
  pollMs?: number;
  /** How long a claim holds without renewal; renewed every third of it while the handler runs (default 60 s). */
  leaseMs?: number;
  /** Where unexpected failures go (the job's own error is stored on the job). */
  onError?: (err: unknown, job?: JobRow) => void;
}

export const JOB_FAILED_MESSAGE = '任务执行失败，请稍后重试或联系管理员';

/**
 * A polling worker: claims one job at a time, renews its lease while the handler runs, stores the
 * result or a Chinese error message. `stop()` lets the current job finish, then resolves.
 */
export function startJobWorker(opts: JobWorkerOptions): { stop(): Promise<void> } {
  const pollMs = opts.pollMs ?? 1000;
  const leaseMs = opts.leaseMs ?? 60_000;
  const onError = opts.onError ?? (() => {});
  const repo = createJobsRepo(opts.db);
  const kinds = Object.keys(opts.handlers);
  const abort = new AbortController();
  let wake: (() => void) | null = null;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  async function run(job: JobRow) {
    const renewal = setInterval(
      () => void repo.renew(job, leaseMs).catch((e: unknown) => onError(e, job)),
      Math.max(10, Math.floor(leaseMs / 3)),
    );
    try {
      const result = await opts.handlers[job.kind]!(job.payload, {
        job,
        signal: abort.signal,
        progress: async (done, total = null, message = null) => {
          await repo.progress(job, done, total, message);
        },
      });
      await repo.finish(job, { status: 'succeeded', result });
    } catch (err) {
      if (!(err instanceof DomainError)) onError(err, job);
      const message = err instanceof DomainError ? err.message : JOB_FAILED_MESSAGE;
      await repo.finish(job, { status: 'failed', message }).catch((e: unknown) => onError(e, job));
    } finally {
      clearInterval(renewal);
    }
  }

  async function loop() {
    while (!abort.signal.aborted) {
      let job: JobRow | undefined;
      try {
        job = await repo.claim(kinds, leaseMs);
      } catch (err) {
        onError(err);
      }
      if (job) await run(job);
      else if (!abort.signal.aborted) await sleep(pollMs);
    }
  }

  const running = loop();
  return {
    async stop() {
      abort.abort();
      wake?.();
      await running;
    },
  };
}
