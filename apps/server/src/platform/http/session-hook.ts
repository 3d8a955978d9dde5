import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../access/actor.ts';
import { hasPermission } from '../access/actor.ts';
import type { Permission } from '../access/permissions.ts';
import type { AuthService, ClientInfo, SessionContext } from '../auth/auth.service.ts';
import { stageAllows } from '../auth/session-stages.ts';
import { DomainError } from '../errors.ts';

export const SESSION_COOKIE = 'ms_session';

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionContext | null;
  }
}

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const csrfExempt = new Set(['/api/auth/login']);

export const clientInfo = (req: FastifyRequest): ClientInfo => ({
  ip: req.ip ?? null,
  userAgent: req.headers['user-agent']?.slice(0, 300) ?? null,
});

/**
 * Resolves the session cookie on every API request and checks the CSRF token of state-changing
 * requests (a per-session token sent back in the `x-csrf-token` header).
 */
export function installSessionHook(app: FastifyInstance, auth: AuthService) {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    const raw = req.cookies[SESSION_COOKIE];
    const unsigned = raw ? req.unsignCookie(raw) : null;
    if (unsigned?.valid && unsigned.value) {
      req.session = await auth.resolveSession(unsigned.value, clientInfo(req));
      if (!req.session) reply.clearCookie(SESSION_COOKIE, { path: '/' });
    }
    const path = req.url.split('?')[0]!;
    if (stateChanging.has(req.method) && !csrfExempt.has(path)) {
      if (!req.session) throw new DomainError('AUTH_REQUIRED', '未登录或会话已超时，请重新登录');
      if (req.headers['x-csrf-token'] !== req.session.csrfToken) {
        throw new DomainError('CSRF_INVALID', '请求校验失败（CSRF），请刷新页面后重试');
      }
    }
    // A session that has not finished signing in may only finish it (see session-stages.ts).
    const route = req.routeOptions.url;
    if (req.session && route && !stageAllows(req.session.stage, `${req.method} ${route}`)) throw stageError();
  });
  app.decorateReply('setSessionCookie', function (this: FastifyReply, token: string) {
    this.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      // Secure whenever the request came over TLS (directly or via a trusted proxy).
      secure: 'auto',
      signed: true,
    });
  });
}

declare module 'fastify' {
  interface FastifyReply {
    setSessionCookie(token: string): void;
  }
}

/** The session in any stage (auth endpoints that finish a login). */
export function requireSession(req: FastifyRequest): SessionContext {
  if (!req.session) throw new DomainError('AUTH_REQUIRED', '未登录或会话已超时，请重新登录');
  return req.session;
}

const stageError = () =>
  new DomainError('AUTH_STAGE', '请先完成登录步骤（动态口令验证、修改初始密码或绑定动态口令）');

/** A fully signed-in actor. */
export function requireActor(req: FastifyRequest): Actor {
  const s = requireSession(req);
  if (s.stage !== 'full') throw stageError();
  return s.actor;
}

/**
 * Route `onRequest` hook: signed in and holding the permission. It runs before the body is parsed
 * and the input validated, so a caller without access gets 401/403, never a field error.
 */
export const requirePermission = (permission: Permission) => async (req: FastifyRequest) => {
  const actor = requireActor(req);
  if (!hasPermission(actor, permission)) throw new DomainError('FORBIDDEN', '无权执行此操作');
};

/** Route `onRequest` hook: signed in and holding at least one of the permissions (the service narrows). */
export const requireAnyPermission =
  (...permissions: Permission[]) =>
  async (req: FastifyRequest) => {
    const actor = requireActor(req);
    if (!permissions.some((p) => hasPermission(actor, p)))
      throw new DomainError('FORBIDDEN', '无权执行此操作');
  };

/** The actor of a request that already passed `requirePermission`. */
export const actorOf = (req: FastifyRequest): Actor => requireActor(req);
