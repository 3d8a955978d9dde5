import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hasPermission } from '../../../platform/access/actor.ts';
import { forbidden } from '../../../platform/errors.ts';
import { actorOf, requireActor, requirePermission } from '../../../platform/http/session-hook.ts';
import { institutionStatuses } from '../institutions/institutions.schema.ts';
import { type LeagueService, leagueSorts } from './league.service.ts';

const tags = ['职业培训'];
const Year = z.coerce.number().int().min(2000).max(2100);
/** The bureau (`training:read`) or an institution's staff (`training:operate`, their own row only). */
const readOrOperate = async (req: FastifyRequest) => {
  const actor = requireActor(req);
  if (!hasPermission(actor, 'training:read') && !hasPermission(actor, 'training:operate')) throw forbidden();
};
const Decision = z.enum(['keep', 'rectify', 'suspend', 'withdraw']);

export const leagueRoutes =
  (league: LeagueService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/training/league',
      {
        onRequest: readOrOperate,
        schema: {
          tags,
          summary: '定点培训机构年度排行：培训人数、合格率、取证率、就业率、计划完成率',
          querystring: z.object({ year: Year, sort: z.enum(leagueSorts).optional() }),
          response: {
            200: z.object({
              year: z.number(),
              sort: z.enum(leagueSorts),
              window: z.object({ months: z.number(), citation: z.string() }),
              items: z.array(
                z.object({
                  rank: z.number(),
                  institutionId: z.string(),
                  number: z.string(),
                  name: z.string(),
                  status: z.enum(institutionStatuses),
                  trained: z.number(),
                  passed: z.number(),
                  certified: z.number(),
                  employed: z.number(),
                  planned: z.number(),
                  passRate: z.number().nullable(),
                  certificateRate: z.number().nullable(),
                  employmentRate: z.number().nullable(),
                  completion: z.number().nullable(),
                  evaluationId: z.string().nullable(),
                  decision: Decision.nullable(),
                }),
              ),
            }),
          },
        },
      },
      async (req) => league.table(actorOf(req), req.query),
    );
    app.post(
      '/api/training/institutions/:id/evaluations',
      {
        onRequest: requirePermission('training:manage'),
        schema: {
          tags,
          summary:
            '年度考评：按记录计数，给出结论和建议（保留、限期整改、暂停、取消定点资格），不直接改变机构状态',
          params: z.object({ id: z.uuid() }),
          body: z.object({ year: z.number().int().min(2000).max(2100) }),
          response: {
            200: z.object({
              id: z.string(),
              institutionId: z.string(),
              year: z.number(),
              trained: z.number(),
              passed: z.number(),
              certified: z.number(),
              employed: z.number(),
              planned: z.number(),
              conclusion: z.string(),
              decision: Decision,
              evaluatedAt: z.date(),
              checks: z.array(
                z.object({
                  id: z.string(),
                  label: z.string(),
                  numerator: z.number(),
                  denominator: z.number(),
                  target: z.string(),
                  status: z.enum(['met', 'not_met', 'no_data']),
                  citation: z.string(),
                }),
              ),
            }),
          },
        },
      },
      async (req) => league.evaluate(actorOf(req), req.params.id, req.body.year),
    );
  };
