import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionStages } from '../auth/auth.schema.ts';
import { FromBound, PageQuery, pageOf, QueryBoolean, ToBound } from '../http/paging.ts';
import { actorOf, requirePermission } from '../http/session-hook.ts';
import { SESSION_REF_LENGTH } from './security.repo.ts';
import type { SecurityService } from './security.service.ts';
import { SecuritySettings, SecuritySettingsEdit } from './security-settings.ts';

const tags = ['安全管理'];

const OnlineSession = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  stage: z.enum(sessionStages),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: z.date(),
  lastSeenAt: z.date(),
});

const LoginLogItem = z.object({
  id: z.number(),
  at: z.date(),
  username: z.string(),
  success: z.boolean(),
  reason: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});

export const securityRoutes =
  (security: SecurityService): FastifyPluginAsyncZod =>
  async (app) => {
    const manage = { onRequest: requirePermission('security:manage') };

    app.get(
      '/api/security/settings',
      { ...manage, schema: { tags, summary: '安全策略', response: { 200: SecuritySettings } } },
      async () => security.settings(),
    );
    app.put(
      '/api/security/settings',
      {
        ...manage,
        schema: {
          tags,
          summary: '修改安全策略（不得低于等保三级下限）',
          body: SecuritySettingsEdit,
          response: { 200: SecuritySettings },
        },
      },
      async (req) => security.saveSettings(actorOf(req), req.body),
    );
    app.get(
      '/api/security/sessions',
      {
        ...manage,
        schema: {
          tags,
          summary: '在线会话（id 为会话标识摘要的前 16 位，不是登录凭据）',
          response: { 200: z.array(OnlineSession) },
        },
      },
      async (req) => security.onlineSessions(actorOf(req)),
    );
    app.delete(
      '/api/security/sessions/:id',
      {
        ...manage,
        schema: {
          tags,
          summary: '强制下线',
          params: z.object({
            id: z.string().regex(new RegExp(`^[0-9a-f]{${SESSION_REF_LENGTH}}$`), '会话标识格式不正确'),
          }),
          response: { 200: z.object({ ok: z.literal(true) }) },
        },
      },
      async (req) => security.endSession(actorOf(req), req.params.id),
    );
    app.post(
      '/api/security/totp-resets',
      {
        ...manage,
        schema: {
          tags,
          summary: '重置用户的动态口令（手机丢失时），该用户全部会话下线',
          body: z.object({ username: z.string().trim().min(1).max(64) }),
          response: { 200: z.object({ ok: z.literal(true) }) },
        },
      },
      async (req) => security.resetTotp(actorOf(req), req.body.username),
    );
    app.get(
      '/api/login-log',
      {
        onRequest: requirePermission('loginlog:read'),
        schema: {
          tags,
          summary: '登录日志（最新在前）',
          querystring: PageQuery.extend({
            username: z.string().trim().max(64).optional(),
            success: QueryBoolean.optional(),
            from: FromBound.optional(),
            to: ToBound.optional(),
          }),
          response: { 200: pageOf(LoginLogItem) },
        },
      },
      async (req) => security.loginLog(actorOf(req), req.query),
    );
  };
