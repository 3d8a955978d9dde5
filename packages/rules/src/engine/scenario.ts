import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { isRulesError } from './errors.ts';
import { type EvaluationResult, evaluate } from './evaluate.ts';
import type { AnyPolicy } from './policy.ts';
import { isoDate } from './schema.ts';

/** One scenario of a policy's tests.yaml (OpenFisca-style). */
export const scenarioSchema = z.object({
  name: z.string().min(1),
  on: isoDate(),
  input: z.unknown(),
  pastClaims: z.array(z.record(z.string(), z.unknown())).default([]),
  overrides: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  confirmedChecks: z.record(z.string(), z.boolean()).default({}),
  expected: z.object({
    outcome: z.enum(['eligible', 'ineligible', 'needs_review']).optional(),
    eligible: z.boolean().optional(),
    /** exact amounts (all of them when given) */
    amounts: z.record(z.string(), z.string()).optional(),
    /** the decided amount: the sum of the payable lines ("3740.00") */
    payable: z.string().optional(),
    /** exact set of failed condition / rejected check ids */
    failed: z.array(z.string()).optional(),
    notApplicable: z.array(z.string()).optional(),
    /** exact set of pending check ids */
    pendingChecks: z.array(z.string()).optional(),
    outputs: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
    explanationContains: z.array(z.string()).optional(),
    /** ids of past claims named as conflicts */
    conflicts: z.array(z.string()).optional(),
    /** expected RulesError code instead of a result */
    error: z.string().optional(),
  }),
});
export type Scenario = z.output<typeof scenarioSchema>;

type Json = unknown;

/** Deep merge for scenario inputs: objects merge key by key; arrays, scalars and null replace. */
export function deepMerge(base: Json, over: Json): Json {
  if (over === undefined) return base;
  const isObj = (v: Json): v is Record<string, Json> =>
    v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObj(base) || !isObj(over)) return over;
  const out: Record<string, Json> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = deepMerge(base[k], v);
  return out;
}

/**
 * Parse a tests.yaml: either a list of scenarios, or `{ defaults, scenarios }`. With defaults, a
 * scenario's `input` is deep-merged over the default input (so it states only what differs from
 * the base case); every other key (on, overrides, pastClaims, confirmedChecks, expected) replaces
 * the default as a whole.
 */
export function parseScenarios(source: string): Scenario[] {
  const raw = parse(source) as unknown;
  if (Array.isArray(raw)) return z.array(scenarioSchema).parse(raw);
  const file = z
    .object({ defaults: z.record(z.string(), z.unknown()).default({}), scenarios: z.array(z.unknown()) })
    .parse(raw);
  return file.scenarios.map((s) => {
    const scenario = (s ?? {}) as Record<string, unknown>;
    return scenarioSchema.parse({
      ...file.defaults,
      ...scenario,
      input: deepMerge(file.defaults.input, scenario.input),
    });
  });
}

export function loadScenarios(url: URL): Scenario[] {
  return parseScenarios(readFileSync(url, 'utf8'));
}

export interface ScenarioOutcome {
  result?: EvaluationResult;
  errorCode?: string;
  /** human-readable mismatches; empty when the scenario passes */
  mismatches: string[];
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

export function runScenario(policy: AnyPolicy, scenario: Scenario): ScenarioOutcome {
  const { expected } = scenario;
  let result: EvaluationResult;
  try {
    result = evaluate(policy, scenario.input, {
      on: scenario.on,
      overrides: scenario.overrides,
      pastClaims: scenario.pastClaims as never,
      confirmedChecks: scenario.confirmedChecks,
    });
  } catch (error) {
    if (!isRulesError(error)) throw error;
    const mismatches =
      expected.error === error.code ? [] : [`unexpected error ${error.code}: ${error.message}`];
    return { errorCode: error.code, mismatches };
  }
  const m: string[] = [];
  const check = (ok: boolean, what: string, got: unknown, want: unknown) => {
    if (!ok) m.push(`${what}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  };
  if (expected.error) m.push(`expected error ${expected.error}, got a result`);
  if (expected.outcome)
    check(result.outcome === expected.outcome, 'outcome', result.outcome, expected.outcome);
  if (expected.eligible !== undefined)
    check(result.eligible === expected.eligible, 'eligible', result.eligible, expected.eligible);
  if (expected.amounts) {
    check(
      JSON.stringify(result.amounts) === JSON.stringify(sortKeys(expected.amounts, result.amounts)),
      'amounts',
      result.amounts,
      expected.amounts,
    );
  }
  if (expected.payable !== undefined)
    check(result.payableTotal === expected.payable, 'payable', result.payableTotal, expected.payable);
  if (expected.failed)
    check(sameSet(result.failed, expected.failed), 'failed', result.failed, expected.failed);
  if (expected.notApplicable) {
    const na = result.conditions.filter((c) => c.status === 'not_applicable').map((c) => c.id);
    check(sameSet(na, expected.notApplicable), 'notApplicable', na, expected.notApplicable);
  }
  if (expected.pendingChecks) {
    const pending = result.checks.filter((c) => c.status === 'pending').map((c) => c.id);
    check(sameSet(pending, expected.pendingChecks), 'pendingChecks', pending, expected.pendingChecks);
  }
  for (const [key, want] of Object.entries(expected.outputs ?? {})) {
    check(result.outputs[key] === want, `outputs.${key}`, result.outputs[key], want);
  }
  for (const text of expected.explanationContains ?? []) {
    check(result.explanation.includes(text), 'explanation', result.explanation, text);
  }
  if (expected.conflicts) {
    const ids = result.conditions.flatMap((c) => c.conflicts ?? []).map((c) => c.id);
    check(sameSet(ids, expected.conflicts), 'conflicts', ids, expected.conflicts);
  }
  return { result, mismatches: m };
}

/** Order expected amounts like the result so key order does not matter. */
function sortKeys(expected: Record<string, string>, actual: Record<string, string>): Record<string, string> {
  const keys = [
    ...Object.keys(actual).filter((k) => k in expected),
    ...Object.keys(expected).filter((k) => !(k in actual)),
  ];
  return Object.fromEntries(keys.map((k) => [k, expected[k]!]));
}
