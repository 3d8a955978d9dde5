import type { EntitlementsDeps } from '../entitlements.services.ts';

/** Recurring entitlements, period runs and recoveries (helper "recurring" builds this). */
export function createRecurringServices(deps: EntitlementsDeps) {
  void deps;
  return {};
}
