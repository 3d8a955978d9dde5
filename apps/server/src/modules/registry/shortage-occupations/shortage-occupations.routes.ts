import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn, PageNumber } from '../../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import type { ShortageOccupationsService } from './shortage-occupations.service.ts';

const tags = ['紧缺工种目录'];

const Entry = z.object({
  id: z.number().int(),
  occupation: z.string(),
  catalogueName: z.string(),
  publishedOn: z.string(),
  refDoc: z.string().nullable(),
  createdAt: z.date(),
});

export const shortageOccupationsRoutes =
  (shortage: ShortageOccupationsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/shortage-occupations',
      {
        onRequest: requirePermission('policy:read'),
        schema: {
          tags,
          summary: '紧缺工种目录（q：工种名称前缀；按公布日期倒序）',
          querystring: z.object({
            q: z.string().trim().max(100).optional(),
            page: PageNumber.default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(20),
          }),
          response: { 200: z.object({ items: z.array(Entry), total: z.number() }) },
        },
      },
      async (req) => shortage.list(req.query),
    );
    app.post(
      '/api/shortage-occupations',
      {
        onRequest: requirePermission('policy:configure'),
        schema: {
          tags,
          summary: '登记紧缺工种目录条目（工种 + 公布日期唯一；自公布之日起执行）',
          body: z.object({
            occupation: z.string().trim().min(1).max(100),
            catalogueName: z.string().trim().min(1).max(200),
            publishedOn: isoDateIn(dateRanges.policy),
            refDoc: z.string().trim().max(200).nullish(),
          }),
          response: { 200: Entry },
        },
      },
      async (req) => shortage.create(actorOf(req), req.body),
    );
  };
