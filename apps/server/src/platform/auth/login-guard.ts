import { and, count, eq, gt } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { users } from '../access/access.schema.ts';
import { DomainError } from '../errors.ts';
import type { SecuritySettings } from '../security/security-settings.ts';
import { loginLog } from './auth.schema.ts';

type User = Pick<typeof users.$inferSelect, 'id' | 'failedAttempts' | 'lockedUntil'>;

/** The refusal for a locked account, or null when it is not locked at `now`. */
export function lockedError(user: User, now: Date): DomainError | null {
  if (!user.lockedUntil || user.lockedUntil <= now) return null;
  const minutes = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000);
  return new DomainError('AUTH_LOCKED', `连续登录失败次数过多，账号已锁定，请 ${minutes} 分钟后再试`);
}

const what = { password: '密码', totp: '动态口令' } as const;

/**
 * Counts one failed factor (a wrong password or a wrong code share the counter and the settings)
 * and locks the account at the threshold. Returns whether it locked, and the error to answer.
 */
export async function countFailure(
  db: Executor,
  user: User,
  s: SecuritySettings,
  now: Date,
  factor: keyof typeof what,
): Promise<{ locked: boolean; error: DomainError }> {
  const failed = user.failedAttempts + 1;
  const locked = failed >= s.lockoutThreshold;
  await db
    .update(users)
    .set({
      failedAttempts: locked ? 0 : failed,
      lockedUntil: locked ? new Date(now.getTime() + s.lockoutMinutes * 60_000) : null,
    })
    .where(eq(users.id, user.id));
  if (locked) {
    const message = `连续 ${s.lockoutThreshold} 次${what[factor]}错误，账号已锁定 ${s.lockoutMinutes} 分钟`;
    return { locked, error: new DomainError('AUTH_LOCKED', message) };
  }
  return {
    locked,
    error:
      factor === 'password'
        ? new DomainError('AUTH_INVALID_CREDENTIALS', '用户名或密码错误')
        : new DomainError('AUTH_TOTP_INVALID', '动态口令不正确'),
  };
}

/**
 * Per-address throttle, besides the per-account lockout: an address with `addressFailureLimit`
 * failed logins (any usernames, passwords or codes) within `lockoutMinutes` waits. Counted from the
 * login log in the database, so every server process sees the same count.
 */
export async function checkAddress(db: Executor, ip: string | null, s: SecuritySettings, now: Date) {
  if (!ip) return;
  const since = new Date(now.getTime() - s.lockoutMinutes * 60_000);
  const [row] = await db
    .select({ n: count() })
    .from(loginLog)
    .where(and(eq(loginLog.ip, ip), eq(loginLog.success, false), gt(loginLog.at, since)));
  if (Number(row?.n ?? 0) >= s.addressFailureLimit) {
    throw new DomainError('AUTH_THROTTLED', `该网络地址登录失败次数过多，请 ${s.lockoutMinutes} 分钟后再试`);
  }
}
