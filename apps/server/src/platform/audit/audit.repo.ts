import { and, count, desc, eq, gte, ilike, like, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { accessFilter } from '../access/scope.ts';
import { organisations } from '../orgs/orgs.schema.ts';
import { escapeLike } from '../users/users.repo.ts';
import { auditLog } from './audit.schema.ts';

export interface AuditFilter {
  username?: string | undefined;
  /** Prefix: `user.` matches `user.create`, `user.update`, … */
  action?: string | undefined;
  targetType?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  page: number;
  pageSize: number;
}

export function createAuditRepo(db: Executor) {
  return {
    async list(actor: Actor, f: AuditFilter) {
      // Rows are scoped by the acting user's organisation; rows without one need an `all` scope.
      const where = and(
        accessFilter(actor, 'audit:read', { orgId: auditLog.orgId, orgPath: organisations.path }),
        f.username ? ilike(auditLog.username, `%${escapeLike(f.username)}%`) : undefined,
        f.action ? like(auditLog.action, `${escapeLike(f.action)}%`) : undefined,
        f.targetType ? eq(auditLog.targetType, f.targetType) : undefined,
        f.from ? gte(auditLog.at, f.from) : undefined,
        f.to ? lt(auditLog.at, f.to) : undefined,
      );
      const [row] = await db
        .select({ total: count() })
        .from(auditLog)
        .leftJoin(organisations, eq(auditLog.orgId, organisations.id))
        .where(where);
      const items = await db
        .select({
          id: auditLog.id,
          at: auditLog.at,
          username: auditLog.username,
          orgName: organisations.name,
          action: auditLog.action,
          targetType: auditLog.targetType,
          targetId: auditLog.targetId,
          ip: auditLog.ip,
          detail: auditLog.detail,
        })
        .from(auditLog)
        .leftJoin(organisations, eq(auditLog.orgId, organisations.id))
        .where(where)
        .orderBy(desc(auditLog.id))
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize);
      return { items, total: Number(row?.total ?? 0) };
    },
  };
}
