import type { PastClaimInput } from './constraints.ts';
import { isRulesError } from './errors.ts';
import { type EvaluateOptions, type EvaluationResult, evaluate, type Outcome } from './evaluate.ts';
import type { PolicyDefinition } from './policy.ts';

/** Columnar input: dotted input paths → one value per person, e.g. { 'certificate.level': [2, 3] }. */
export type Columns = Readonly<Record<string, readonly unknown[]>>;

export interface BatchOptions extends Omit<EvaluateOptions, 'pastClaims' | 'confirmedChecks'> {
  /** past claims per row */
  pastClaims?: readonly (readonly PastClaimInput[])[];
  confirmedChecks?: readonly (Readonly<Record<string, boolean>> | undefined)[];
}

export interface BatchResult {
  size: number;
  outcome: (Outcome | null)[];
  eligible: boolean[];
  failed: string[][];
  /** amount id → one decimal string per row (null when ineligible or errored) */
  amounts: Record<string, (string | null)[]>;
  /** per-row error code and message (input errors do not stop the batch) */
  errors: ({ code: string; message: string } | null)[];
}

/** Rebuild row `i` as a nested object from dotted column names. */
export function rowAt(columns: Columns, i: number): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [path, values] of Object.entries(columns)) {
    const value = values[i];
    if (value === undefined) continue;
    const keys = path.split('.');
    let node = row;
    for (const key of keys.slice(0, -1)) {
      if (node[key] === undefined || node[key] === null || typeof node[key] !== 'object') node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    node[keys[keys.length - 1]!] = value;
  }
  return row;
}

/** Evaluate one policy for many persons from columnar input; each row gives the same result as evaluate(). */
export function evaluateBatch<I>(
  policy: PolicyDefinition<I>,
  columns: Columns,
  options: BatchOptions,
): BatchResult {
  const lengths = new Set(Object.values(columns).map((c) => c.length));
  if (lengths.size > 1) throw new RangeError('all columns must have the same length');
  const size = lengths.size === 0 ? 0 : [...lengths][0]!;
  const out: BatchResult = {
    size,
    outcome: [],
    eligible: [],
    failed: [],
    amounts: Object.fromEntries(policy.amounts.map((a) => [a.id, []])),
    errors: [],
  };
  for (let i = 0; i < size; i++) {
    let result: EvaluationResult | undefined;
    try {
      result = evaluate(policy, rowAt(columns, i), {
        ...options,
        pastClaims: options.pastClaims?.[i] ?? [],
        confirmedChecks: options.confirmedChecks?.[i] ?? {},
      });
    } catch (error) {
      if (!isRulesError(error)) throw error;
      out.errors.push({ code: error.code, message: error.message });
    }
    if (result) out.errors.push(null);
    out.outcome.push(result?.outcome ?? null);
    out.eligible.push(result?.eligible ?? false);
    out.failed.push(result?.failed ?? []);
    for (const a of policy.amounts) out.amounts[a.id]!.push(result?.amounts[a.id] ?? null);
  }
  return out;
}
