import type { FastifyInstance } from 'fastify';
import { leadsRoutes } from './leads/leads.routes.ts';
import { screeningRunsRoutes } from './runs/runs.routes.ts';
import type { ScreeningServices } from './screening.services.ts';

/** 政策找人: runs and leads, under /api/screening. */
export function screeningRoutes(s: ScreeningServices) {
  return async (app: FastifyInstance) => {
    await app.register(screeningRunsRoutes(s.runs));
    await app.register(leadsRoutes(s.leads));
  };
}
