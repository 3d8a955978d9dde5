import type { Db } from '../../../db/client.ts';
import { systemActor } from '../../../platform/access/actor.ts';
import type { JobHandler } from '../../../platform/jobs/jobs.worker.ts';
import { createOrgsRepo } from '../../../platform/orgs/orgs.repo.ts';
import type { ArchivesService } from './archives.service.ts';

/** The daily count of archives past their return day (第十八条), queued once per bureau day. */
export const ARCHIVES_OVERDUE_JOB = 'health_check.archives_overdue';

/** Counts the overdue archives per hospital as the system, audited under the top organisation. */
export const archivesOverdueHandler =
  (db: Db, archives: ArchivesService): JobHandler =>
  async () => {
    const top = await createOrgsRepo(db).topmost();
    if (!top) return { overdue: 0, byHospital: [] };
    return archives.overdueCheck(systemActor(top.id, top.path));
  };
