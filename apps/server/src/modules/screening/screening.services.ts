import type { FieldCipher } from '../../platform/crypto.ts';
import type { CaseDeps } from '../cases/workflow/case-transition.ts';
import { createLeadsService } from './leads/leads.service.ts';
import { createScreeningRunsService } from './runs/screening-runs.service.ts';

export type ScreeningDeps = CaseDeps & { cipher: FieldCipher };

/** 政策找人: the runs that screen the registry, and the leads they leave for the stations. */
export function createScreeningServices(deps: ScreeningDeps) {
  return {
    runs: createScreeningRunsService(deps),
    leads: createLeadsService(deps),
  };
}

export type ScreeningServices = ReturnType<typeof createScreeningServices>;
