import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import type { PersonDataExport } from './person-data-export.ts';

export const personDataRoutes =
  (personData: PersonDataExport): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/persons/:id/personal-data',
      {
        onRequest: requirePermission('person:data_export'),
        schema: {
          tags: ['人员登记'],
          summary: '导出本人全部个人信息（JSON；证件号码完整显示，记入审计日志）',
          params: z.object({ id: z.uuid() }),
        },
      },
      async (req, reply) => {
        const data = await personData.export(actorOf(req), req.params.id);
        // The file name carries the record id only: no name or ID number in headers or logs.
        reply.header('content-disposition', `attachment; filename="personal-data-${req.params.id}.json"`);
        reply.type('application/json; charset=utf-8');
        return JSON.stringify(data, null, 2);
      },
    );
  };
