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
    townOrgPath: string;
    year: number;
    quarter: number;
    indicatorCodes: readonly string[];
  }): Promise<Record<string, SystemCount | null>>;
}

/** Until an indicator service is wired in: no indicator is counted by the system. */
export const noSystemCounts: SystemCounts = {
  count: async ({ indicatorCodes }) => Object.fromEntries(indicatorCodes.map((c) => [c, null])),
};
