import type { FastifyInstance } from 'fastify';
import { examinationsRoutes } from './examinations/examinations.routes.ts';
import type { HealthCheckServices } from './health-checks.services.ts';

/** 职工健康体检: every aggregate's routes, under /api/health-checks. */
export function healthChecksRoutes(s: HealthCheckServices) {
  return async (app: FastifyInstance) => {
    await app.register(examinationsRoutes(s.examinations, s.examinationReads, s.findings));
  };
}
