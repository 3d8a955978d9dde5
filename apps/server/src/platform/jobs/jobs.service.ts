import type { Db } from '../../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { notFound } from '../errors.ts';
import { createJobsRepo } from './jobs.repo.ts';

export function createJobsService(deps: { db: Db }) {
  const repo = createJobsRepo(deps.db);
  return {
    /** A job as its creator sees it; anyone else gets 404, as if it did not exist. */
    async get(actor: Actor, id: string) {
      const job = await repo.byIdForOwner(id, actor.userId);
      if (!job) throw notFound('任务');
      const { kind, status, progress, total, message, result } = job;
      return { id: job.id, kind, status, progress, total, message, result: result ?? null };
    },
  };
}

export type JobsService = ReturnType<typeof createJobsService>;
