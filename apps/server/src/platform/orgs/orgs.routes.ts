import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SerialId, SerialIdText } from '../http/input-schemas.ts';
import { actorOf, requirePermission } from '../http/session-hook.ts';
import { orgLevels } from './orgs.schema.ts';
import type { OrgsService } from './orgs.service.ts';

const tags = ['机构'];
const OrgNode = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  name: z.string(),
  level: z.enum(orgLevels),
  regionCode: z.string(),
  hasChildren: z.boolean(),
});
const IdParams = z.object({ id: SerialIdText });

export const orgsRoutes =
  (orgs: OrgsService): FastifyPluginAsyncZod =>
  async (app) => {
    const read = { onRequest: requirePermission('org:read') };
    const write = { onRequest: requirePermission('org:write') };

    app.get(
      '/api/orgs/roots',
      { ...read, schema: { tags, summary: '可见机构树的顶层节点', response: { 200: z.array(OrgNode) } } },
      async (req) => orgs.roots(actorOf(req)),
    );
    app.get(
      '/api/orgs/:id/children',
      {
        ...read,
        schema: {
          tags,
          summary: '下级机构（树懒加载）',
          params: IdParams,
          response: { 200: z.array(OrgNode) },
        },
      },
      async (req) => orgs.children(actorOf(req), req.params.id),
    );
    app.get(
      '/api/orgs/:id',
      {
        ...read,
        schema: {
          tags,
          summary: '机构详情',
          params: IdParams,
          response: {
            200: OrgNode.extend({ ancestors: z.array(z.object({ id: z.number(), name: z.string() })) }),
          },
        },
      },
      async (req) => orgs.get(actorOf(req), req.params.id),
    );
    app.post(
      '/api/orgs',
      {
        ...write,
        schema: {
          tags,
          summary: '新建机构',
          body: z.object({
            parentId: SerialId.nullable(),
            name: z.string().trim().min(2).max(60),
            level: z.enum(orgLevels),
            regionCode: z.string().trim().max(12),
          }),
          response: { 200: OrgNode.omit({ hasChildren: true }) },
        },
      },
      async (req) => orgs.create(actorOf(req), req.body),
    );
    app.patch(
      '/api/orgs/:id',
      {
        ...write,
        schema: {
          tags,
          summary: '修改机构名称',
          params: IdParams,
          body: z.object({ name: z.string().trim().min(2).max(60) }),
          response: { 200: OrgNode },
        },
      },
      async (req) => orgs.update(actorOf(req), req.params.id, req.body),
    );
  };
