import type { FastifyInstance } from 'fastify';
import type { LeadsService } from './leads.service.ts';

/** /api/screening/leads (helper screen-leads builds this). */
export function leadsRoutes(_leads: LeadsService) {
  return async (_app: FastifyInstance) => {};
}
