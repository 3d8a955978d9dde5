import type { FastifyInstance } from 'fastify';
import type { ScreeningRunsService } from './screening-runs.service.ts';

/** /api/screening/runs (helper screen-runs builds this). */
export function screeningRunsRoutes(_runs: ScreeningRunsService) {
  return async (_app: FastifyInstance) => {};
}
