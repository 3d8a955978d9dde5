import { and, eq, isNull, lt, ne, or, sql } from 'drizzle-orm';
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
import { checkAddress, countFailure, lockedError } from './login-guard.ts';
import { checkNotReused, rememberPassword } from './password-history.ts';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './passwords.ts';
import { newTotpSecret, totpStep, totpUri } from './totp.ts';

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
  const { db, cipher } = deps;
  const { clock } = deps;

  /**
   * The next step of a login: the second factor first (nothing else before it, not even a password
   * change), then a required password change, then enrolment for administrators without a factor.
   */
  function nextStage(
    user: Pick<typeof users.$inferSelect, 'totpEnabled' | 'mustChangePassword'>,
    isAdmin: boolean,
    s: SecuritySettings,
    totpDone: boolean,
  ): SessionStage {
    if (user.totpEnabled && !totpDone) return 'totp';
    if (user.mustChangePassword) return 'change_password';
    if (!user.totpEnabled && isAdmin && s.adminMfaRequired) return 'totp_enrol';
    return 'full';
  }

  const isAdmin = (actor: Actor) => actor.roles.some((r) => r.adminClass !== null);

  async function logLogin(
    username: string,
    userId: string | null,
    success: boolean,
    reason: string | null,
    c: ClientInfo,
  ) {
    await db
      .insert(loginLog)
      .values({ at: clock.now(), username, userId, success, reason, ip: c.ip, userAgent: c.userAgent });
  }

  const sessionQuery = db
    .select({
      session: {
        stage: sessions.stage,
        csrfToken: sessions.csrfToken,
        createdAt: sessions.createdAt,
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
      const now = clock.now();
      const s = await loadSecuritySettings(db);
      await checkAddress(db, client.ip, s, now);
      const [user] = await db.select().from(users).where(eq(users.username, username));
      if (!user) {
        await verifyPassword(await dummyHash, password);
        await logLogin(username, null, false, 'unknown_user', client);
        throw invalidCredentials();
      }
      const locked = lockedError(user, now);
      if (locked) {
        await logLogin(username, user.id, false, 'locked', client);
        throw locked;
      }
      if (user.status !== 'active') {
        await logLogin(username, user.id, false, 'disabled', client);
        throw new DomainError('AUTH_INVALID_CREDENTIALS', '账号已停用，请联系系统管理员');
      }
      if (!(await verifyPassword(user.passwordHash, password))) {
        const failure = await countFailure(db, user, s, now, 'password');
        await logLogin(
          username,
          user.id,
          false,
          failure.locked ? 'bad_password_locked' : 'bad_password',
          client,
        );
        throw failure.error;
      }
      const loaded = await loadUserWithAccess(db, user.id, client);
      if (!loaded) throw invalidCredentials();
      const stage = nextStage(user, isAdmin(loaded.actor), s, false);
      const token = randomToken();
      const csrfToken = randomToken();
      await db.transaction(async (tx) => {
        // A password followed by a second factor clears the failure count only once the code is right.
        const reset = stage === 'totp' ? {} : { failedAttempts: 0, lockedUntil: null };
        await tx
          .update(users)
          .set({ ...reset, lastLoginAt: now })
          .where(eq(users.id, user.id));
        await tx.insert(sessions).values({
          id: sha256(token),
          userId: user.id,
          stage,
          csrfToken,
          ...client,
          createdAt: now,
          lastSeenAt: now,
        });
        await recordAudit(tx, loaded.actor, { action: 'auth.login', targetType: 'user', targetId: user.id });
      });
      await logLogin(username, user.id, true, null, client);
      return { token, stage, csrfToken };
    },

    /**
     * Resolves a cookie token to a live session, enforcing the idle timeout and the absolute
     * session lifetime. One round trip reads the
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
      const ageMs = now - session.createdAt.getTime();
      if (idleMs > s.idleTimeoutMinutes * 60_000 || ageMs > s.sessionMaxHours * 3_600_000) {
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
      const now = clock.now();
      const s = await loadSecuritySettings(db);
      const [user] = await db.select().from(users).where(eq(users.id, ctx.actor.userId));
      if (!user || !(await verifyPassword(user.passwordHash, oldPassword))) {
        throw new DomainError('AUTH_INVALID_CREDENTIALS', '原密码不正确');
      }
      checkPasswordPolicy(newPassword, s, user);
      await checkNotReused(db, user.id, user.passwordHash, newPassword);
      const passwordHash = await hashPassword(newPassword);
      // At this stage the second factor (if any) is done: the session table allows nothing before it.
      const stage =
        ctx.stage === 'change_password'
          ? nextStage({ ...user, mustChangePassword: false }, isAdmin(ctx.actor), s, true)
          : ctx.stage;
      await db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ passwordHash, mustChangePassword: false, passwordChangedAt: now })
          .where(eq(users.id, user.id));
        await rememberPassword(tx, user.id, user.passwordHash, now);
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
      const step = totpStep(cipher.decrypt(user.totpSecretEnc), user.username, code, clock.now());
      if (step === null) {
        throw new DomainError('AUTH_TOTP_INVALID', '动态口令不正确，请核对手机上的 6 位数字');
      }
      await db.transaction(async (tx) => {
        // The enrolment code counts as used: it cannot sign in a second session.
        await tx.update(users).set({ totpEnabled: true, totpLastStep: step }).where(eq(users.id, user.id));
        await tx.update(sessions).set({ stage: 'full' }).where(eq(sessions.id, ctx.sessionId));
        await recordAudit(tx, ctx.actor, {
          action: 'auth.totp_enrol',
          targetType: 'user',
          targetId: user.id,
        });
      });
      return { stage: 'full' as const };
    },

    /**
     * The second factor at login. Wrong codes count with wrong passwords towards the lockout (and a
     * lockout ends this half-signed-in session); a right code is accepted once: the step it belongs
     * to is claimed with a conditional update, so a replay in any session or process is refused.
     */
    async verifyTotp(ctx: SessionContext, code: string, client: ClientInfo) {
      const now = clock.now();
      const s = await loadSecuritySettings(db);
      const [user] = await db.select().from(users).where(eq(users.id, ctx.actor.userId));
      if (!user) throw invalidCredentials();
      const endSession = () => db.delete(sessions).where(eq(sessions.id, ctx.sessionId));
      const locked = lockedError(user, now);
      if (locked) {
        await endSession();
        throw locked;
      }
      const step = user.totpSecretEnc
        ? totpStep(cipher.decrypt(user.totpSecretEnc), user.username, code, now)
        : null;
      if (step === null) {
        const failure = await countFailure(db, user, s, now, 'totp');
        await logLogin(
          user.username,
          user.id,
          false,
          failure.locked ? 'bad_totp_locked' : 'bad_totp',
          client,
        );
        if (failure.locked) await endSession();
        throw failure.error;
      }
      const claimed = await db
        .update(users)
        .set({ totpLastStep: step, failedAttempts: 0, lockedUntil: null })
        .where(and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
        .returning({ id: users.id });
      if (claimed.length === 0) {
        await logLogin(user.username, user.id, false, 'totp_replay', client);
        throw new DomainError('AUTH_TOTP_INVALID', '该动态口令已使用过，请等待手机上显示新的口令后再输入');
      }
      const stage = nextStage(user, isAdmin(ctx.actor), s, true);
      await setStage(ctx.sessionId, stage);
      return { stage };
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
