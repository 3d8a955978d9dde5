import type { Actor } from '../../platform/access/actor.ts';
import type { Figure } from './report-figures.ts';

/**
 * What reports need from the statistics indicator service: one indicator's figure for an
 * organisation's subtree over a period (a stock indicator is counted at the period's last day).
 * Rates come back as numerator and denominator.
 */
export interface IndicatorPort {
  indicatorValue(
    scope: Actor,
    orgId: number,
    code: string,
    period: { from: string; to: string },
  ): Promise<Figure>;
}
