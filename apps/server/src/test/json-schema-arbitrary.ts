import fc from 'fast-check';
import type { JsonSchema } from './openapi-operations.ts';

/** Values no schema should let through to a query, in any field of any type. */
export const hostileValues: unknown[] = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '\udc00\ud800',
  '',
  ' ',
  'x'.repeat(10_000),
  '0000-01-01',
  '9999-12-31',
  '0000-00',
  '9999-12',
  '2026-02-30',
  '99999999999',
  '-1',
  '1e400',
  "' or 1=1 --",
  '%',
  0,
  -1,
  0.5,
  2_147_483_647,
  2_147_483_648,
  99_999_999_999,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  1e308,
  null,
  true,
  {},
  [],
  [{}],
  { '\u0000': 1 },
];

/** Known ids and codes by field or path-parameter name, so that some requests reach real rows. */
export type Pools = Record<string, readonly unknown[]>;

const realisticDate = fc
  .integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2030, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));
const anyYearDate = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(
    ([y, m, d]) =>
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );
const dateArb = fc.oneof(
  { weight: 3, arbitrary: realisticDate },
  { weight: 1, arbitrary: anyYearDate },
  { weight: 1, arbitrary: fc.constantFrom('0000-01-01', '9999-12-31', '1900-02-28', '2100-01-01') },
);
const dateTimeArb = dateArb.map((d) => `${d}T08:00:00+08:00`);
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...'张王李新城街道焊工社区有限公司ab1-_ '), maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

const lowerBound = (s: JsonSchema) =>
  s.minimum === undefined
    ? undefined
    : s.exclusiveMinimum === true || s.exclusiveMinimum === s.minimum
      ? s.minimum + 1
      : s.minimum;
const upperBound = (s: JsonSchema) =>
  s.maximum === undefined
    ? undefined
    : s.exclusiveMaximum === true || s.exclusiveMaximum === s.maximum
      ? s.maximum - 1
      : s.maximum;

/** Values shaped by the schema alone (no hostile substitutes). */
function shaped(schema: JsonSchema, pools: Pools, name: string | undefined): fc.Arbitrary<unknown> {
  const sub = (s: JsonSchema, n?: string) => arbitraryOf(s, pools, n);
  let arb: fc.Arbitrary<unknown>;
  if (schema.anyOf ?? schema.oneOf)
    arb = fc.oneof(...(schema.anyOf ?? schema.oneOf)!.map((s) => sub(s, name)));
  else if (schema.allOf?.length) arb = sub(schema.allOf[0]!, name);
  else if (schema.enum) arb = fc.constantFrom(...schema.enum);
  else if (schema.const !== undefined) arb = fc.constant(schema.const);
  else {
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    switch (type) {
      case 'string':
        arb =
          schema.format === 'date'
            ? dateArb
            : schema.format === 'date-time'
              ? dateTimeArb
              : schema.format === 'uuid'
                ? fc.uuid()
                : schema.pattern
                  ? fc.stringMatching(new RegExp(schema.pattern))
                  : (fc.string({
                      minLength: schema.minLength ?? 0,
                      maxLength: Math.min(schema.maxLength ?? 60, 60),
                    }) as fc.Arbitrary<unknown>);
        if (!schema.format && !schema.pattern && (schema.minLength ?? 0) === 0) arb = fc.oneof(arb, text);
        break;
      case 'integer':
        arb = fc.integer({
          min: Math.max(lowerBound(schema) ?? -1_000, Number.MIN_SAFE_INTEGER),
          max: Math.min(upperBound(schema) ?? 1_000_000, Number.MAX_SAFE_INTEGER),
        });
        break;
      case 'number':
        arb = fc.double({
          noNaN: true,
          noDefaultInfinity: true,
          min: lowerBound(schema) ?? -1e6,
          max: upperBound(schema) ?? 1e9,
        });
        break;
      case 'boolean':
        arb = fc.boolean();
        break;
      case 'array':
        arb = fc.array(sub(schema.items ?? {}), {
          minLength: schema.minItems ?? 0,
          maxLength: Math.min(schema.maxItems ?? 4, 4),
        });
        break;
      case 'object':
        arb = schema.properties
          ? fc.record(Object.fromEntries(Object.entries(schema.properties).map(([k, s]) => [k, sub(s, k)])), {
              requiredKeys: schema.required ?? [],
            })
          : typeof schema.additionalProperties === 'object'
            ? fc.dictionary(fc.string({ maxLength: 20 }), sub(schema.additionalProperties), { maxKeys: 3 })
            : fc.object({ maxDepth: 2 });
        break;
      default:
        arb = fc.jsonValue({ maxDepth: 2 });
    }
  }
  const pool = name ? pools[name] : undefined;
  if (pool?.length)
    arb = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: arb });
  return (schema as { nullable?: boolean }).nullable ? fc.option(arb, { nil: null }) : arb;
}

/**
 * Values for a JSON Schema as `@fastify/swagger` writes it: mostly values the schema describes
 * (known ids and codes from `pools` where a field's name has one), and now and then, at any depth,
 * one of the `hostileValues`.
 */
export function arbitraryOf(schema: JsonSchema, pools: Pools = {}, name?: string): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: shaped(schema, pools, name) },
    { weight: 1, arbitrary: fc.constantFrom(...hostileValues) },
  );
}
