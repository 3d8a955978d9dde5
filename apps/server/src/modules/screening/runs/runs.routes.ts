import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SerialId } from '../../../platform/http/input-schemas.ts';
import { PageQuery, pageOf } from '../../../platform/http/paging.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { screeningRunStatuses } from '../screening.schema.ts';
import type { ScreeningRunsService } from './screening-runs.service.ts';

const tags = ['政策找人'];
const base = '/api/screening/runs';

const Run = z.object({
  id: z.string(),
  orgId: z.number(),
  orgName: z.string(),
  onDate: z.string(),
  status: z.enum(screeningRunStatuses),
  statusLabel: z.string(),
  policies: z.array(z.object({ id: z.string(), name: z.string() })),
  personsTotal: z.number(),
  personsDone: z.number(),
  leadsNew: z.number(),
  leadsKept: z.number(),
  leadsLapsed: z.number(),
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  triggeredByName: z.string().nullable(),
});

/** /api/screening/runs: start a run now (screening:run), and the runs of the actor's scope. */
export const screeningRunsRoutes =
  (runs: ScreeningRunsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      base,
      {
        onRequest: requirePermission('screening:run'),
        schema: {
          tags,
          summary: '立即发起政策找人筛查（本机构或所辖机构；进度见批次或 GET /api/jobs/:id）',
          body: z.object({ orgId: SerialId.optional() }).strict(),
          response: { 202: z.object({ id: z.string(), jobId: z.string() }) },
        },
      },
      async (req, reply) => reply.code(202).send(await runs.start(actorOf(req), req.body)),
    );
    app.get(
      base,
      {
        onRequest: requirePermission('screening:read'),
        schema: {
          tags,
          summary: '筛查批次（本机构及所辖、上级机构的）',
          querystring: PageQuery,
          response: {
            200: pageOf(
              Run.extend({
                /** the run's open leads within the reader's own area (a station's share of a city run) */
                openLeadsInScope: z.number(),
              }),
            ),
          },
        },
      },
      async (req) => runs.list(actorOf(req), req.query),
    );
    app.get(
      `${base}/:id`,
      {
        onRequest: requirePermission('screening:read'),
        schema: {
          tags,
          summary: '一次筛查的进度和结果',
          params: z.object({ id: z.uuid() }),
          response: { 200: Run },
        },
      },
      async (req) => runs.get(actorOf(req), req.params.id),
    );
  };
