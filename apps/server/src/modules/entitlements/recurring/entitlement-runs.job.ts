import type { Db } from '../../../db/client.ts';
import { type ActorRole, systemActor } from '../../../platform/access/actor.ts';
import { DomainError } from '../../../platform/errors.ts';
import type { JobHandler } from '../../../platform/jobs/jobs.worker.ts';
import { createOrgsRepo } from '../../../platform/orgs/orgs.repo.ts';
import type { EntitlementRunsService } from './entitlement-runs.service.ts';
import { recurringPolicyIds } from './recurring-policies.ts';

/** The monthly run of every recurring policy for the previous month (queued once per bureau day). */
export const ENTITLEMENT_RUN_JOB = 'entitlement.monthly_run';

/** What the job may do: run the bureau's lists, reading the holders and employers it files for. */
const jobRole: ActorRole = {
  code: 'entitlement_monthly_job',
  name: '定期待遇按月发放（系统）',
  permissions: ['entitlement:run', 'entitlement:read', 'person:read', 'employer:read', 'case:read'],
  dataScope: 'all',
  customOrgPaths: [],
  adminClass: null,
};

/**
 * Lists the previous month of every recurring policy for the whole bureau, as the system under the
 * top organisation. Daily, so a day the server was down is caught up; a run lists each period once,
 * and records nothing when there is nothing to list, stop or recover. A policy whose item is not
 * accepting cases is reported, not failed.
 */
export const entitlementRunHandler =
  (db: Db, runs: EntitlementRunsService): JobHandler =>
  async () => {
    const top = await createOrgsRepo(db).topmost();
    if (!top) return { runs: 0 };
    const actor = { ...systemActor(top.id, top.path), roles: [jobRole] };
    const month = runs.previousMonth();
    const out: Record<string, unknown> = { month };
    for (const policyId of recurringPolicyIds) {
      try {
        const run = await runs.runIfAny(actor, { policyId, month });
        out[policyId] = run
          ? { number: run.number, listed: run.listedCount, stopped: run.stoppedCount }
          : null;
      } catch (e) {
        if (!(e instanceof DomainError) || e.code === 'INTERNAL') throw e;
        out[policyId] = { refused: e.message };
      }
    }
    return out;
  };
