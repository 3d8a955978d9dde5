import type { Actor } from '../../platform/access/actor.ts';
import type { Figure } from './report-figures.ts';

/**
 * What reports need from the statistics indicator service: indicators' figures for an
 * organisation's subtree over a period, by code (a stock indicator is counted at the period's
 * last day). Rates come back as numerator and denominator.
 */
export interface IndicatorPort {
  indicatorValues(
    scope: Actor,
    orgId: number,
    codes: string[],
    period: { from: string; to: string },
  ): Promise<Map<string, Figure>>;
}
