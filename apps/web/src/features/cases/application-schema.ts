import type { JsonSchema } from '../policies/policy-types';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schema without its `null` alternative, and whether null is allowed. */
export function unwrapNullable(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(alternatives)) {
    const nullable = alternatives.some((a) => a.type === 'null');
    const chosen = alternatives.find((a) => a.type !== 'null') ?? alternatives[0] ?? {};
    return { schema: chosen, nullable };
  }
  if (Array.isArray(schema.type)) {
    const type = schema.type.find((t) => t !== 'null');
    return { schema: { ...schema, ...(type ? { type } : {}) }, nullable: schema.type.includes('null') };
  }
  return { schema, nullable: false };
}

/** `saved` laid over `template` (the schema's example), object by object. */
export function deepMerge(template: unknown, saved: unknown): unknown {
  if (!isObject(template) || !isObject(saved)) return saved === undefined ? template : saved;
  const out: Record<string, unknown> = { ...template };
  for (const [k, v] of Object.entries(saved)) out[k] = deepMerge(template[k], v);
  return out;
}

/**
 * Form values → application data: blank answers to nullable fields become null, blank optional
 * strings are left out, so the rule reads "not given" rather than an empty string.
 */
export function cleanValue(schema: JsonSchema, value: unknown): unknown {
  const { schema: s, nullable } = unwrapNullable(schema);
  const blank = value === '' || value === undefined || value === null;
  if (blank) return nullable ? null : undefined;
  if (isObject(value) && s.properties) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const child = s.properties[k];
      const cleaned = child ? cleanValue(child, v) : v;
      if (cleaned !== undefined) out[k] = cleaned;
    }
    return out;
  }
  return value;
}
