import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { documentRef } from '../policies/documents.ts';
import { addDays, type IsoDate, isIsoDate } from './dates.ts';
import { RulesError } from './errors.ts';
import { dec } from './money.ts';

export const PARAM_UNITS = ['yuan', 'rate', 'days', 'months', 'years', 'count', 'points', 'date'] as const;
export type ParamUnit = (typeof PARAM_UNITS)[number];

/**
 * Where a value or a rule comes from. `doc` names the document as a citation does (《title》（文号）
 * for a registered document, a description otherwise); `document` is the id of a registered
 * document (policies/documents.ts), whose title and number a deployment may configure.
 */
export interface Reference {
  doc: string;
  document?: string;
  /** 文号 of a registered document, when known */
  number?: string;
  clause?: string;
  title?: string;
  published?: IsoDate;
  note?: string;
}

/** One step of a step function: from `from` on, the value is `value` (null = no longer defined). */
export interface ParamStep {
  from: IsoDate;
  /** decimal string for numeric units, ISO date for unit "date", null ends the definition */
  value: string | null;
  ref: Reference;
  /** a value an administrator must set before the rule can decide alone */
  placeholder: boolean;
}

export interface ParamDef {
  name: string;
  label: string;
  unit: ParamUnit;
  /** the breakdown dimension, e.g. certificate_level */
  by?: string;
  /** steps sorted by date; for a breakdown, steps per key */
  steps: Record<string, ParamStep[]>;
}

/** Key used in `steps` for a parameter without a breakdown. */
export const NO_KEY = '_';

export type ParamTree = Readonly<Record<string, ParamDef>>;

/** A looked-up value together with everything the trace needs. */
export interface ParamValue {
  name: string;
  label: string;
  unit: ParamUnit;
  key?: string;
  date: IsoDate;
  value: string;
  from: IsoDate;
  ref: Reference;
  placeholder: boolean;
  overridden: boolean;
}

/** Overrides for one evaluation: `name` or `name.key` → value. Nothing is copied or mutated. */
export type ParamOverrides = Readonly<Record<string, string | number>>;

const refText = z.string().min(1);
const refObject = z
  .object({
    doc: z.string().min(1).optional(),
    /** id of a registered document (policies/documents.ts), instead of doc/title/published */
    document: z.string().min(1).optional(),
    clause: z.string().optional(),
    title: z.string().optional(),
    published: z.string().refine(isIsoDate, '须为 YYYY-MM-DD 日期').optional(),
    note: z.string().optional(),
  })
  .refine(
    (r) => (r.document === undefined ? r.doc !== undefined : r.doc === undefined && !r.title && !r.published),
    '须给出 doc，或只给出 document（标题、文号、日期取自文件登记）',
  );
const stepSchema = z.object({
  value: z.union([z.number(), z.string(), z.null()]),
  ref: z.union([refText, refObject]),
  placeholder: z.boolean().optional(),
});
const stepsSchema = z.record(z.string(), stepSchema);
const paramSchema = z.object({
  label: z.string().min(1),
  unit: z.enum(PARAM_UNITS),
  by: z.string().optional(),
  description: z.string().optional(),
  values: z.record(z.string(), z.unknown()),
});

function toReference(ref: z.infer<typeof stepSchema>['ref']): Reference {
  if (typeof ref !== 'string') {
    const { document, clause, note } = ref;
    if (document === undefined) return ref as Reference;
    return { ...documentRef(document, clause), ...(note ? { note } : {}) };
  }
  const [doc, ...rest] = ref.split(/\s+/);
  return rest.length > 0 ? { doc: doc!, clause: rest.join(' ') } : { doc: doc! };
}

function parseSteps(name: string, key: string, unit: ParamUnit, raw: unknown): ParamStep[] {
  const steps = stepsSchema.parse(raw);
  const out: ParamStep[] = [];
  for (const [from, step] of Object.entries(steps)) {
    if (!isIsoDate(from))
      throw new RulesError('PARAMETER_INVALID', `参数 ${name} 的生效日期 ${from} 无效`, { name, key, from });
    let value: string | null = null;
    if (step.value !== null) {
      if (unit === 'date') {
        if (!isIsoDate(String(step.value)))
          throw new RulesError('PARAMETER_INVALID', `参数 ${name} 的值须为日期`, { name });
        value = String(step.value);
      } else {
        value = dec(step.value).toString();
      }
    }
    out.push({ from, value, ref: toReference(step.ref), placeholder: step.placeholder ?? false });
  }
  return out.sort((a, b) => (a.from < b.from ? -1 : 1));
}

/** Parse a parameters.yaml text into a tree (validates every entry; throws PARAMETER_INVALID). */
export function parseParameters(source: string, origin = 'parameters.yaml'): ParamTree {
  const raw = (parse(source, { uniqueKeys: true }) ?? {}) as Record<string, unknown>;
  const tree: Record<string, ParamDef> = {};
  for (const [name, value] of Object.entries(raw)) {
    const parsed = paramSchema.safeParse(value);
    if (!parsed.success) {
      throw new RulesError(
        'PARAMETER_INVALID',
        `${origin} 中参数 ${name} 格式错误：${parsed.error.message}`,
        { name },
      );
    }
    const def = parsed.data;
    const steps: Record<string, ParamStep[]> = {};
    if (def.by) {
      for (const [key, rawSteps] of Object.entries(def.values))
        steps[key] = parseSteps(name, key, def.unit, rawSteps);
    } else {
      steps[NO_KEY] = parseSteps(name, NO_KEY, def.unit, def.values);
    }
    tree[name] = { name, label: def.label, unit: def.unit, ...(def.by ? { by: def.by } : {}), steps };
  }
  return tree;
}

/** Load `parameters.yaml` (or another file) next to a module: `loadParameters(new URL('./parameters.yaml', import.meta.url))`. */
export function loadParameters(url: URL): ParamTree {
  return parseParameters(readFileSync(url, 'utf8'), url.pathname);
}

/** Step in force on `date`, or undefined. */
export function stepAt(steps: readonly ParamStep[], date: IsoDate): ParamStep | undefined {
  let found: ParamStep | undefined;
  for (const step of steps) {
    if (step.from <= date) found = step;
    else break;
  }
  return found;
}

/** Look up a parameter value on a date. Undefined values are a typed error, never a default. */
export function lookup(
  tree: ParamTree,
  name: string,
  date: IsoDate,
  key?: string,
  overrides: ParamOverrides = {},
): ParamValue {
  const def = tree[name];
  if (!def) throw new RulesError('PARAMETER_UNKNOWN', `参数 ${name} 不存在`, { name });
  if (def.by && key === undefined) {
    throw new RulesError('PARAMETER_KEY_REQUIRED', `参数 ${name}（${def.label}）须按 ${def.by} 取值`, {
      name,
      by: def.by,
    });
  }
  const stepKey = def.by ? key! : NO_KEY;
  const base = { name, label: def.label, unit: def.unit, ...(def.by ? { key: stepKey } : {}), date };
  const overrideName = def.by ? `${name}.${stepKey}` : name;
  const override = overrides[overrideName] ?? (def.by ? undefined : overrides[name]);
  if (override !== undefined) {
    const value = def.unit === 'date' ? String(override) : dec(override).toString();
    return {
      ...base,
      value,
      from: date,
      ref: { doc: '本次评估临时覆盖（what-if）' },
      placeholder: false,
      overridden: true,
    };
  }
  const steps = def.steps[stepKey];
  if (!steps) {
    throw new RulesError(
      'PARAMETER_UNDEFINED',
      `参数 ${name}（${def.label}）没有 ${def.by}=${stepKey} 的取值`,
      {
        name,
        key: stepKey,
        date,
      },
    );
  }
  const step = stepAt(steps, date);
  if (!step || step.value === null) {
    throw new RulesError(
      'PARAMETER_UNDEFINED',
      `参数 ${name}（${def.label}${def.by ? `，${stepKey}` : ''}）在 ${date} 没有定义`,
      { name, ...(def.by ? { key: stepKey } : {}), date },
    );
  }
  return {
    ...base,
    value: step.value,
    from: step.from,
    ref: step.ref,
    placeholder: step.placeholder,
    overridden: false,
  };
}

export interface CoverageProblem {
  name: string;
  key?: string;
  problem: 'missing' | 'starts_late' | 'gap' | 'ends_early';
  date: IsoDate;
}

/**
 * Check that each named parameter (every key of a breakdown) is defined on every day of
 * [from, to] (to = null: open-ended). Duplicate dates are rejected when the YAML is parsed.
 */
export function checkCoverage(
  tree: ParamTree,
  names: readonly string[],
  from: IsoDate,
  to: IsoDate | null,
): CoverageProblem[] {
  const problems: CoverageProblem[] = [];
  for (const name of names) {
    const def = tree[name];
    if (!def) {
      problems.push({ name, problem: 'missing', date: from });
      continue;
    }
    for (const [key, steps] of Object.entries(def.steps)) {
      const k = key === NO_KEY ? {} : { key };
      const first = stepAt(steps, from);
      if (!first || first.value === null) {
        problems.push({ name, ...k, problem: 'starts_late', date: from });
        continue;
      }
      for (const step of steps) {
        if (step.from <= from) continue;
        if (to !== null && step.from > to) break;
        if (step.value === null) {
          const resumed = steps.find((s) => s.from > step.from && s.value !== null);
          const endsWithin = to === null || !resumed || resumed.from <= to;
          problems.push({
            name,
            ...k,
            problem: resumed && endsWithin ? 'gap' : 'ends_early',
            date: step.from,
          });
          break;
        }
      }
    }
  }
  return problems;
}

/** The day before a date — handy for closing periods. */
export const dayBefore = (date: IsoDate): IsoDate => addDays(date, -1);

/** Combine parameter trees (e.g. a jurisdiction's shared file and a policy's own); a name defined twice is an error. */
export function mergeParameters(...trees: ParamTree[]): ParamTree {
  const out: Record<string, ParamDef> = {};
  for (const tree of trees) {
    for (const [name, def] of Object.entries(tree)) {
      if (out[name]) throw new RulesError('PARAMETER_INVALID', `参数 ${name} 重复定义`, { name });
      out[name] = def;
    }
  }
  return out;
}
