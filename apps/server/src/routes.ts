import type { FastifyInstance } from 'fastify';
import { personsRoutes } from './modules/registry/persons.routes.ts';
import { authRoutes } from './platform/auth/auth.routes.ts';
import { orgsRoutes } from './platform/orgs/orgs.routes.ts';
import type { Services } from './services.ts';

/** Every module's routes, registered in one place so the OpenAPI document lists them all. */
export async function registerRoutes(app: FastifyInstance, s: Services) {
  await app.register(authRoutes(s.auth));
  await app.register(orgsRoutes(s.orgs));
  await app.register(personsRoutes(s.persons, s.personsExport));
}
