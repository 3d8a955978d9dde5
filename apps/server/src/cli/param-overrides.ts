import { isIsoDate } from '@minsheng/rules/engine/dates.ts';
import type { ParamTree } from '@minsheng/rules/engine/parameters.ts';

const ASSIGNMENT = /^([a-z][a-z0-9_]*)(?:\.([A-Za-z0-9_-]+))?=(.*)$/;
const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * `--param name=value` (or `name.key=value` for a parameter broken down by a key) as the engine's
 * overrides for one evaluation, checked against the policy's parameters; Chinese problems otherwise.
 */
export function parseParamOverrides(
  policy: { parameters: ParamTree; usesParameters: readonly string[] },
  assignments: readonly string[],
): { overrides: Record<string, string>; problems: string[] } {
  const overrides: Record<string, string> = {};
  const problems: string[] = [];
  for (const text of assignments) {
    const m = ASSIGNMENT.exec(text.trim());
    if (!m) {
      problems.push(`--param ${text} 应写作 参数名=数值 或 参数名.分项=数值`);
      continue;
    }
    const [, name = '', key, value = ''] = m;
    const def = policy.usesParameters.includes(name) ? policy.parameters[name] : undefined;
    if (!def) {
      problems.push(`该政策没有参数 ${name}（可用：${policy.usesParameters.join('、')}）`);
      continue;
    }
    const keys = Object.keys(def.steps);
    if (def.by && (key === undefined || !keys.includes(key))) {
      problems.push(
        `参数 ${name}（${def.label}）按 ${def.by} 分项，须写作 ${name}.<分项>=数值，分项可选：${keys.join('、')}`,
      );
      continue;
    }
    if (!def.by && key !== undefined) {
      problems.push(`参数 ${name}（${def.label}）不分项，应写作 ${name}=数值`);
      continue;
    }
    const ok = def.unit === 'date' ? isIsoDate(value) : DECIMAL.test(value);
    if (!ok) {
      problems.push(
        `参数 ${name}（${def.label}）的取值「${value}」应为${def.unit === 'date' ? ' YYYY-MM-DD 日期' : '非负数'}`,
      );
      continue;
    }
    const id = key === undefined ? name : `${name}.${key}`;
    if (id in overrides) problems.push(`参数 ${id} 重复指定`);
    overrides[id] = value;
  }
  return { overrides, problems };
}
