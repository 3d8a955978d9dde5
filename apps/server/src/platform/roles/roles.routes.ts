import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dataScopes } from '../access/access.schema.ts';
import { SerialId, SerialIdText } from '../http/input-schemas.ts';
import { actorOf, requirePermission } from '../http/session-hook.ts';
import type { RolesService } from './roles.service.ts';

const tags = ['角色与权限'];
const AdminClass = z.enum(['system', 'security', 'audit']).nullable();

const RoleView = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  permissions: z.array(z.string()),
  dataScope: z.enum(dataScopes),
  customOrgIds: z.array(z.number()),
  builtin: z.boolean(),
  adminClass: AdminClass,
});

const RoleFields = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{2,40}$/, '角色代码为 3–41 位小写字母、数字或下划线，以字母开头'),
  name: z.string().trim().min(2).max(40),
  permissions: z.array(z.string().max(40)).max(100),
  dataScope: z.enum(dataScopes),
  customOrgIds: z.array(SerialId).max(500),
});
const RoleBody = RoleFields.extend({ customOrgIds: RoleFields.shape.customOrgIds.default([]) });

export const rolesRoutes =
  (roles: RolesService): FastifyPluginAsyncZod =>
  async (app) => {
    const read = { onRequest: requirePermission('role:read') };
    const write = { onRequest: requirePermission('role:write') };

    app.get(
      '/api/permissions',
      {
        ...read,
        schema: {
          tags,
          summary: '权限目录（adminClass 非空者为管理员专有，不能授予业务角色）',
          response: {
            200: z.array(
              z.object({ code: z.string(), label: z.string(), group: z.string(), adminClass: AdminClass }),
            ),
          },
        },
      },
      async () => roles.permissions(),
    );
    app.get(
      '/api/roles',
      { ...read, schema: { tags, summary: '角色列表', response: { 200: z.array(RoleView) } } },
      async () => roles.list(),
    );
    app.post(
      '/api/roles',
      { ...write, schema: { tags, summary: '新建业务角色', body: RoleBody, response: { 200: RoleView } } },
      async (req) => roles.create(actorOf(req), req.body),
    );
    app.patch(
      '/api/roles/:id',
      {
        ...write,
        schema: {
          tags,
          summary: '修改业务角色（内置管理员角色不可修改）',
          params: z.object({ id: SerialIdText }),
          body: RoleFields.partial(),
          response: { 200: RoleView },
        },
      },
      async (req) => roles.update(actorOf(req), req.params.id, req.body),
    );
  };
