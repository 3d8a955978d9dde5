import type { Actor } from '../../../platform/access/actor.ts';

/** What the records say about one indicator of a town in a quarter. */
export interface SystemCount {
  value: number;
  /** a rate indicator's denominator */
  denominator?: number | null;
}

/**
 * The narrow port through which a submission shows "the system's own count" beside the town's
 * claim: the statistics indicator service answers it for the indicators it can count from the
 * registry, cases and payments of the town's subtree; `null` where it cannot (the town's evidence
 * is then all there is).
 */
export interface SystemCounts {
  count(query: {
    /** the reader: the count is within their statistics scope */
    actor: Actor;
    townOrgId: number;
    year: number;
    quarter: number;
    indicatorCodes: readonly string[];
  }): Promise<Record<string, SystemCount | null>>;
}

/** No indicator counted by the system (the demo loader, whose reports need no comparison). */
export const noSystemCounts: SystemCounts = {
  count: async ({ indicatorCodes }) => Object.fromEntries(indicatorCodes.map((c) => [c, null])),
};
