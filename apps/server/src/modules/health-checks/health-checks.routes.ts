import type { FastifyInstance } from 'fastify';
import { healthCheckArchivesRoutes } from './archives/archives.routes.ts';
import { examinationsRoutes } from './examinations/examinations.routes.ts';
import type { HealthCheckServices } from './health-checks.services.ts';
import { hospitalsRoutes } from './hospitals/hospitals.routes.ts';
import { examineesRoutes } from './plans/examinees.routes.ts';
import { plansRoutes } from './plans/plans.routes.ts';
import { qualityRoutes } from './quality/quality.routes.ts';
import { healthCheckReportsRoutes } from './reports/reports.routes.ts';
import { settlementsRoutes } from './settlements/settlements.routes.ts';

/** 职工健康体检: every aggregate's routes, under /api/health-checks. */
export function healthChecksRoutes(s: HealthCheckServices) {
  return async (app: FastifyInstance) => {
    await app.register(hospitalsRoutes(s.hospitals));
    await app.register(plansRoutes(s.plans, s.examinees));
    await app.register(examineesRoutes(s.examinees));
    await app.register(examinationsRoutes(s.examinations, s.examinationReads, s.findings));
    await app.register(qualityRoutes(s.quality));
    await app.register(settlementsRoutes(s.settlements));
    await app.register(healthCheckReportsRoutes(s.reports));
    await app.register(healthCheckArchivesRoutes(s.archives));
  };
}
