import type { FieldCipher } from '../../platform/crypto.ts';
import type { CaseDeps } from '../cases/workflow/case-transition.ts';
import { createArchivesService } from './archives/archives.service.ts';
import { createExaminationReadsService } from './examinations/examination-reads.service.ts';
import { createExaminationsService } from './examinations/examinations.service.ts';
import { createFindingsService } from './examinations/findings.service.ts';
import { createHospitalsService } from './hospitals/hospitals.service.ts';
import { createExamineesService } from './plans/examinees.service.ts';
import { createPlansService } from './plans/plans.service.ts';
import { createQualityService } from './quality/quality.service.ts';
import { createAnalysisService } from './reports/analysis.service.ts';
import { createWeeklyReportsService } from './reports/weekly-reports.service.ts';
import { createSettlementsService } from './settlements/settlements.service.ts';

export type HealthCheckDeps = CaseDeps & { cipher: FieldCipher };

/**
 * 职工健康体检 (000 第四篇): one service per aggregate, each built from the same dependencies (the
 * case chain's, for the settlement filed as a case, and the field cipher for health data).
 */
export function createHealthCheckServices(deps: HealthCheckDeps) {
  return {
    hospitals: createHospitalsService(deps),
    plans: createPlansService(deps),
    examinees: createExamineesService(deps),
    examinations: createExaminationsService(deps),
    examinationReads: createExaminationReadsService(deps),
    findings: createFindingsService(deps),
    quality: createQualityService(deps),
    settlements: createSettlementsService(deps),
    reports: { weekly: createWeeklyReportsService(deps), analysis: createAnalysisService(deps) },
    archives: createArchivesService(deps),
  };
}

export type HealthCheckServices = ReturnType<typeof createHealthCheckServices>;
