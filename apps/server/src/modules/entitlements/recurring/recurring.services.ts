import type { EntitlementsDeps } from '../entitlements.services.ts';
import { createEntitlementRunsService } from './entitlement-runs.service.ts';
import { createEntitlementsService } from './entitlements.service.ts';
import { createRecoveriesService } from './recoveries.service.ts';

/** Recurring entitlements, their period runs and over-payment recoveries. */
export function createRecurringServices(deps: EntitlementsDeps) {
  return {
    entitlements: createEntitlementsService(deps),
    runs: createEntitlementRunsService(deps),
    recoveries: createRecoveriesService(deps),
  };
}
