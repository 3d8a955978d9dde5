import { type Actor, hasPermission } from '../../platform/access/actor.ts';
import { forbidden } from '../../platform/errors.ts';
import type { StatisticsService } from '../statistics/statistics.service.ts';
import type { IndicatorPort } from './indicator-port.ts';
import type { Figure } from './report-figures.ts';

/**
 * The reports' figures from the statistics indicator service. Counting needs the statistics
 * permission: without it the service would count nothing in scope and a report would show zeros.
 */
export const statisticsIndicators = (statistics: StatisticsService): IndicatorPort => ({
  async indicatorValues(scope: Actor, orgId: number, codes: string[], period: { from: string; to: string }) {
    if (!hasPermission(scope, 'stats:read')) throw forbidden('生成和查看报表数据需要「查看统计指标」权限');
    const { items } = await statistics.values(scope, { orgId, period: 'range', ...period, codes });
    return new Map(
      items.map((i): [string, Figure] => [
        i.code,
        i.kind === 'rate' && i.numerator !== null && i.denominator !== null
          ? { numerator: i.numerator, denominator: i.denominator }
          : { value: i.value, ...(i.reason ? { reason: i.reason } : {}) },
      ]),
    );
  },
});
