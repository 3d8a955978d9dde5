import type { ScreeningDeps } from '../screening.services.ts';

/** Leads (helper screen-leads builds this). */
export function createLeadsService(_deps: ScreeningDeps) {
  return {};
}
export type LeadsService = ReturnType<typeof createLeadsService>;
