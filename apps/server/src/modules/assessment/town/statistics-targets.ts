import type { Db } from '../../../db/client.ts';
import type { TargetSource } from '../../statistics/statistics.service.ts';
import { createPlansRepo } from './plans.repo.ts';
import { statisticsCode } from './statistics-counts.ts';

/**
 * The statistics' targets of a town: the year's target its assessment plan (the newest version)
 * sets for the indicator, named with the plan and version it came from.
 */
export function townAssessmentTargets(db: Db): TargetSource {
  const plans = createPlansRepo(db);
  const ownCode = new Map(Object.entries(statisticsCode).map(([own, stats]) => [stats, own]));
  return async (orgId, code, year) => {
    const own = ownCode.get(code);
    if (!own) return null;
    const plan = await plans.latestForTown(orgId, year);
    const value = plan?.indicators.find((i) => i.code === own)?.targets[String(orgId)];
    return plan && value !== undefined
      ? { value, source: `${plan.orgName}${year}年度考核方案（第${plan.version}版）` }
      : null;
  };
}
