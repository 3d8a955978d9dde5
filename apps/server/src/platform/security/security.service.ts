import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../access/access.schema.ts';
import type { Actor } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { sessions } from '../auth/auth.schema.ts';
import type { Clock } from '../clock.ts';
import { forbidden, notFound } from '../errors.ts';
import { createSecurityRepo, type LoginLogFilter } from './security.repo.ts';
import { loadSecuritySettings, type SecuritySettings, saveSecuritySettings } from './security-settings.ts';

export function createSecurityService(deps: { db: Db; clock: Clock }) {
  const { db } = deps;
  const repo = createSecurityRepo(db);

  return {
    settings: () => loadSecuritySettings(db),

    async saveSettings(actor: Actor, value: SecuritySettings) {
      return db.transaction(async (tx) => {
        const before = await loadSecuritySettings(tx);
        await saveSecuritySettings(tx, value);
        await recordAudit(tx, actor, {
          action: 'security.settings.update',
          targetType: 'settings',
          targetId: 'security',
          detail: { before, after: value },
        });
        return value;
      });
    },

    /** Sessions seen within the idle timeout: older ones are dead and removed at their next use. */
    async onlineSessions(actor: Actor) {
      const s = await loadSecuritySettings(db);
      const rows = await repo.onlineSessions(
        actor,
        new Date(deps.clock.now().getTime() - s.idleTimeoutMinutes * 60_000),
      );
      return rows.map(({ userId: _userId, ...r }) => r);
    },

    async endSession(actor: Actor, ref: string) {
      return db.transaction(async (tx) => {
        const r = createSecurityRepo(tx);
        const session = await r.sessionByRef(actor, ref);
        if (!session) throw notFound('会话');
        await r.deleteSession(session.id);
        await recordAudit(tx, actor, {
          action: 'security.session.end',
          targetType: 'user',
          targetId: session.userId,
          detail: { username: session.username, session: ref },
        });
        return { ok: true as const };
      });
    },

    loginLog: (actor: Actor, f: LoginLogFilter) => repo.loginLog(actor, f),

    /**
     * A lost phone: the user's second factor is removed and their sessions end; at the next login
     * an administrator must enrol a new one. Never for oneself — a stolen session must not be able
     * to drop its own second factor.
     */
    async resetTotp(actor: Actor, username: string) {
      return db.transaction(async (tx) => {
        const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
        if (!user) throw notFound('用户');
        if (user.id === actor.userId) throw forbidden('不能重置自己的动态口令，请联系另一位安全管理员');
        await tx.update(users).set({ totpEnabled: false, totpSecretEnc: null }).where(eq(users.id, user.id));
        await tx.delete(sessions).where(eq(sessions.userId, user.id));
        await recordAudit(tx, actor, {
          action: 'security.totp.reset',
          targetType: 'user',
          targetId: user.id,
          detail: { username },
        });
        return { ok: true as const };
      });
    },
  };
}

export type SecurityService = ReturnType<typeof createSecurityService>;
