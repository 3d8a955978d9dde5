import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { auditLog } from '../../platform/audit/audit.schema.ts';
import { organisations } from '../../platform/orgs/orgs.schema.ts';

/** The audit actions that change what the registry knows about a person (not reads such as reveals). */
export const personHistoryActions = ['person.create', 'person.update'] as const;
export type PersonHistoryAction = (typeof personHistoryActions)[number];

/**
 * The audit entries about one person's registration, oldest first. The caller has already checked
 * that the person lies in the actor's scope; the (target_type, target_id) index serves the query.
 */
export function createPersonTimelineRepo(db: Executor) {
  return {
    historyOf: async (personId: string) =>
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
            eq(auditLog.targetType, 'person'),
            eq(auditLog.targetId, personId),
            inArray(auditLog.action, [...personHistoryActions]),
          ),
        )
        .orderBy(asc(auditLog.id))) as {
        at: Date;
        action: PersonHistoryAction;
        username: string;
        detail: Record<string, unknown> | null;
      }[],

    orgName: async (orgId: number) =>
      (
        await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, orgId))
      )[0]?.name,
  };
}
