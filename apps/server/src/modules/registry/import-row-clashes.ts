import type { KindEnv } from '../../platform/excel-import/importer.ts';

/** A row's claim on something that must not clash with another row's (a period, a number). */
export interface RowClaim<T> {
  rowNo: number;
  /** Rows clash only within a group (the person; the person and employer). */
  group: string;
  /** The row's natural key: rows of the same key are the engine's duplicates, not clashes. */
  key: string;
  value: T;
}

/**
 * Claims of the rows already checked in one import run, per kind and run. The engine calls a
 * kind's `build` chunk by chunk with the same `env` object, so the run is keyed on it; the map
 * goes with the run.
 */
const runs = new WeakMap<KindEnv, Map<string, Map<string, RowClaim<unknown>[]>>>();

function claimsOf<T>(env: KindEnv, name: string): Map<string, RowClaim<T>[]> {
  const perRun = runs.get(env) ?? new Map<string, Map<string, RowClaim<unknown>[]>>();
  runs.set(env, perRun);
  const claims = perRun.get(name) ?? new Map<string, RowClaim<unknown>[]>();
  perRun.set(name, claims);
  return claims as Map<string, RowClaim<T>[]>;
}

/**
 * Cross-row check of a chunk: each claim against the earlier rows of the file (this chunk and
 * the chunks before it) in its group. Answers, per claim of the chunk, the row numbers it clashes
 * with — both rows of a clash inside the chunk are told; a row of an earlier chunk has already
 * been answered, so then only the later row is (the message names the earlier one, and the file
 * is refused either way).
 */
export function rowClashes<T>(
  env: KindEnv,
  name: string,
  chunk: (RowClaim<T> | null)[],
  clash: (a: T, b: T) => boolean,
): number[][] {
  const claims = claimsOf<T>(env, name);
  const found: number[][] = chunk.map(() => []);
  const inChunk = new Map<number, number>();
  chunk.forEach((c, i) => {
    if (!c) return;
    const earlier = claims.get(c.group) ?? [];
    for (const e of earlier) {
      if (e.key === c.key || !clash(e.value, c.value)) continue;
      found[i]!.push(e.rowNo);
      const j = inChunk.get(e.rowNo);
      if (j !== undefined) found[j]!.push(c.rowNo);
    }
    earlier.push(c);
    claims.set(c.group, earlier);
    inChunk.set(c.rowNo, i);
  });
  return found.map((rows) => rows.sort((a, b) => a - b));
}
