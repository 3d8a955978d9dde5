import type { Db } from './db/client.ts';
import type { CheckpointAnchor } from './platform/audit/audit-checkpoint.ts';
import { AUDIT_VERIFY_JOB, auditVerifyHandler } from './platform/audit/audit-verify.job.ts';
import { IMPORT_JOB, type ImportsService } from './platform/excel-import/imports.service.ts';
import type { JobHandler } from './platform/jobs/jobs.worker.ts';

/** Every kind of background job this server runs, by kind (imports need the app's services). */
export const jobHandlers = (
  db: Db,
  anchor: CheckpointAnchor,
  imports?: ImportsService,
): Record<string, JobHandler> => ({
  [AUDIT_VERIFY_JOB]: auditVerifyHandler(db, anchor),
  ...(imports ? { [IMPORT_JOB]: imports.handler } : {}),
});
