import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SerialId, SerialIdText, Version } from '../../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { trainingProgrammes } from '../classes/classes.schema.ts';
import type { TargetsService } from './targets.service.ts';

const tags = ['职业培训'];
const Year = z.coerce.number().int().min(2000).max(2100);

export const TargetView = z.object({
  id: z.string(),
  orgId: z.number(),
  orgName: z.string(),
  year: z.number(),
  programme: z.enum(trainingProgrammes),
  trainees: z.number(),
  basis: z.string(),
  updatedAt: z.date(),
  version: z.number(),
});

export const targetsRoutes =
  (targets: TargetsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/training/targets',
      {
        onRequest: requirePermission('training:read'),
        schema: {
          tags,
          summary: '年度培训目标任务（本人范围内的机构，可限定某机构及其下级）',
          querystring: z.object({ year: Year, orgId: SerialIdText.optional() }),
          response: { 200: z.array(TargetView) },
        },
      },
      async (req) => targets.list(actorOf(req), req.query),
    );
    app.put(
      '/api/training/targets',
      {
        onRequest: requirePermission('training:manage'),
        schema: {
          tags,
          summary: '设定某机构某年度某培训项目的目标人数及其依据（已有目标须带版本号）',
          body: z.object({
            orgId: SerialId,
            year: z.number().int().min(2000).max(2100),
            programme: z.enum(trainingProgrammes),
            trainees: z.number().int().min(0).max(10_000_000),
            basis: z.string().trim().min(2).max(500),
            version: Version.optional(),
          }),
          response: { 200: TargetView },
        },
      },
      async (req) => targets.set(actorOf(req), req.body),
    );
  };
