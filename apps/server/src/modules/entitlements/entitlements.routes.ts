import type { FastifyInstance } from 'fastify';
import type { EntitlementsServices } from './entitlements.services.ts';
import { postsRoutes } from './posts/posts.routes.ts';
import { recurringRoutes } from './recurring/recurring.routes.ts';

/** 定期待遇, under /api/entitlements. */
export function entitlementsRoutes(s: EntitlementsServices) {
  return async (app: FastifyInstance) => {
    await app.register(postsRoutes(s.posts));
    await app.register(recurringRoutes(s));
  };
}
