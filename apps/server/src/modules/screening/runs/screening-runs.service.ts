import type { ScreeningDeps } from '../screening.services.ts';

/** Screening runs (helper screen-runs builds this). */
export function createScreeningRunsService(_deps: ScreeningDeps) {
  return {};
}
export type ScreeningRunsService = ReturnType<typeof createScreeningRunsService>;
