/** Progress of a screening run as a whole percent (0 before the persons are counted). */
export function runPercent(run: { personsDone: number; personsTotal: number; status: string }): number {
  if (run.status === 'done') return 100;
  if (run.personsTotal <= 0) return 0;
  return Math.min(100, Math.floor((run.personsDone / run.personsTotal) * 100));
}

/** How often the runs list is refetched: every 2 s while one of its runs is still running. */
export const runsRefetchInterval = (runs: readonly { status: string }[] | undefined): number | false =>
  runs?.some((r) => r.status === 'running') ? 2000 : false;
