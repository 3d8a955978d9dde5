import { z } from 'zod';

/**
 * The fields of a policy's input as a form sees them, read from the JSON Schema the catalogue
 * exports. Every field carries the Chinese title its zod schema declares with `.meta({ title })`,
 * and optionally `fact` — the registry fact that pre-fills it (see the server's fact providers) —
 * and `enumLabels` — Chinese names of coded values.
 */
export interface InputField {
  /** property names from the root, e.g. ['person', 'birthDate'] */
  path: string[];
  /** the field's own Chinese title */
  title: string;
  /** titles from the root down to this field */
  titles: string[];
  type: string;
  format?: string;
  enum?: string[];
  enumLabels?: Record<string, string>;
  /** present in `required` of its parent and not nullable */
  required: boolean;
  nullable: boolean;
  /** the registry fact that pre-fills this field */
  fact?: string;
  /** an object whose fields are listed separately */
  group: boolean;
}

type JsonSchema = {
  type?: string | string[];
  format?: string;
  title?: string;
  fact?: string;
  enum?: unknown[];
  enumLabels?: Record<string, string>;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  default?: unknown;
};

/** The schema without a `null` alternative, and whether null is allowed. */
function withoutNull(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    const rest = alternatives.filter((a) => a.type !== 'null');
    const chosen = rest.length === 1 ? rest[0]! : schema;
    // zod puts `.meta()` on the union when a field is `.nullish()`: keep the outer title.
    return { schema: { ...chosen, ...pick(schema) }, nullable: rest.length < alternatives.length };
  }
  if (Array.isArray(schema.type)) {
    const type = schema.type.find((t) => t !== 'null');
    return { schema: { ...schema, ...(type ? { type } : {}) }, nullable: schema.type.includes('null') };
  }
  return { schema, nullable: false };
}

const pick = (s: JsonSchema): JsonSchema => ({
  ...(s.title ? { title: s.title } : {}),
  ...(s.fact ? { fact: s.fact } : {}),
  ...(s.enumLabels ? { enumLabels: s.enumLabels } : {}),
});

/** Every field (objects and leaves, depth first) of an input JSON Schema. */
export function inputFields(root: Record<string, unknown>): InputField[] {
  const out: InputField[] = [];
  const walk = (schema: JsonSchema, path: string[], titles: string[]) => {
    for (const [name, raw] of Object.entries(schema.properties ?? {})) {
      const { schema: s, nullable } = withoutNull(raw);
      const title = s.title ?? name;
      const field: InputField = {
        path: [...path, name],
        title,
        titles: [...titles, title],
        type: typeof s.type === 'string' ? s.type : s.enum ? 'string' : 'unknown',
        ...(s.format ? { format: s.format } : {}),
        ...(s.enum ? { enum: s.enum.map(String) } : {}),
        ...(s.enumLabels ? { enumLabels: s.enumLabels } : {}),
        required: (schema.required ?? []).includes(name) && !nullable && s.default === undefined,
        nullable,
        ...(s.fact ? { fact: s.fact } : {}),
        group: s.properties !== undefined,
      };
      out.push(field);
      if (field.group) walk(s, field.path, field.titles);
    }
  };
  walk(root as JsonSchema, [], []);
  return out;
}

/** The JSON Schema of a zod input schema, with the `.meta()` titles, facts and labels. */
export const inputJsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;

const fieldByPath = (fields: readonly InputField[], path: readonly PropertyKey[]) => {
  const key = path.map(String).join('.');
  return fields.find((f) => f.path.join('.') === key);
};

/**
 * Zod issues of an input as Chinese sentences naming the form's fields: 「出生日期」未填写,
 * 「性别」须为：男、女, never an English path or `expected object, received undefined`.
 */
export function describeInputIssues(
  fields: readonly InputField[],
  issues: readonly z.core.$ZodIssue[],
): { path: string[]; field: string; message: string }[] {
  return issues.map((issue) => {
    const path = issue.path.map(String);
    const field = fieldByPath(fields, path);
    const name = field ? field.titles.join(' · ') : path.length > 0 ? path.join('.') : '申请数据';
    const quoted = `「${name}」`;
    let message: string;
    if (issue.code === 'invalid_type' && issue.input === undefined) message = `${quoted}未填写`;
    else if (issue.code === 'invalid_type' && issue.input === null) message = `${quoted}不能为空`;
    else if (issue.code === 'invalid_value' && field?.enum) {
      const choices = field.enum.map((v) => field.enumLabels?.[v] ?? v).join('、');
      message = `${quoted}须为：${choices}`;
    } else if (issue.code === 'invalid_type' && field?.group) message = `${quoted}未填写完整`;
    else message = `${quoted}${issue.message}`;
    return { path, field: name, message };
  });
}
