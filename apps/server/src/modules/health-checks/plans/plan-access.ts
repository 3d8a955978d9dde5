import type { Executor } from '../../../db/client.ts';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { conflict, forbidden, notFound } from '../../../platform/errors.ts';
import { createPlansRepo, planScopeCols } from './plans.repo.ts';
import { type PlanStatus, planStatusLabels } from './plans.schema.ts';

/** A plan in the reach of the actor's `permission` (the 医保处's data scope), else 404. */
export async function scopedPlan(
  db: Executor,
  actor: Actor,
  id: string,
  permission: 'health_check:read' | 'health_check:manage',
) {
  if (!hasPermission(actor, permission)) throw forbidden();
  const row = await createPlansRepo(db).row(accessFilter(actor, permission, planScopeCols), id);
  if (!row) throw notFound('体检计划');
  return row;
}

/** Refuses a step the plan's status does not allow (`what`: the step, in words). */
export function assertPlanStatus(plan: { status: PlanStatus }, allowed: readonly PlanStatus[], what: string) {
  if (!allowed.includes(plan.status))
    throw conflict(`体检计划状态为「${planStatusLabels[plan.status]}」，不能${what}`);
}
