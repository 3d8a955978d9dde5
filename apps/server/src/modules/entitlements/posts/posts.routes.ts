import type { FastifyInstance } from 'fastify';
import type { PostsService } from './posts.service.ts';

/** /api/entitlements/posts (helper "posts" builds this). */
export function postsRoutes(s: PostsService) {
  return async (app: FastifyInstance) => {
    void app;
    void s;
  };
}
