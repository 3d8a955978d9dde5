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
  /** strings: the longest value accepted */
  maxLength?: number;
  /** numbers: the smallest and largest values accepted */
  minimum?: number;
  maximum?: number;
  /** arrays: the most items accepted */
  maxItems?: number;
  /** an object whose fields, or an array whose items (path segment `*`), are listed separately */
  group: boolean;
}

/** The path segment of an array's items: ['unsignedWaivedItems', '*', 'fee']. */
export const ITEM = '*';

type JsonSchema = {
  type?: string | string[];
  format?: string;
  title?: string;
  fact?: string;
  enum?: unknown[];
  enumLabels?: Record<string, string>;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
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

const BOUNDS = ['maxLength', 'minimum', 'maximum', 'maxItems'] as const;

/** Every field (objects, arrays and leaves, depth first) of an input JSON Schema. */
export function inputFields(root: Record<string, unknown>): InputField[] {
  const out: InputField[] = [];
  const visit = (name: string, raw: JsonSchema, listed: boolean, path: string[], titles: string[]) => {
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
      required: listed && !nullable && s.default === undefined,
      nullable,
      ...(s.fact ? { fact: s.fact } : {}),
      ...Object.fromEntries(BOUNDS.filter((b) => s[b] !== undefined).map((b) => [b, s[b]])),
      group: s.properties !== undefined || s.items !== undefined,
    };
    out.push(field);
    visitProperties(s, field.path, field.titles);
    if (s.items) visit(ITEM, s.items, true, field.path, field.titles);
  };
  const visitProperties = (schema: JsonSchema, path: string[], titles: string[]) => {
    for (const [name, raw] of Object.entries(schema.properties ?? {}))
      visit(name, raw, (schema.required ?? []).includes(name), path, titles);
  };
  visitProperties(root as JsonSchema, [], []);
  return out;
}

/** The JSON Schema of a zod input schema, with the `.meta()` titles, facts and labels. */
export const inputJsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;

/** The field at an issue's path: array indices match the items segment. */
const fieldByPath = (fields: readonly InputField[], path: readonly string[]) =>
  fields.find(
    (f) =>
      f.path.length === path.length &&
      f.path.every((seg, i) => seg === path[i] || (seg === ITEM && /^\d+$/.test(path[i]!))),
  );

/** The field's titles from the root, an array item named by its number: 未签字放弃项目 · 第2项 · 费用. */
const fieldName = (field: InputField, path: readonly string[]) =>
  field.titles.map((t, i) => (field.path[i] === ITEM ? `第${Number(path[i]) + 1}项` : t)).join(' · ');

/** A bound a value broke, in Chinese: zod's own words say 数值过大 and `string` of a text too long. */
function boundBroken(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code !== 'too_big' && issue.code !== 'too_small') return undefined;
  const big = issue.code === 'too_big';
  const limit = String(big ? issue.maximum : issue.minimum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string':
      if (!big && limit === '1') return '未填写';
      return big ? `不能超过${limit}个字符` : `不能少于${limit}个字符`;
    case 'number':
    case 'int':
      if (inclusive) return big ? `不能大于${limit}` : `不能小于${limit}`;
      return big ? `须小于${limit}` : `须大于${limit}`;
    case 'array':
      return big ? `不能超过${limit}项` : `不能少于${limit}项`;
    default:
      return undefined;
  }
}

/**
 * Zod issues of an input (parsed with `reportInput: true`) as Chinese sentences naming the form's fields: 「出生日期」未填写,
 * 「性别」须为：男、女, never an English path or `expected object, received undefined`.
 */
export function describeInputIssues(
  fields: readonly InputField[],
  issues: readonly z.core.$ZodIssue[],
): { path: string[]; field: string; message: string }[] {
  return issues.map((issue) => {
    const path = issue.path.map(String);
    const field = fieldByPath(fields, path);
    const name = field ? fieldName(field, path) : path.length > 0 ? path.join('.') : '申请数据';
    const quoted = `「${name}」`;
    let message: string;
    // Parsed with `reportInput: true`, an issue carries the value it was about: none means not filled.
    const missing =
      (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined;
    if (missing) message = `${quoted}未填写`;
    else if (issue.code === 'invalid_type' && issue.input === null) message = `${quoted}不能为空`;
    else if (issue.code === 'invalid_value' && field?.enum) {
      const choices = field.enum.map((v) => field.enumLabels?.[v] ?? v).join('、');
      message = `${quoted}须为：${choices}`;
    } else if (issue.code === 'invalid_type' && field?.group) message = `${quoted}未填写完整`;
    else message = `${quoted}${boundBroken(issue) ?? issue.message}`;
    return { path, field: name, message };
  });
}
