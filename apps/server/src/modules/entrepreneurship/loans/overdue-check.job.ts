import type { Db } from '../../../db/client.ts';
import { systemActor } from '../../../platform/access/actor.ts';
import type { JobHandler } from '../../../platform/jobs/jobs.worker.ts';
import { createOrgsRepo } from '../../../platform/orgs/orgs.repo.ts';
import type { LoanServicingService } from './loan-servicing.service.ts';

/** The daily overdue check of every guaranteed loan (queued once per bureau day). */
export const OVERDUE_CHECK_JOB = 'guaranteed_loan.overdue_check';

/**
 * Runs the overdue check over all loans as the system, audited under the top organisation; the
 * job's result says how many loans were checked, are overdue and became overdue today.
 */
export const overdueCheckHandler =
  (db: Db, servicing: LoanServicingService): JobHandler =>
  async () => {
    const top = await createOrgsRepo(db).topmost();
    if (!top) return { checked: 0, overdue: 0, becameOverdue: 0 };
    return servicing.checkAllOverdue(systemActor(top.id, top.path));
  };
