import type { Db } from './db/client.ts';
import type { EntitlementsServices } from './modules/entitlements/entitlements.services.ts';
import {
  ENTITLEMENT_RUN_JOB,
  entitlementRunHandler,
} from './modules/entitlements/recurring/entitlement-runs.job.ts';
import type { LoanServicingService } from './modules/entrepreneurship/loans/loan-servicing.service.ts';
import {
  OVERDUE_CHECK_JOB,
  overdueCheckHandler,
} from './modules/entrepreneurship/loans/overdue-check.job.ts';
import {
  ARCHIVES_OVERDUE_JOB,
  archivesOverdueHandler,
} from './modules/health-checks/archives/archives-overdue.job.ts';
import type { HealthCheckServices } from './modules/health-checks/health-checks.services.ts';
import { SCREENING_JOB } from './modules/screening/runs/screening-runs.service.ts';
import type { ScreeningServices } from './modules/screening/screening.services.ts';
import type { CheckpointAnchor } from './platform/audit/audit-checkpoint.ts';
import { AUDIT_VERIFY_JOB, auditVerifyHandler } from './platform/audit/audit-verify.job.ts';
import { IMPORT_JOB, type ImportsService } from './platform/excel-import/imports.service.ts';
import type { JobHandler } from './platform/jobs/jobs.worker.ts';

/** Every kind of background job this server runs, by kind (some need the app's services). */
export const jobHandlers = (
  db: Db,
  anchor: CheckpointAnchor,
  services?: {
    imports: ImportsService;
    loanServicing: LoanServicingService;
    healthChecks: HealthCheckServices;
    screening: ScreeningServices;
    entitlements: EntitlementsServices;
  },
): Record<string, JobHandler> => ({
  [AUDIT_VERIFY_JOB]: auditVerifyHandler(db, anchor),
  ...(services
    ? {
        [IMPORT_JOB]: services.imports.handler,
        [OVERDUE_CHECK_JOB]: overdueCheckHandler(db, services.loanServicing),
        [ARCHIVES_OVERDUE_JOB]: archivesOverdueHandler(db, services.healthChecks.archives),
        [SCREENING_JOB]: services.screening.runs.handler,
        [ENTITLEMENT_RUN_JOB]: entitlementRunHandler(db, services.entitlements.runs),
      }
    : {}),
});

/** The jobs queued once per bureau day by the daily scheduler (`startServer` runs it). */
export const dailyJobKinds = [OVERDUE_CHECK_JOB, ARCHIVES_OVERDUE_JOB, SCREENING_JOB, ENTITLEMENT_RUN_JOB];
