import fc from 'fast-check';
import type { Columns } from '../batch.ts';
import type { PastClaimInput } from '../constraints.ts';
import { addDays, isIsoDate } from '../dates.ts';
import { PROVISIONAL_CALENDAR_CHECK } from '../evaluate.ts';
import type { AnyPolicy } from '../policy.ts';
import { loadScenarios } from '../scenario.ts';

/**
 * Random populations for a policy, grown from its tests.yaml scenarios (valid, varied inputs a
 * reviewer wrote): each person is a scenario's input with some leaves replaced by another
 * scenario's value, a shifted date or month, or an edge value the schema may reject; with past
 * claims, reviewer decisions, parameter overrides and an evaluation date around the scenarios'.
 * Test support for the compiled batch's property test and its benchmark.
 */
export interface Population {
  on: string;
  overrides: Record<string, string | number>;
  columns: Columns;
  /** some deliberately malformed (PAST_CLAIM_INVALID) */
  pastClaims: PastClaimInput[][];
  confirmedChecks: Record<string, boolean>[];
}

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Leaf paths of a nested input: plain objects are walked, anything else is a leaf. */
function leaves(input: Json, prefix = '', out = new Map<string, Json>()): Map<string, Json> {
  if (!isObject(input)) return out;
  for (const [key, value] of Object.entries(input)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isObject(value)) leaves(value, path, out);
    else out.set(path, value);
  }
  return out;
}

const EDGE_VALUES: readonly Json[] = [
  undefined,
  null,
  '',
  'x',
  -1,
  0,
  1.5,
  1e9,
  true,
  false,
  '2026-02-30',
  '2026-13',
];

const shiftMonth = (ym: string, n: number): string => {
  const i = Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1 + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};

/** A nearby value: dates and months shifted, numbers and decimal strings nudged. */
function nearby(value: Json): fc.Arbitrary<Json> {
  if (isIsoDate(value)) return fc.integer({ min: -800, max: 800 }).map((n) => addDays(value, n));
  if (typeof value === 'string' && /^\d{4}-\d{2}$/.test(value))
    return fc.integer({ min: -30, max: 30 }).map((n) => shiftMonth(value, n));
  if (typeof value === 'number')
    return fc.integer({ min: -3, max: 3 }).map((n) => (Number.isInteger(value) ? value + n : value));
  if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value))
    return fc.constantFrom(value, '0', '0.01', `${value}0`, '99999999.99');
  return fc.constant(value);
}

export function populationArbitrary(policy: AnyPolicy, dir: URL, maxSize = 24): fc.Arbitrary<Population> {
  const scenarios = loadScenarios(new URL('tests.yaml', dir));
  const bases = scenarios.map((s) => leaves(s.input));
  const paths = [...new Set(bases.flatMap((b) => [...b.keys()]))];
  // a path that is a leaf in one scenario (an object given as null) and an object in another keeps its leaves
  const leafPaths = paths.filter((p) => !paths.some((q) => q.startsWith(`${p}.`)));
  const seen = new Map(leafPaths.map((p) => [p, [...new Set(bases.map((b) => b.get(p)))]]));
  const claimsPool = scenarios.flatMap((s) => s.pastClaims);
  const categories = [...new Set(claimsPool.map((c) => c.category).filter((c) => c !== undefined))];

  const value = (path: string, base: Json): fc.Arbitrary<Json> =>
    fc.oneof(
      { weight: 40, arbitrary: fc.constant(base) },
      { weight: 3, arbitrary: fc.constantFrom(...seen.get(path)!) },
      { weight: 3, arbitrary: nearby(base) },
      { weight: 1, arbitrary: fc.constantFrom(...EDGE_VALUES) },
    );
  // a third of the people are a scenario as written, the others vary a few leaves each
  const person = fc
    .tuple(fc.nat({ max: bases.length - 1 }), fc.nat({ max: 2 }))
    .chain(([b, vary]) =>
      fc.tuple(
        ...leafPaths.map((p) => (vary === 0 ? fc.constant(bases[b]!.get(p)) : value(p, bases[b]!.get(p)))),
      ),
    );
  const claim = fc.oneof(
    { weight: 4, arbitrary: claimsPool.length > 0 ? fc.constantFrom(...claimsPool) : fc.constant(undefined) },
    {
      weight: 4,
      arbitrary: fc.record({
        id: fc.constantFrom('C1', 'C2'),
        policyId: fc.constantFrom(policy.id, 'other.policy'),
        category: fc.constantFrom(...categories, 'level_2', 'level_3', undefined),
        decidedOn: fc.integer({ min: -900, max: 400 }).map((n) => addDays('2025-06-30', n)),
        status: fc.constantFrom('approved', 'paid', 'rejected'),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ policyId: policy.id }) }, // PAST_CLAIM_INVALID
  );
  const checkIds = [...policy.checks.map((c) => c.id), PROVISIONAL_CALENDAR_CHECK];
  const decisions = fc.dictionary(fc.constantFrom(...checkIds), fc.boolean(), { maxKeys: checkIds.length });
  const scenarioDates = fc.constantFrom(...scenarios.map((s) => s.on));
  const on = fc.oneof(
    { weight: 6, arbitrary: scenarioDates },
    { weight: 3, arbitrary: scenarioDates.chain((d) => nearby(d) as fc.Arbitrary<string>) },
    { weight: 1, arbitrary: fc.constant(addDays(policy.validity.from, -1)) },
  );
  const overrides = fc.constantFrom({}, ...scenarios.map((s) => s.overrides));
  return fc
    .record({
      on,
      overrides,
      people: fc.array(
        fc.tuple(
          person,
          fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, fc.array(claim, { maxLength: 2 })),
          decisions,
        ),
        {
          minLength: 1,
          maxLength: maxSize,
        },
      ),
    })
    .map(({ on, overrides, people }) => ({
      on,
      overrides,
      columns: Object.fromEntries(leafPaths.map((p, k) => [p, people.map(([values]) => values[k])])),
      pastClaims: people.map(([, claims]) => claims.filter((c) => c !== undefined) as PastClaimInput[]),
      confirmedChecks: people.map(([, , d]) => d),
    }));
}
