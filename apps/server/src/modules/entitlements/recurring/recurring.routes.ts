import type { FastifyInstance } from 'fastify';
import type { EntitlementsServices } from '../entitlements.services.ts';

/** /api/entitlements (entitlements, runs, recoveries; helper "recurring" builds this). */
export function recurringRoutes(s: EntitlementsServices) {
  return async (app: FastifyInstance) => {
    void app;
    void s;
  };
}
