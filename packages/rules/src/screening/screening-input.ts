import type { Columns } from '../engine/batch.ts';
import type { IsoDate } from '../engine/dates.ts';
import { type FactKey, isFactKey } from '../engine/facts.ts';
import { inputFields, inputJsonSchema } from '../engine/input-fields.ts';
import type { AnyPolicy } from '../engine/policy.ts';
import type { FactColumns, FactRow, ScreeningProfile } from './screening.ts';

/** A leaf of the policy input and where its value comes from while screening. */
interface Leaf {
  path: string;
  title: string;
  /** the registry fact; `sub`: the leaf's key inside an object-valued fact (contract.current) */
  fact?: FactKey;
  sub?: string;
}

/** How a policy's input is filled for screening: registry leaves, then the profile's values. */
export interface ScreeningPlan {
  leaves: readonly Leaf[];
  /** paths whose values are the registry's or the screening date's: a condition reading only these is a reason */
  registryPaths: ReadonlySet<string>;
  declared: Readonly<Record<string, unknown>>;
  dated: Readonly<Record<string, unknown>>;
  titles: ReadonlyMap<string, string>;
}

const APPLIED_ON: FactKey = 'case.appliedOn';

export function screeningPlan(policy: AnyPolicy, profile: ScreeningProfile, on: IsoDate): ScreeningPlan {
  const fields = inputFields(inputJsonSchema(policy.input));
  const leaves: Leaf[] = [];
  const titles = new Map<string, string>();
  for (const f of fields) {
    if (f.group) continue;
    const path = f.path.join('.');
    titles.set(path, f.title);
    const own = f.fact && isFactKey(f.fact) ? f.fact : undefined;
    // a leaf inside an object that names a fact takes its value from that fact's object
    const parent = fields.find(
      (g) => g.group && g.fact && isFactKey(g.fact) && path.startsWith(`${g.path.join('.')}.`),
    );
    if (own) leaves.push({ path, title: f.title, fact: own });
    else if (parent) leaves.push({ path, title: f.title, fact: parent.fact as FactKey, sub: f.path.at(-1)! });
  }
  const declared = profile.declared(on);
  const dated = profile.dated?.(on) ?? {};
  return {
    leaves,
    registryPaths: new Set([...leaves.map((l) => l.path), ...Object.keys(dated)]),
    declared,
    dated,
    titles,
  };
}

const factValue = (leaf: Leaf, value: unknown, on: IsoDate) => {
  if (leaf.fact === APPLIED_ON) return on;
  if (leaf.sub === undefined) return value;
  return value === null || value === undefined ? undefined : (value as Record<string, unknown>)[leaf.sub];
};

/** The policy input columns for `size` rows of registry facts; the rows that needed an assumed fact marked. */
export function screeningColumns(
  plan: ScreeningPlan,
  unknown: Readonly<Record<string, unknown>>,
  facts: FactColumns,
  size: number,
  on: IsoDate,
): { columns: Columns; assumedFact: Uint8Array } {
  const columns: Record<string, readonly unknown[]> = {};
  const assumedFact = new Uint8Array(size);
  for (const leaf of plan.leaves) {
    const source = leaf.fact === APPLIED_ON ? undefined : facts[leaf.fact!];
    const fallback = unknown[leaf.path];
    if (leaf.fact !== APPLIED_ON && leaf.sub === undefined && fallback === undefined && source) {
      columns[leaf.path] = source; // the registry's own column, not copied
      continue;
    }
    const out = new Array<unknown>(size);
    for (let i = 0; i < size; i++) {
      const v = factValue(leaf, source?.[i], on);
      if (v === undefined && fallback !== undefined) {
        out[i] = fallback;
        assumedFact[i] = 1;
      } else out[i] = v;
    }
    columns[leaf.path] = out;
  }
  for (const [path, value] of Object.entries({ ...plan.declared, ...plan.dated }))
    columns[path] = new Array(size).fill(value);
  return { columns, assumedFact };
}

/** One row's input object (an object-valued fact kept whole, null included) and the facts assumed. */
export function screeningRow(
  plan: ScreeningPlan,
  unknown: Readonly<Record<string, unknown>>,
  facts: FactRow,
  on: IsoDate,
): { input: Record<string, unknown>; assumedPaths: string[] } {
  const input: Record<string, unknown> = {};
  const assumedPaths: string[] = [];
  const set = (path: string, value: unknown) => {
    const keys = path.split('.');
    let node = input;
    for (const key of keys.slice(0, -1)) {
      if (node[key] === null) return; // inside an object the registry says is absent
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[keys.at(-1)!] = value;
  };
  for (const leaf of plan.leaves) {
    const raw = leaf.fact === APPLIED_ON ? on : facts[leaf.fact!];
    if (leaf.sub !== undefined && raw === null) {
      set(leaf.path.slice(0, -leaf.sub.length - 1), null);
      continue;
    }
    const v = factValue(leaf, raw, on);
    const fallback = unknown[leaf.path];
    if (v === undefined && fallback !== undefined) {
      set(leaf.path, fallback);
      assumedPaths.push(leaf.path);
    } else if (v !== undefined) set(leaf.path, v);
  }
  for (const [path, value] of Object.entries({ ...plan.declared, ...plan.dated })) set(path, value);
  return { input, assumedPaths };
}
