import { hasPermission } from '../../../platform/access/actor.ts';
import type { StatisticsService } from '../../statistics/statistics.service.ts';
import type { SystemCount, SystemCounts } from './system-counts.ts';

/**
 * The town-assessment indicators the statistics catalogue counts from the records, by its codes
 * (三1 新增就业再就业人数 is its `new_employment_and_reemployment`). The others — 征缴、清欠,
 * 农村养老保险 money, the inspected platform and statistics work — rest on the town's evidence.
 */
export const statisticsCode: Readonly<Record<string, string>> = {
  new_employment: 'new_employment_and_reemployment',
  contract_signing_rate: 'contract_signing_rate',
  insurance_participation_rate: 'insurance_participation_rate',
  insurance_renewal_rate: 'insurance_renewal_rate',
  rural_labour_transfer: 'rural_labour_transfer',
  insurance_expansion: 'insurance_expansion',
  rural_pension_enrolment: 'rural_pension_enrolment',
};

/**
 * The system's own count beside a town's claim, from the statistics indicator service for the
 * town's subtree and the quarter, within the reader's statistics scope (none without `stats:read`).
 */
export function statisticsSystemCounts(statistics: StatisticsService): SystemCounts {
  return {
    async count({ actor, townOrgId, year, quarter, indicatorCodes }) {
      const out: Record<string, SystemCount | null> = Object.fromEntries(
        indicatorCodes.map((c) => [c, null]),
      );
      const codes = indicatorCodes.filter((c) => c in statisticsCode);
      if (codes.length === 0 || !hasPermission(actor, 'stats:read')) return out;
      const { items } = await statistics.values(actor, {
        orgId: townOrgId,
        period: 'quarter',
        year,
        index: quarter,
        codes: codes.map((c) => statisticsCode[c]!),
      });
      codes.forEach((code, n) => {
        const v = items[n]!;
        if (v.kind === 'rate' && v.numerator !== null && v.denominator !== null)
          out[code] = { value: v.numerator, denominator: v.denominator };
        else if (v.kind !== 'rate' && v.value !== null) out[code] = { value: v.value };
      });
      return out;
    },
  };
}
