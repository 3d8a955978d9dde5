import { and, desc, eq, notInArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { DomainError } from '../errors.ts';
import { passwordHistory } from './auth.schema.ts';
import { verifyPassword } from './passwords.ts';

/** A new password may be none of the current one and the five before it. */
export const PASSWORD_HISTORY = 5;

/** Refuses `plain` when it is the current password or one of the last five (argon2 hashes). */
export async function checkNotReused(db: Executor, userId: string, currentHash: string, plain: string) {
  const earlier = await db
    .select({ hash: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, userId))
    .orderBy(desc(passwordHistory.changedAt), desc(passwordHistory.id))
    .limit(PASSWORD_HISTORY);
  for (const hash of [currentHash, ...earlier.map((r) => r.hash)]) {
    if (await verifyPassword(hash, plain)) {
      throw new DomainError(
        'PASSWORD_POLICY',
        `新密码不能与当前密码或最近 ${PASSWORD_HISTORY} 次使用过的密码相同`,
      );
    }
  }
}

/** Keeps the password being replaced, and only the last five. */
export async function rememberPassword(tx: Executor, userId: string, oldHash: string, at: Date) {
  await tx.insert(passwordHistory).values({ userId, passwordHash: oldHash, changedAt: at });
  const keep = tx
    .select({ id: passwordHistory.id })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, userId))
    .orderBy(desc(passwordHistory.changedAt), desc(passwordHistory.id))
    .limit(PASSWORD_HISTORY);
  await tx
    .delete(passwordHistory)
    .where(and(eq(passwordHistory.userId, userId), notInArray(passwordHistory.id, keep)));
}
