import type { FastifyInstance } from 'fastify';
import type { HealthCheckServices } from './health-checks.services.ts';

/** 职工健康体检: every aggregate's routes, under /api/health-checks. */
export function healthChecksRoutes(_s: HealthCheckServices) {
  return async (_app: FastifyInstance) => {};
}
