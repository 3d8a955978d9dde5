import type { FastifyInstance } from 'fastify';
import type { HealthCheckServices } from './health-checks.services.ts';
import { qualityRoutes } from './quality/quality.routes.ts';
import { settlementsRoutes } from './settlements/settlements.routes.ts';

/** 职工健康体检: every aggregate's routes, under /api/health-checks. */
export function healthChecksRoutes(s: HealthCheckServices) {
  return async (app: FastifyInstance) => {
    await app.register(qualityRoutes(s.quality));
    await app.register(settlementsRoutes(s.settlements));
  };
}
