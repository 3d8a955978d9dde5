import type { EntitlementsDeps } from '../entitlements.services.ts';

/** 公益性岗位台账 (helper "posts" builds this). */
export function createPostsService(deps: EntitlementsDeps) {
  void deps;
  return {};
}

export type PostsService = ReturnType<typeof createPostsService>;
