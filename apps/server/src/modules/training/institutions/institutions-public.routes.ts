import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { institutionStatuses } from './institutions.schema.ts';
import { OccupationsView } from './institutions.views.ts';
import type { InstitutionsPublicService } from './institutions-public.service.ts';

const PublicInstitution = z.object({
  id: z.string(),
  number: z.string(),
  name: z.string(),
  address: z.string(),
  occupations: OccupationsView,
  status: z.enum(institutionStatuses),
  statusLabel: z.string(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  rectification: z.object({ reason: z.string().nullable(), rectifyBy: z.string().nullable() }).nullable(),
  classes: z.array(
    z.object({
      number: z.string(),
      occupation: z.string(),
      level: z.number().nullable(),
      hours: z.number(),
      startsOn: z.string(),
      endsOn: z.string(),
      place: z.string(),
      capacity: z.number(),
      status: z.enum(['approved', 'running']),
      statusLabel: z.string(),
    }),
  ),
});

/**
 * The one deliberately public route of the training module: the list of designated institutions
 * and their open classes that the policy says must be published (社会公示和公布, 000 第五篇 (八);
 * 003 (三)). It takes no input and returns no personal data, so it needs no session.
 */
export const institutionsPublicRoutes =
  (publicList: InstitutionsPublicService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/public/training-institutions',
      {
        schema: {
          tags: ['公开信息'],
          summary: '定点培训机构名单及其开班信息（无需登录，不含个人信息）',
          response: { 200: z.object({ asOf: z.string(), items: z.array(PublicInstitution) }) },
        },
      },
      async () => publicList.list(),
    );
  };
