import type { z } from 'zod';
import type { Columns } from '../batch.ts';

interface ZodDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  checks?: readonly unknown[];
  catchall?: unknown;
}
const defOf = (schema: z.ZodType): ZodDef => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault']);

interface Leaf {
  path: string;
  schema: z.ZodType;
}

/** A nested object of the input: the rows where none of its leaves has a value need the row path. */
interface Group {
  leaves: number[];
}

/**
 * How a policy's input schema splits into columns: one leaf schema per dotted path. `null` when the
 * schema is not a tree of plain objects (a nested object with its own refinements, a strict object).
 */
export interface ColumnPlan {
  leaves: readonly Leaf[];
  groups: readonly Group[];
  /** refinements of the root object, which no single column can check */
  rootChecks: number;
}

export function columnPlan(schema: z.ZodType): ColumnPlan | null {
  const root = defOf(schema);
  if (root.type !== 'object' || root.catchall !== undefined) return null;
  const leaves: Leaf[] = [];
  const groups: Group[] = [];
  const walk = (shape: Record<string, z.ZodType>, prefix: string): boolean => {
    for (const [key, child] of Object.entries(shape)) {
      const path = prefix ? `${prefix}.${key}` : key;
      let inner = child;
      while (WRAPPERS.has(defOf(inner).type)) inner = defOf(inner).innerType!;
      const def = defOf(inner);
      if (def.type !== 'object') {
        leaves.push({ path, schema: child });
        continue;
      }
      if ((def.checks?.length ?? 0) > 0 || def.catchall !== undefined) return false;
      const first = leaves.length;
      if (!walk(def.shape!, path)) return false;
      groups.push({ leaves: leaves.slice(first).map((_, j) => first + j) });
    }
    return true;
  };
  if (!walk(root.shape!, '')) return null;
  return { leaves, groups, rootChecks: root.checks?.length ?? 0 };
}

/** Columns whose names a row object cannot be rebuilt from unambiguously (a path inside a leaf). */
export function unsupportedColumns(plan: ColumnPlan, columns: Columns): string[] {
  const leafPaths = plan.leaves.map((l) => l.path);
  return Object.keys(columns).filter(
    (name) =>
      !leafPaths.includes(name) &&
      leafPaths.some((leaf) => leaf.startsWith(`${name}.`) || name.startsWith(`${leaf}.`)),
  );
}

interface Checked {
  ok: boolean;
  data: unknown;
  same: boolean;
}

/**
 * Each column checked by its own leaf schema, each distinct primitive value parsed once. Returns the
 * parsed columns (the input array itself unless a default or transform changed a value) and marks
 * in `rowPath` the rows some leaf rejects, and the rows where a nested object has no value at all
 * (the row path decides those, with the exact error evaluate() gives).
 */
export function checkColumns(
  plan: ColumnPlan,
  columns: Columns,
  size: number,
  rowPath: Uint8Array,
): Map<string, readonly unknown[]> {
  const parsed = new Map<string, readonly unknown[]>();
  const absent: readonly unknown[] = new Array(size);
  for (const leaf of plan.leaves) {
    const input = columns[leaf.path] ?? absent;
    const seen = new Map<unknown, Checked>();
    let out: unknown[] | undefined;
    // the last two distinct values: a flag column or a constant one never reaches the map
    let lastValue: unknown = Symbol();
    let lastChecked: Checked | undefined;
    let otherValue: unknown = Symbol();
    let otherChecked: Checked | undefined;
    for (let i = 0; i < size; i++) {
      const value = input[i];
      const primitive = value === null || typeof value !== 'object';
      let checked: Checked | undefined;
      if (value === lastValue) checked = lastChecked;
      else if (value === otherValue) checked = otherChecked;
      else if (primitive) checked = seen.get(value);
      if (!checked) {
        const r = leaf.schema.safeParse(value);
        checked = { ok: r.success, data: r.data, same: Object.is(r.data, value) };
        if (primitive) seen.set(value, checked);
      }
      if (primitive && value !== lastValue && !Number.isNaN(value)) {
        otherValue = lastValue;
        otherChecked = lastChecked;
        lastValue = value;
        lastChecked = checked;
      }
      if (!checked.ok) rowPath[i] = 1;
      else if (!checked.same) {
        out ??= Array.from(input);
        out[i] = checked.data;
      }
    }
    parsed.set(leaf.path, out ?? input);
  }
  for (const group of plan.groups) {
    // a leaf that needs a value already sent the rows without one to the row path
    if (group.leaves.some((j) => !plan.leaves[j]!.schema.safeParse(undefined).success)) continue;
    const cols = group.leaves.map((j) => columns[plan.leaves[j]!.path] ?? absent);
    for (let i = 0; i < size; i++) if (cols.every((c) => c[i] === undefined)) rowPath[i] = 1;
  }
  return parsed;
}

/** Row `i` as the parsed input object, from parsed leaf columns (absent values left out). */
export function parsedRow(plan: ColumnPlan, parsed: Map<string, readonly unknown[]>, i: number): unknown {
  const row: Record<string, unknown> = {};
  for (const leaf of plan.leaves) {
    const value = parsed.get(leaf.path)![i];
    if (value === undefined) continue;
    const keys = leaf.path.split('.');
    let node = row;
    for (const key of keys.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[keys[keys.length - 1]!] = value;
  }
  return row;
}
