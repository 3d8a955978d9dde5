import type { FastifyInstance } from 'fastify';
import { healthCheckArchivesRoutes } from './archives/archives.routes.ts';
import type { HealthCheckServices } from './health-checks.services.ts';
import { healthCheckReportsRoutes } from './reports/reports.routes.ts';

/** 职工健康体检: every aggregate's routes, under /api/health-checks. */
export function healthChecksRoutes(s: HealthCheckServices) {
  return async (app: FastifyInstance) => {
    await app.register(healthCheckReportsRoutes(s.reports));
    await app.register(healthCheckArchivesRoutes(s.archives));
  };
}
