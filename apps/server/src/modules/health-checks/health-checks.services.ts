import type { FieldCipher } from '../../platform/crypto.ts';
import type { CaseDeps } from '../cases/workflow/case-transition.ts';
import { createArchivesService } from './archives/archives.service.ts';
import { createAnalysisService } from './reports/analysis.service.ts';
import { createWeeklyReportsService } from './reports/weekly-reports.service.ts';

export type HealthCheckDeps = CaseDeps & { cipher: FieldCipher };

/**
 * 职工健康体检 (000 第四篇): one service per aggregate, each built from the same dependencies (the
 * case chain's, for the settlement filed as a case, and the field cipher for health data).
 */
export function createHealthCheckServices(deps: HealthCheckDeps) {
  return {
    reports: { weekly: createWeeklyReportsService(deps), analysis: createAnalysisService(deps) },
    archives: createArchivesService(deps),
  };
}

export type HealthCheckServices = ReturnType<typeof createHealthCheckServices>;
