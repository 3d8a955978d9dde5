import { and, asc, desc, eq, ne, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { notFound } from '../../../platform/errors.ts';
import { requireOwnHospital } from '../health-check-access.ts';
import { healthCheckHospitals } from '../hospitals/hospitals.schema.ts';
import { healthCheckPlans } from '../plans/plans.schema.ts';

/**
 * Who reads a report: the 医保处 (`health_check:read`, every hospital in its data scope) or a
 * hospital's staff (`health_check:operate`, its own hospital only). Anyone else is refused.
 */
export type ReportViewer = { kind: 'bureau'; hospitals: SQL } | { kind: 'hospital'; hospitalId: string };

export async function reportViewer(db: Executor, actor: Actor): Promise<ReportViewer> {
  if (hasPermission(actor, 'health_check:read'))
    return {
      kind: 'bureau',
      hospitals: accessFilter(actor, 'health_check:read', {
        orgId: healthCheckHospitals.orgId,
        orgPath: healthCheckHospitals.orgPath,
      }),
    };
  return { kind: 'hospital', hospitalId: await requireOwnHospital(db, actor) };
}

/** The viewer's hospitals as a condition on the hospitals table. */
export const hospitalsOf = (v: ReportViewer) =>
  v.kind === 'bureau' ? v.hospitals : eq(healthCheckHospitals.id, v.hospitalId);

/**
 * The plans the viewer may report on: the 医保处's by data scope; for a hospital any plan past its
 * drafting (the city's plan is the hospitals' work order).
 */
const planScope = (actor: Actor, v: ReportViewer) =>
  v.kind === 'bureau'
    ? accessFilter(actor, 'health_check:read', {
        orgId: healthCheckPlans.orgId,
        orgPath: healthCheckPlans.orgPath,
      })
    : ne(healthCheckPlans.status, 'draft');

export const reportPlans = (db: Executor, actor: Actor, v: ReportViewer) =>
  db
    .select({
      id: healthCheckPlans.id,
      name: healthCheckPlans.name,
      startOn: healthCheckPlans.startOn,
      endOn: healthCheckPlans.endOn,
    })
    .from(healthCheckPlans)
    .where(planScope(actor, v))
    .orderBy(desc(healthCheckPlans.year), asc(healthCheckPlans.name))
    .limit(50);

export async function reportPlan(db: Executor, actor: Actor, v: ReportViewer, planId: string) {
  const scope = planScope(actor, v);
  const [plan] = await db
    .select()
    .from(healthCheckPlans)
    .where(and(scope, eq(healthCheckPlans.id, planId)));
  if (!plan) throw notFound('体检计划');
  return plan;
}

/** A hospital the viewer may see (a bureau picking one, or the staff's own). */
export async function reportHospital(db: Executor, v: ReportViewer, hospitalId: string) {
  const [row] = await db
    .select({ id: healthCheckHospitals.id, name: healthCheckHospitals.name })
    .from(healthCheckHospitals)
    .where(and(hospitalsOf(v), eq(healthCheckHospitals.id, hospitalId)));
  if (!row) throw notFound('体检医院');
  return row;
}
