import type { FieldCipher } from '../../platform/crypto.ts';
import type { CaseDeps } from '../cases/workflow/case-transition.ts';
import { createPostsService } from './posts/posts.service.ts';
import { createRecurringServices } from './recurring/recurring.services.ts';

export type EntitlementsDeps = CaseDeps & { cipher: FieldCipher };

/** 定期待遇: the public-welfare post register, recurring entitlements, their period runs and recoveries. */
export function createEntitlementsServices(deps: EntitlementsDeps) {
  return {
    posts: createPostsService(deps),
    ...createRecurringServices(deps),
  };
}

export type EntitlementsServices = ReturnType<typeof createEntitlementsServices>;
