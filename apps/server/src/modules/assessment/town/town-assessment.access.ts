import { type AnyColumn, or, type SQL, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { DomainError } from '../../../platform/errors.ts';
import { requireActor } from '../../../platform/http/session-hook.ts';

/** The bureau's side of the assessment: reviewing and configuring, over its organisation subtree. */
const officePermissions = ['assessment:review', 'assessment:configure'] as const;
const assessmentPermissions: readonly Permission[] = [...officePermissions, 'assessment:submit'];

interface Scoped {
  orgId: AnyColumn;
  orgPath: AnyColumn;
}

/** Rows of an organisation the actor reviews or configures (its data scope of those permissions). */
export const officeScope = (actor: Actor, cols: Scoped): SQL =>
  or(...officePermissions.map((p) => accessFilter(actor, p, cols)))!;

/**
 * Rows of the assessing organisation a town's submitter works below: a town reads the plan and the
 * published documents that assess it, never another organisation's.
 */
export const assessedBelow = (actor: Actor, cols: Scoped): SQL =>
  hasPermission(actor, 'assessment:submit')
    ? sql`${actor.orgPath} like (${cols.orgPath} || '%')`
    : sql`false`;

/** Route hook: signed in and holding one of the assessment permissions. */
export const requireAssessmentAccess = async (req: FastifyRequest) => {
  const actor = requireActor(req);
  if (!assessmentPermissions.some((p) => hasPermission(actor, p)))
    throw new DomainError('FORBIDDEN', '无权执行此操作');
};
