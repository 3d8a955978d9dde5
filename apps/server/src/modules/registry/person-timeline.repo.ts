import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { auditLog } from '../../platform/audit/audit.schema.ts';
import { organisations } from '../../platform/orgs/orgs.schema.ts';

/** The audit actions that change what the registry knows about a person (not reads such as reveals). */
export const personHistoryActions = ['person.create', 'person.update'] as const;

export interface AuditFact {
  at: Date;
  action: string;
  username: string;
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
          username: auditLog.username,
          detail: auditLog.detail,
        })
        .from(auditLog)
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
