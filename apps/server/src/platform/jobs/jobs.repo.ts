import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { jobs } from './jobs.schema.ts';

export type JobRow = typeof jobs.$inferSelect;

const leaseFromNow = (leaseMs: number) => sql`now() + ${leaseMs} * interval '1 millisecond'`;
const candidate = alias(jobs, 'candidate');

/**
 * Job queries. A job is owned by the attempt that claimed it: every later write checks the
 * attempt number, so a worker that lost its lease (stalled, then resumed) cannot overwrite the
 * work of the worker that took the job over.
 */
export function createJobsRepo(db: Executor) {
  const owned = (job: Pick<JobRow, 'id' | 'attempts'>) =>
    and(eq(jobs.id, job.id), eq(jobs.attempts, job.attempts), eq(jobs.status, 'running'));

  return {
    insert: async (row: typeof jobs.$inferInsert) => (await db.insert(jobs).values(row).returning())[0]!,

    /** The daily job of `kind` for `day`, unless one exists already (then undefined). */
    insertDaily: async (kind: string, day: string) =>
      (
        await db
          .insert(jobs)
          .values({ kind, payload: { day }, runDay: day })
          .onConflictDoNothing({ target: [jobs.kind, jobs.runDay] })
          .returning({ id: jobs.id })
      )[0],

    byIdForOwner: async (id: string, userId: string) =>
      (
        await db
          .select()
          .from(jobs)
          .where(and(eq(jobs.id, id), eq(jobs.createdBy, userId)))
      )[0],

    /**
     * Claims the oldest queued job of the given kinds, or a running one whose lease expired (its
     * process died). SKIP LOCKED lets several workers claim concurrently without ever taking the
     * same row; the single UPDATE makes the claim atomic on PGlite and PostgreSQL alike.
     */
    async claim(kinds: string[], leaseMs: number): Promise<JobRow | undefined> {
      if (kinds.length === 0) return undefined;
      const next = db
        .select({ id: candidate.id })
        .from(candidate)
        .where(
          and(
            inArray(candidate.kind, kinds),
            or(
              eq(candidate.status, 'queued'),
              and(eq(candidate.status, 'running'), sql`${candidate.leaseUntil} < now()`),
            ),
          ),
        )
        .orderBy(asc(candidate.createdAt))
        .limit(1)
        .for('update', { skipLocked: true });
      const [row] = await db
        .update(jobs)
        .set({
          status: 'running',
          attempts: sql`${jobs.attempts} + 1`,
          leaseUntil: leaseFromNow(leaseMs),
          updatedAt: sql`now()`,
        })
        .where(eq(jobs.id, sql`(${next})`))
        .returning();
      return row;
    },

    renew: (job: JobRow, leaseMs: number) =>
      db
        .update(jobs)
        .set({ leaseUntil: leaseFromNow(leaseMs) })
        .where(owned(job)),

    progress: (job: JobRow, done: number, total: number | null, message: string | null) =>
      db.update(jobs).set({ progress: done, total, message, updatedAt: sql`now()` }).where(owned(job)),

    finish: (job: JobRow, outcome: { status: 'succeeded' | 'failed'; result?: unknown; message?: string }) =>
      db
        .update(jobs)
        .set({
          status: outcome.status,
          result: outcome.result ?? null,
          ...(outcome.message === undefined ? {} : { message: outcome.message }),
          leaseUntil: null,
          updatedAt: sql`now()`,
        })
        .where(owned(job)),
  };
}
