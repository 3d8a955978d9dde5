import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { permissionCatalogue } from '../access/permissions.ts';
import { clientInfo, requireSession, SESSION_COOKIE } from '../http/session-hook.ts';
import { sessionStages } from './auth.schema.ts';
import type { AuthService } from './auth.service.ts';

const Stage = z.enum(sessionStages);
const tags = ['认证'];

export const authRoutes =
  (auth: AuthService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/auth/login',
      {
        schema: {
          tags,
          summary: '用户名密码登录',
          body: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(128) }),
          response: { 200: z.object({ stage: Stage, csrfToken: z.string() }) },
        },
      },
      async (req, reply) => {
        const r = await auth.login(req.body.username, req.body.password, clientInfo(req));
        reply.setSessionCookie(r.token);
        return { stage: r.stage, csrfToken: r.csrfToken };
      },
    );

    app.get(
      '/api/auth/me',
      {
        schema: {
          tags,
          summary: '当前用户与权限',
          response: {
            200: z.object({
              stage: Stage,
              csrfToken: z.string(),
              user: z.object({
                id: z.string(),
                username: z.string(),
                displayName: z.string(),
                org: z.object({ id: z.number(), name: z.string(), level: z.string() }),
                roles: z.array(z.object({ code: z.string(), name: z.string() })),
                permissions: z.array(z.string()),
                totpEnabled: z.boolean(),
              }),
            }),
          },
        },
      },
      async (req) => {
        const s = requireSession(req);
        const granted = new Set(s.actor.roles.flatMap((r) => r.permissions));
        return {
          stage: s.stage,
          csrfToken: s.csrfToken,
          user: {
            id: s.actor.userId,
            username: s.actor.username,
            displayName: s.actor.displayName,
            org: { id: s.actor.orgId, name: s.orgName, level: s.orgLevel },
            roles: s.actor.roles.map((r) => ({ code: r.code, name: r.name })),
            // Only a full session carries permissions; half-signed-in users see none.
            permissions:
              s.stage === 'full' ? permissionCatalogue.map((p) => p.code).filter((c) => granted.has(c)) : [],
            totpEnabled: s.totpEnabled,
          },
        };
      },
    );

    app.post(
      '/api/auth/change-password',
      {
        schema: {
          tags,
          summary: '修改密码（首次登录必须修改）',
          body: z.object({
            oldPassword: z.string().min(1).max(128),
            newPassword: z.string().min(1).max(128),
          }),
          response: { 200: z.object({ stage: Stage }) },
        },
      },
      async (req) => auth.changePassword(requireSession(req), req.body.oldPassword, req.body.newPassword),
    );

    app.post(
      '/api/auth/totp/enrol',
      {
        schema: {
          tags,
          summary: '获取动态口令（TOTP）绑定密钥',
          response: { 200: z.object({ secret: z.string(), otpauthUri: z.string() }) },
        },
      },
      async (req) => auth.startTotpEnrolment(requireSession(req)),
    );

    const Code = z.object({ code: z.string().regex(/^\d{6}$/, '请输入 6 位数字动态口令') });
    app.post(
      '/api/auth/totp/confirm',
      {
        schema: {
          tags,
          summary: '确认绑定动态口令',
          body: Code,
          response: { 200: z.object({ stage: Stage }) },
        },
      },
      async (req) => auth.confirmTotpEnrolment(requireSession(req), req.body.code),
    );
    app.post(
      '/api/auth/totp/verify',
      {
        schema: {
          tags,
          summary: '登录时校验动态口令',
          body: Code,
          response: { 200: z.object({ stage: Stage }) },
        },
      },
      async (req) => auth.verifyTotp(requireSession(req), req.body.code, clientInfo(req)),
    );

    app.post(
      '/api/auth/logout',
      { schema: { tags, summary: '退出登录', response: { 200: z.object({ ok: z.boolean() }) } } },
      async (req, reply) => {
        await auth.logout(requireSession(req));
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true };
      },
    );
  };
