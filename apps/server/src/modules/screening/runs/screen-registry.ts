import type { FactKey } from '@minsheng/rules/engine/facts.ts';
import type { FactColumns } from '@minsheng/rules/screening/screening.ts';
import type { Db } from '../../../db/client.ts';
import { createFactColumnsRepo, type FactChunk, type SubjectColumns } from './fact-columns.repo.ts';
import type { ScreeningPool, ScreeningSubject } from './screening-pool.ts';
import { createScreeningRunsRepo, type FoundLead } from './screening-runs.repo.ts';

/** Persons per chunk: loaded, screened and written together (a chunk's facts stay a few MB). */
export const CHUNK_PERSONS = 20_000;

export interface ScreeningTotals {
  personsDone: number;
  leadsNew: number;
  leadsKept: number;
  /** time spent in each phase, ms (loading overlaps screening, so they may add up to more than the wall time) */
  timings: { loadMs: number; screenMs: number; writeMs: number };
}

const timed = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await f();
  return [result, performance.now() - started];
};

/**
 * Screens every person of the run's subtree, chunk by chunk: the next chunk loads while the pool
 * screens this one; then this chunk's leads are written, minus the subjects that already have a
 * case of the policy, with the run's counters in the same transaction. `onChunk` reports progress.
 */
export async function screenRegistry(args: {
  db: Db;
  run: { id: string; orgPath: string; onDate: string; policyIds: string[] };
  pool: ScreeningPool;
  /** per subject, the facts its policies read; a subject without policies is not screened */
  factKeys: Partial<Record<ScreeningSubject, readonly FactKey[]>>;
  chunkPersons?: number;
  signal?: AbortSignal | undefined;
  onChunk?: (totals: ScreeningTotals) => Promise<void>;
}): Promise<ScreeningTotals> {
  const { db, run, pool } = args;
  const facts = createFactColumnsRepo(db);
  const totals: ScreeningTotals = {
    personsDone: 0,
    leadsNew: 0,
    leadsKept: 0,
    timings: { loadMs: 0, screenMs: 0, writeMs: 0 },
  };
  const load = (afterPersonId: string | null) =>
    timed(() =>
      facts.loadChunk({
        orgPath: run.orgPath,
        on: run.onDate,
        afterPersonId,
        limit: args.chunkPersons ?? CHUNK_PERSONS,
      }),
    );

  let next = load(null);
  for (;;) {
    const [chunk, loadMs] = await next;
    totals.timings.loadMs += loadMs;
    if (chunk.lastPersonId === null) break;
    args.signal?.throwIfAborted();
    const screening = timed(() => screenChunk(pool, chunk, args.factKeys));
    next = load(chunk.lastPersonId);
    // a failed load must not go unhandled while the screening is awaited
    next.catch(() => {});
    const [found, screenMs] = await screening;
    totals.timings.screenMs += screenMs;
    const [counts, writeMs] = await timed(() =>
      db.transaction(async (tx) => {
        const repo = createScreeningRunsRepo(tx);
        const claimed = await repo.claimed(chunk.persons.personId, run.policyIds);
        const leads = found.filter((l) => !claimed(l.personId, l.policyId, l.subjectKey));
        const c = await repo.upsertLeads(run, leads);
        await repo.addProgress(run.id, { persons: chunk.persons.personId.length, ...c });
        return c;
      }),
    );
    totals.timings.writeMs += writeMs;
    totals.personsDone += chunk.persons.personId.length;
    totals.leadsNew += counts.leadsNew;
    totals.leadsKept += counts.leadsKept;
    await args.onChunk?.(totals);
  }
  return totals;
}

/** The leads of one chunk: its persons and its certificates through the pool. */
async function screenChunk(
  pool: ScreeningPool,
  chunk: FactChunk,
  factKeys: Partial<Record<ScreeningSubject, readonly FactKey[]>>,
): Promise<FoundLead[]> {
  const subjects = [
    ['person', chunk.persons],
    ['certificate', chunk.certificates],
  ] as const;
  const parts = await Promise.all(
    subjects.map(async ([subject, cols]) => {
      const keys = factKeys[subject];
      if (!keys || cols.personId.length === 0) return [];
      const facts: FactColumns = Object.fromEntries(
        keys.flatMap((k) => (cols.facts[k] ? [[k, cols.facts[k]]] : [])),
      );
      return leadsOf(cols, await pool.screen(subject, facts, cols.personId.length));
    }),
  );
  return parts.flat();
}

function leadsOf(cols: SubjectColumns, results: Awaited<ReturnType<ScreeningPool['screen']>>): FoundLead[] {
  return results.flatMap((r) =>
    Array.from(r.rows, (row, i): FoundLead => {
      const fen = r.payableFen[i]!;
      return {
        personId: cols.personId[row]!,
        policyId: r.policyId,
        subjectKey: cols.subjectKey[row]!,
        orgId: cols.orgId[row]!,
        orgPath: cols.orgPath[row]!,
        payableFen: Number.isNaN(fen) ? null : fen,
        reason: r.reasons[i]!,
        toVerify: r.toVerify[i]!,
      };
    }),
  );
}
