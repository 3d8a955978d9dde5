import type { Db } from './db/client.ts';
import { AUDIT_VERIFY_JOB, auditVerifyHandler } from './platform/audit/audit-verify.job.ts';
import type { JobHandler } from './platform/jobs/jobs.worker.ts';

/** Every kind of background job this server runs, by kind. */
export const jobHandlers = (db: Db): Record<string, JobHandler> => ({
  [AUDIT_VERIFY_JOB]: auditVerifyHandler(db),
});
