import { bureauTodayDay } from '../../app/bureau-clock';
import type { JsonSchema } from './policy-types';

const isObject = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);

function typeOf(schema: JsonSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null') ?? schema.type[0];
  return schema.type;
}

/** Today for dates; for a pattern, the first of a few typical values it accepts (decimal, month); else ''. */
function exampleString(schema: JsonSchema): string {
  const today = bureauTodayDay();
  if (schema.format === 'date') return today.format('YYYY-MM-DD');
  if (typeof schema.pattern !== 'string') return '';
  let pattern: RegExp;
  try {
    pattern = new RegExp(schema.pattern, 'u');
  } catch {
    return '';
  }
  const candidates = ['0', today.format('YYYY-MM-DD'), today.format('YYYY-MM'), ''];
  return candidates.find((c) => pattern.test(c)) ?? '';
}

/**
 * A starting value for the what-if editor, built from the policy's input JSON Schema: defaults, the first
 * enum value, the first non-null alternative, today for dates, a value a string pattern accepts, empty strings, zero or the minimum for
 * numbers, false for booleans. Objects get their required properties and those with a default.
 * It is only a template for the user to edit, never a claim that it is valid.
 */
export function exampleFromSchema(schema: unknown, depth = 0): unknown {
  if (!isObject(schema) || depth > 12) return null;
  if ('default' in schema) return schema.default;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(alternatives) && alternatives.length > 0) {
    const chosen = alternatives.find((alt) => isObject(alt) && typeOf(alt) !== 'null') ?? alternatives[0];
    return exampleFromSchema(chosen, depth + 1);
  }
  switch (typeOf(schema) ?? (schema.properties ? 'object' : undefined)) {
    case 'object': {
      const properties = isObject(schema.properties) ? schema.properties : {};
      const required = new Set(Array.isArray(schema.required) ? schema.required : []);
      const result: Record<string, unknown> = {};
      for (const [name, property] of Object.entries(properties)) {
        if (required.has(name) || (isObject(property) && 'default' in property)) {
          result[name] = exampleFromSchema(property, depth + 1);
        }
      }
      return result;
    }
    case 'array':
      return [];
    case 'string':
      return exampleString(schema);
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 0;
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return null;
  }
}

export function exampleJson(schema: unknown): string {
  return JSON.stringify(exampleFromSchema(schema), null, 2);
}
