import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { users } from '../../../platform/access/access.schema.ts';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';

/** The audit actions that change what the registry knows about a person (not reads such as reveals). */
export const personHistoryActions = ['person.create', 'person.update'] as const;

export interface AuditFact {
  at: Date;
  action: string;
  /** Who did it, by display name (the sign-in name when the account is gone). */
  actorName: string;
  detail: Record<string, unknown> | null;
}

/**
 * Reads for the person timeline. Callers have already checked that the person (and through it the
 * record) lies in the actor's scope; the (target_type, target_id) index serves the audit queries.
 */
export function createPersonTimelineRepo(db: Executor) {
  return {
    /** The audit entries with one of `actions` about one record, oldest first. */
    entriesAbout: async (targetType: string, targetId: string, actions: readonly string[]) =>
      (await db
        .select({
          at: auditLog.at,
          action: auditLog.action,
          actorName: sql<string>`coalesce(${users.displayName}, ${auditLog.username})`,
          detail: auditLog.detail,
        })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.userId))
        .where(
          and(
            eq(auditLog.targetType, targetType),
            eq(auditLog.targetId, targetId),
            inArray(auditLog.action, [...actions]),
          ),
        )
        .orderBy(asc(auditLog.id))) as AuditFact[],

    orgName: async (orgId: number) =>
      (
        await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, orgId))
      )[0]?.name,
  };
}
