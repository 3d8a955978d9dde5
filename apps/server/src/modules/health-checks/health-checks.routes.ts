import type { FastifyInstance } from 'fastify';
import type { HealthCheckServices } from './health-checks.services.ts';
import { hospitalsRoutes } from './hospitals/hospitals.routes.ts';

/** 职工健康体检: every aggregate's routes, under /api/health-checks. */
export function healthChecksRoutes(s: HealthCheckServices) {
  return async (app: FastifyInstance) => {
    await app.register(hospitalsRoutes(s.hospitals));
  };
}
