import { and, count, desc, eq, gt, gte, ilike, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { users } from '../access/access.schema.ts';
import type { Actor } from '../access/actor.ts';
import { accessFilter } from '../access/scope.ts';
import { loginLog, sessions } from '../auth/auth.schema.ts';
import { organisations } from '../orgs/orgs.schema.ts';
import { escapeLike } from '../users/users.repo.ts';

/**
 * Sessions are shown and addressed by the first 16 hex digits of their stored id. The stored id is
 * already the SHA-256 of the cookie token (so it cannot be replayed), and the short form keeps even
 * that hash out of screens and logs while staying unique in practice (64 bits).
 */
export const SESSION_REF_LENGTH = 16;
const sessionRef = sql<string>`left(${sessions.id}, ${sql.raw(String(SESSION_REF_LENGTH))})`;

export interface LoginLogFilter {
  username?: string | undefined;
  success?: boolean | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  page: number;
  pageSize: number;
}

export function createSecurityRepo(db: Executor) {
  const sessionScope = (actor: Actor) =>
    accessFilter(actor, 'security:manage', { orgId: users.orgId, orgPath: organisations.path });

  return {
    onlineSessions: (actor: Actor, seenSince: Date) =>
      db
        .select({
          id: sessionRef,
          userId: sessions.userId,
          username: users.username,
          displayName: users.displayName,
          stage: sessions.stage,
          ip: sessions.ip,
          userAgent: sessions.userAgent,
          createdAt: sessions.createdAt,
          lastSeenAt: sessions.lastSeenAt,
        })
        .from(sessions)
        .innerJoin(users, eq(sessions.userId, users.id))
        .innerJoin(organisations, eq(users.orgId, organisations.id))
        .where(and(sessionScope(actor), gt(sessions.lastSeenAt, seenSince)))
        .orderBy(desc(sessions.lastSeenAt)),

    sessionByRef: async (actor: Actor, ref: string) =>
      (
        await db
          .select({ id: sessions.id, userId: sessions.userId, username: users.username })
          .from(sessions)
          .innerJoin(users, eq(sessions.userId, users.id))
          .innerJoin(organisations, eq(users.orgId, organisations.id))
          .where(and(sessionScope(actor), eq(sessionRef, ref)))
      )[0],

    deleteSession: (id: string) => db.delete(sessions).where(eq(sessions.id, id)),

    async loginLog(actor: Actor, f: LoginLogFilter) {
      // Attempts on unknown usernames have no organisation; only an `all` scope sees them.
      const where = and(
        accessFilter(actor, 'loginlog:read', { orgId: users.orgId, orgPath: organisations.path }),
        f.username ? ilike(loginLog.username, `%${escapeLike(f.username)}%`) : undefined,
        f.success === undefined ? undefined : eq(loginLog.success, f.success),
        f.from ? gte(loginLog.at, f.from) : undefined,
        f.to ? lt(loginLog.at, f.to) : undefined,
      );
      const base = () =>
        db
          .select({
            id: loginLog.id,
            at: loginLog.at,
            username: loginLog.username,
            success: loginLog.success,
            reason: loginLog.reason,
            ip: loginLog.ip,
            userAgent: loginLog.userAgent,
          })
          .from(loginLog)
          .leftJoin(users, eq(loginLog.userId, users.id))
          .leftJoin(organisations, eq(users.orgId, organisations.id));
      const [row] = await db
        .select({ total: count() })
        .from(loginLog)
        .leftJoin(users, eq(loginLog.userId, users.id))
        .leftJoin(organisations, eq(users.orgId, organisations.id))
        .where(where);
      const items = await base()
        .where(where)
        .orderBy(desc(loginLog.at), desc(loginLog.id))
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize);
      return { items, total: Number(row?.total ?? 0) };
    },
  };
}
