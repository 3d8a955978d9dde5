import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SerialId, SerialIdText } from '../http/input-schemas.ts';
import { PageQuery, pageOf } from '../http/paging.ts';
import { actorOf, requirePermission } from '../http/session-hook.ts';
import type { UsersService } from './users.service.ts';

const tags = ['用户'];

export const UserItem = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  org: z.object({ id: z.number(), name: z.string() }),
  roles: z.array(
    z.object({
      id: z.number(),
      code: z.string(),
      name: z.string(),
      adminClass: z.enum(['system', 'security', 'audit']).nullable(),
    }),
  ),
  status: z.enum(['active', 'disabled']),
  lockedUntil: z.date().nullable(),
  lastLoginAt: z.date().nullable(),
});

const IdParams = z.object({ id: z.uuid() });
const DisplayName = z.string().trim().min(1).max(40);
const RoleIds = z.array(SerialId).min(1, '至少选择一个角色').max(20);

export const usersRoutes =
  (users: UsersService): FastifyPluginAsyncZod =>
  async (app) => {
    const read = { onRequest: requirePermission('user:read') };
    const write = { onRequest: requirePermission('user:write') };

    app.get(
      '/api/users',
      {
        ...read,
        schema: {
          tags,
          summary: '用户列表（orgId 含下级机构；q 匹配用户名或姓名）',
          querystring: PageQuery.extend({
            orgId: SerialIdText.optional(),
            q: z.string().trim().max(64).optional(),
          }),
          response: { 200: pageOf(UserItem) },
        },
      },
      async (req) => users.list(actorOf(req), req.query),
    );
    app.post(
      '/api/users',
      {
        ...write,
        schema: {
          tags,
          summary: '新建用户（返回一次性初始密码，首次登录须修改）',
          body: z.object({
            username: z
              .string()
              .trim()
              .regex(
                /^[A-Za-z][A-Za-z0-9_.-]{2,31}$/,
                '用户名为 3–32 位字母、数字、下划线、点或横线，以字母开头',
              ),
            displayName: DisplayName,
            orgId: SerialId,
            roleIds: RoleIds,
          }),
          response: { 200: z.object({ user: UserItem, initialPassword: z.string() }) },
        },
      },
      async (req) => users.create(actorOf(req), req.body),
    );
    app.patch(
      '/api/users/:id',
      {
        ...write,
        schema: {
          tags,
          summary: '修改用户（姓名、机构、角色、启用/停用；停用即下线）',
          params: IdParams,
          body: z.object({
            displayName: DisplayName.optional(),
            orgId: SerialId.optional(),
            roleIds: RoleIds.optional(),
            status: z.enum(['active', 'disabled']).optional(),
          }),
          response: { 200: UserItem },
        },
      },
      async (req) => users.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/users/:id/reset-password',
      {
        ...write,
        schema: {
          tags,
          summary: '重置密码（返回一次性密码，须修改；该用户所有会话下线）',
          params: IdParams,
          response: { 200: z.object({ initialPassword: z.string() }) },
        },
      },
      async (req) => users.resetPassword(actorOf(req), req.params.id),
    );
    app.post(
      '/api/users/:id/unlock',
      {
        ...write,
        schema: {
          tags,
          summary: '解除登录锁定',
          params: IdParams,
          response: { 200: z.object({ ok: z.literal(true) }) },
        },
      },
      async (req) => users.unlock(actorOf(req), req.params.id),
    );
  };
