import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import type { PersonTimelineService } from './person-timeline.service.ts';

const Event = z.object({
  date: z.string(),
  at: z.string().optional(),
  kind: z.string(),
  title: z.string(),
  detail: z.string().optional(),
  ref: z.object({ type: z.string(), id: z.string() }).optional(),
});

export const personTimelineRoutes =
  (timeline: PersonTimelineService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/persons/:id/timeline',
      {
        onRequest: requirePermission('person:read'),
        schema: {
          tags: ['人员登记'],
          summary: '人员时间轴（登记、修改、证书等，按日期倒序）',
          params: z.object({ id: z.uuid() }),
          response: { 200: z.object({ items: z.array(Event) }) },
        },
      },
      async (req) => timeline.timeline(actorOf(req), req.params.id),
    );
  };
