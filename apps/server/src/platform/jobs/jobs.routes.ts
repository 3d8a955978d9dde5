import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/session-hook.ts';
import { jobStatuses } from './jobs.schema.ts';
import type { JobsService } from './jobs.service.ts';

export const jobsRoutes =
  (jobs: JobsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/jobs/:id',
      {
        // Any signed-in user, but only for their own jobs (the service answers 404 otherwise).
        onRequest: async (req) => void actorOf(req),
        schema: {
          tags: ['任务'],
          summary: '后台任务进度与结果（仅创建人可查看）',
          params: z.object({ id: z.uuid() }),
          response: {
            200: z.object({
              id: z.string(),
              kind: z.string(),
              status: z.enum(jobStatuses),
              progress: z.number(),
              total: z.number().nullable(),
              message: z.string().nullable(),
              result: z.unknown(),
            }),
          },
        },
      },
      async (req) => jobs.get(actorOf(req), req.params.id),
    );
  };
