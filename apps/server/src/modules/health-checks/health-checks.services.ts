import type { FieldCipher } from '../../platform/crypto.ts';
import type { CaseDeps } from '../cases/workflow/case-transition.ts';
import { createQualityService } from './quality/quality.service.ts';
import { createSettlementsService } from './settlements/settlements.service.ts';

export type HealthCheckDeps = CaseDeps & { cipher: FieldCipher };

/**
 * 职工健康体检 (000 第四篇): one service per aggregate, each built from the same dependencies (the
 * case chain's, for the settlement filed as a case, and the field cipher for health data).
 */
export function createHealthCheckServices(deps: HealthCheckDeps) {
  return {
    quality: createQualityService(deps),
    settlements: createSettlementsService(deps),
  };
}

export type HealthCheckServices = ReturnType<typeof createHealthCheckServices>;
