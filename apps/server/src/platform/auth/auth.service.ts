import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../access/access.schema.ts';
import type { Actor } from '../access/actor.ts';
import {
  loadUserWithAccess,
  toLoadedUser,
  type UserAccessRow,
  userAccessColumns,
} from '../access/load-actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Clock } from '../clock.ts';
import { type FieldCipher, randomToken, sha256 } from '../crypto.ts';
import { DomainError } from '../errors.ts';
import { organisations } from '../orgs/orgs.schema.ts';
import {
  loadSecuritySettings,
  parseSecuritySettings,
  type SecuritySettings,
  storedSecuritySettings,
} from '../security/security-settings.ts';
import { loginLog, type SessionStage, sessions } from './auth.schema.ts';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './passwords.ts';
import { checkTotp, newTotpSecret, totpUri } from './totp.ts';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export interface SessionContext {
  sessionId: string;
  stage: SessionStage;
  csrfToken: string;
  actor: Actor;
  totpEnabled: boolean;
  orgName: string;
  orgLevel: string;
}

// Verifying against a fixed hash for unknown users keeps the answer time the same as for known ones.
const dummyHash = hashPassword('minsheng-timing-equaliser');

/** A session's last-seen time is written when it is older than this (see `resolveSession`). */
export const TOUCH_AFTER_MS = 30_000;

const invalidCredentials = () => new DomainError('AUTH_INVALID_CREDENTIALS', '用户名或密码错误');

export function createAuthService(deps: { db: Db; cipher: FieldCipher; clock: Clock }) {
  const { db, cipher, clock } = deps;

  function nextStage(
    user: typeof users.$inferSelect,
    isAdmin: boolean,
    s: SecuritySettings,
    after: 'password' | 'change_password',
  ): SessionStage {
    if (after === 'password' && user.mustChangePassword) return 'change_password';
    if (user.totpEnabled) return after === 'password' ? 'totp' : 'full';
    if (isAdmin && s.adminMfaRequired) return 'totp_enrol';
    return 'full';
  }

  async function logLogin(
    username: string,
    userId: string | null,
    success: boolean,
    reason: string | null,
    c: ClientInfo,
  ) {
    await db
      .insert(loginLog)
      .values({ username, userId, success, reason, ip: c.ip, userAgent: c.userAgent, at: clock.now() });
  }

  const sessionQuery = db
    .select({
      session: {
        stage: sessions.stage,
        csrfToken: sessions.csrfToken,
        lastSeenAt: sessions.lastSeenAt,
      },
      user: userAccessColumns,
      security: storedSecuritySettings,
    })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .innerJoin(organisations, eq(users.orgId, organisations.id))
    .where(eq(sessions.id, sql.placeholder('id')))
    .prepare('resolve_session');

  async function setStage(sessionId: string, stage: SessionStage) {
    await db.update(sessions).set({ stage }).where(eq(sessions.id, sessionId));
  }

  return {
    async login(username: string, password: string, client: ClientInfo) {
      const s = await loadSecuritySettings(db);
      const [user] = await db.select().from(users).where(eq(users.username, username));
      if (!user) {
        await verifyPassword(await dummyHash, password);
        await logLogin(username, null, false, 'unknown_user', client);
        throw invalidCredentials();
      }
      const now = clock.now();
      if (user.lockedUntil && user.lockedUntil > now) {
        await logLogin(username, user.id, false, 'locked', client);
        const minutes = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000);
        throw new DomainError('AUTH_LOCKED', `连续登录失败次数过多，账号已锁定，请 ${minutes} 分钟后再试`);
      }
      if (user.status !== 'active') {
        await logLogin(username, user.id, false, 'disabled', client);
        throw new DomainError('AUTH_INVALID_CREDENTIALS', '账号已停用，请联系系统管理员');
      }
      if (!(await verifyPassword(user.passwordHash, password))) {
        const failed = user.failedAttempts + 1;
        const lock = failed >= s.lockoutThreshold;
        await db
          .update(users)
          .set({
            failedAttempts: lock ? 0 : failed,
            lockedUntil: lock ? new Date(now.getTime() + s.lockoutMinutes * 60_000) : null,
          })
          .where(eq(users.id, user.id));
        await logLogin(username, user.id, false, lock ? 'bad_password_locked' : 'bad_password', client);
        if (lock) {
          throw new DomainError(
            'AUTH_LOCKED',
            `连续 ${s.lockoutThreshold} 次密码错误，账号已锁定 ${s.lockoutMinutes} 分钟`,
          );
        }
        throw invalidCredentials();
      }
      const loaded = await loadUserWithAccess(db, user.id, client);
      if (!loaded) throw invalidCredentials();
      const isAdmin = loaded.actor.roles.some((r) => r.adminClass !== null);
      const stage = nextStage(user, isAdmin, s, 'password');
      const token = randomToken();
      const csrfToken = randomToken();
      await db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ failedAttempts: 0, lockedUntil: null, lastLoginAt: now })
          .where(eq(users.id, user.id));
        await tx.insert(sessions).values({
          id: sha256(token),
          userId: user.id,
          stage,
          csrfToken,
          createdAt: now,
          lastSeenAt: now,
          ...client,
        });
        await recordAudit(tx, loaded.actor, { action: 'auth.login', targetType: 'user', targetId: user.id });
      });
      await logLogin(username, user.id, true, null, client);
      return { token, stage, csrfToken };
    },

    /**
     * Resolves a cookie token to a live session, enforcing the idle timeout. One round trip reads the
     * session, its user with organisation and roles, and the security settings (nothing is cached in
     * memory, so a role edit, a disabled account or a new timeout applies to the very next request in
     * every server process); a second statement is written only when the session has expired or is
     * due for its last-seen touch.
     */
    async resolveSession(token: string, client: ClientInfo): Promise<SessionContext | null> {
      const id = sha256(token);
      const [row] = await sessionQuery.execute({ id });
      if (!row) return null;
      const { session } = row;
      const s = parseSecuritySettings(row.security);
      const now = clock.now().getTime();
      const idleMs = now - session.lastSeenAt.getTime();
      if (idleMs > s.idleTimeoutMinutes * 60_000) {
        await db.delete(sessions).where(eq(sessions.id, id));
        return null;
      }
      const loaded = toLoadedUser(row.user as UserAccessRow, client);
      if (loaded.user.status !== 'active') return null;
      // Touch at most every 30 s: enough precision for a timeout of 5 minutes or more (a session
      // may outlive its timeout by under 30 s), and a busy session costs one write per 30 s.
      if (idleMs > TOUCH_AFTER_MS) {
        await db
          .update(sessions)
          .set({ lastSeenAt: new Date(now) })
          .where(eq(sessions.id, id));
      }
      return {
        sessionId: id,
        stage: session.stage,
        csrfToken: session.csrfToken,
        actor: loaded.actor,
        totpEnabled: loaded.user.totpEnabled,
        orgName: loaded.orgName,
        orgLevel: loaded.orgLevel,
      };
    },

    async changePassword(ctx: SessionContext, oldPassword: string, newPassword: string) {
      const s = await loadSecuritySettings(db);
      const [user] = await db.select().from(users).where(eq(users.id, ctx.actor.userId));
      if (!user || !(await verifyPassword(user.passwordHash, oldPassword))) {
        throw new DomainError('AUTH_INVALID_CREDENTIALS', '原密码不正确');
      }
      if (oldPassword === newPassword) throw new DomainError('PASSWORD_POLICY', '新密码不能与原密码相同');
      checkPasswordPolicy(newPassword, s);
      const passwordHash = await hashPassword(newPassword);
      const isAdmin = ctx.actor.roles.some((r) => r.adminClass !== null);
      const updated = { ...user, mustChangePassword: false };
      const stage =
        ctx.stage === 'change_password' ? nextStage(updated, isAdmin, s, 'change_password') : ctx.stage;
      await db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ passwordHash, mustChangePassword: false, passwordChangedAt: clock.now() })
          .where(eq(users.id, user.id));
        // Other sessions of this user end: whoever knew the old password is out.
        await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, ctx.sessionId)));
        await tx.update(sessions).set({ stage }).where(eq(sessions.id, ctx.sessionId));
        await recordAudit(tx, ctx.actor, {
          action: 'auth.change_password',
          targetType: 'user',
          targetId: user.id,
        });
      });
      return { stage };
    },

    async startTotpEnrolment(ctx: SessionContext) {
      if (ctx.totpEnabled) throw new DomainError('CONFLICT', '已绑定动态口令，如需更换请联系安全管理员');
      const secret = newTotpSecret();
      await db
        .update(users)
        .set({ totpSecretEnc: cipher.encrypt(secret) })
        .where(eq(users.id, ctx.actor.userId));
      return { secret, otpauthUri: totpUri(secret, ctx.actor.username) };
    },

    async confirmTotpEnrolment(ctx: SessionContext, code: string) {
      const [user] = await db.select().from(users).where(eq(users.id, ctx.actor.userId));
      if (!user?.totpSecretEnc) throw new DomainError('AUTH_STAGE', '请先获取动态口令密钥');
      if (!checkTotp(cipher.decrypt(user.totpSecretEnc), user.username, code)) {
        throw new DomainError('AUTH_TOTP_INVALID', '动态口令不正确，请核对手机上的 6 位数字');
      }
      await db.transaction(async (tx) => {
        await tx.update(users).set({ totpEnabled: true }).where(eq(users.id, user.id));
        await tx.update(sessions).set({ stage: 'full' }).where(eq(sessions.id, ctx.sessionId));
        await recordAudit(tx, ctx.actor, {
          action: 'auth.totp_enrol',
          targetType: 'user',
          targetId: user.id,
        });
      });
      return { stage: 'full' as const };
    },

    async verifyTotp(ctx: SessionContext, code: string, client: ClientInfo) {
      const [user] = await db.select().from(users).where(eq(users.id, ctx.actor.userId));
      if (!user?.totpSecretEnc || !checkTotp(cipher.decrypt(user.totpSecretEnc), user.username, code)) {
        await logLogin(ctx.actor.username, ctx.actor.userId, false, 'bad_totp', client);
        throw new DomainError('AUTH_TOTP_INVALID', '动态口令不正确');
      }
      await setStage(ctx.sessionId, 'full');
      return { stage: 'full' as const };
    },

    async logout(ctx: SessionContext) {
      await db.transaction(async (tx) => {
        await tx.delete(sessions).where(eq(sessions.id, ctx.sessionId));
        await recordAudit(tx, ctx.actor, {
          action: 'auth.logout',
          targetType: 'user',
          targetId: ctx.actor.userId,
        });
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
