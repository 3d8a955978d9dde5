import type { IsoDate } from './dates.ts';
import { RulesError } from './errors.ts';
import { dec } from './money.ts';
import { NO_KEY, type ParamStep, type ParamTree, type Reference } from './parameters.ts';
import type { PolicyDefinition } from './policy.ts';

/**
 * A value an administrator set for a parameter the seed leaves to local government (the city's
 * average wage, the minimum monthly wage…), dated and cited like any other.
 */
export interface AdministeredValue {
  name: string;
  /** breakdown key for parameters with `by`; omitted otherwise */
  key?: string | undefined;
  from: IsoDate;
  value: string;
  ref: Reference;
}

/**
 * The policy with administered values layered over its YAML parameters: each value becomes a step
 * from its date on (replacing a YAML step of the same date, placeholders included), so a
 * placeholder stops forcing a review exactly from the date an administrator set the real figure.
 * Pure: the original policy and its tree are not touched.
 */
export function withAdministeredValues<I>(
  policy: PolicyDefinition<I>,
  values: readonly AdministeredValue[],
): PolicyDefinition<I> {
  if (values.length === 0) return policy;
  const tree: Record<string, (typeof policy.parameters)[string]> = { ...policy.parameters };
  for (const v of values) {
    const def = tree[v.name];
    if (!def) throw new RulesError('PARAMETER_UNKNOWN', `参数 ${v.name} 不存在`, { name: v.name });
    const key = def.by ? v.key : NO_KEY;
    if (key === undefined || (def.by && !def.steps[key])) {
      throw new RulesError(
        'PARAMETER_KEY_REQUIRED',
        `参数 ${v.name}（${def.label}）须指定有效的 ${def.by} 取值`,
        {
          name: v.name,
          key: v.key,
        },
      );
    }
    const value = def.unit === 'date' ? v.value : dec(v.value).toString();
    const step: ParamStep = { from: v.from, value, ref: v.ref, placeholder: false };
    const steps = [...(def.steps[key] ?? []).filter((s) => s.from !== v.from), step].sort((a, b) =>
      a.from < b.from ? -1 : a.from > b.from ? 1 : 0,
    );
    tree[v.name] = { ...def, steps: { ...def.steps, [key]: steps } };
  }
  return { ...policy, parameters: tree as ParamTree };
}
