import { z } from 'zod';
import { type WorkCalendar, workCalendar } from './calendar.ts';
import { describeConflicts, type PastClaim, type PastClaimInput, pastClaimSchema } from './constraints.ts';
import type { IsoDate } from './dates.ts';
import { RulesError } from './errors.ts';
import { describeInputIssues, type InputField, inputFields, inputJsonSchema } from './input-fields.ts';
import { D, money, sum } from './money.ts';
import { lookup, type ParamOverrides, type ParamValue } from './parameters.ts';
import {
  type AmountDef,
  citation,
  type OutputValue,
  type PolicyDefinition,
  type RuleContext,
} from './policy.ts';
import { type TraceNode, traceNode, trackInput } from './trace.ts';

export interface EvaluateOptions {
  /** evaluation date: the application / decision date */
  on: IsoDate;
  overrides?: ParamOverrides;
  pastClaims?: readonly PastClaimInput[];
  /** reviewer decisions on human checks: id → confirmed (true) / rejected (false) */
  confirmedChecks?: Readonly<Record<string, boolean>>;
  calendar?: WorkCalendar;
}

export type Outcome = 'eligible' | 'ineligible' | 'needs_review';

export interface ConditionResult {
  id: string;
  label: string;
  clause: string;
  citation: string;
  /** not_evaluated: an earlier condition failed and this one could not be decided (e.g. no parameter value) */
  status: 'pass' | 'fail' | 'not_applicable' | 'not_evaluated';
  /** rendered Chinese sentence */
  sentence: string;
  detail?: string;
  /** past claims this claim conflicts with */
  conflicts?: PastClaim[];
}

export interface CheckResult {
  id: string;
  label: string;
  citation: string;
  status: 'pending' | 'confirmed' | 'rejected';
  /** the provisional-calendar check: the years whose schedule was missing */
  years?: number[];
  /** the placeholder check: the administered figures still at their placeholder value */
  figures?: PlaceholderFigure[];
}

/** An administered figure (上年度职工平均工资, 最低工资标准…) an evaluation read as a placeholder. */
export interface PlaceholderFigure {
  name: string;
  /** breakdown key for parameters with `by` */
  key?: string;
  label: string;
}

export interface EvaluationResult {
  policyId: string;
  on: IsoDate;
  parameterDate: IsoDate;
  eligible: boolean;
  outcome: Outcome;
  conditions: ConditionResult[];
  /** ids of failed conditions and rejected checks */
  failed: string[];
  checks: CheckResult[];
  /** decimal strings with two places; empty when ineligible */
  amounts: Record<string, string>;
  /**
   * The amount the decision grants: the exact sum of the policy's `payable` lines (two decimals);
   * null when ineligible. What a case approves, plans and pays.
   */
  payableTotal: string | null;
  outputs: Record<string, OutputValue>;
  trace: TraceNode;
  explanation: string;
  explanationLines: string[];
}

export const PLACEHOLDER_CHECK = 'placeholder_parameters';

/**
 * The reviewer check of unset administered figures: 「上年度本市职工年平均工资」尚未设置：须由…设置后
 * 重新核验. `who` names who may set them and where (the server knows its roles and pages).
 */
export function placeholderCheckLabel(
  figures: readonly { label: string }[],
  who = '须由管理员设置实际数值后重新核验',
): string {
  return `${[...new Set(figures.map((f) => `「${f.label}」`))].join('、')}尚未设置：${who}`;
}
export const PROVISIONAL_CALENDAR_CHECK = 'provisional_calendar';
export const IN_FORCE_CONDITION = 'policy_in_force';

// Input errors reach case officers and citizens: zod's generic messages in Chinese, whoever calls.
const zhCN = z.locales.zhCN();

const fieldsOf = new WeakMap<object, InputField[]>();
/** The form fields of a policy's input (titles, facts), computed once per policy. */
export function policyInputFields(policy: { input: z.ZodType }): InputField[] {
  let fields = fieldsOf.get(policy.input);
  if (!fields) {
    fields = inputFields(inputJsonSchema(policy.input));
    fieldsOf.set(policy.input, fields);
  }
  return fields;
}

/**
 * The policy's input parsed by its schema; otherwise POLICY_INPUT_INVALID with one Chinese sentence
 * per problem naming the form's field (「出生日期」未填写), for case officers and citizens alike.
 */
export function parseInput<I>(policy: PolicyDefinition<I>, input: unknown): I {
  const parsed = policy.input.safeParse(input, { error: zhCN.localeError, reportInput: true });
  if (!parsed.success) {
    const issues = describeInputIssues(policyInputFields(policy), parsed.error.issues);
    throw new RulesError(
      'POLICY_INPUT_INVALID',
      `${policy.name}的申请数据有误：${issues.map((i) => i.message).join('；')}`,
      {
        policyId: policy.id,
        issues,
      },
    );
  }
  return parsed.data;
}

/** The exact sum of the payable lines among `amounts` (two decimals). */
export function payableSum(
  policy: { amounts: readonly AmountDef<never>[] },
  amounts: Record<string, string>,
) {
  const lines = policy.amounts.filter((a) => a.kind === 'payable').map((a) => amounts[a.id] ?? '0');
  return sum(lines).toFixed(2);
}

export function evaluate<I>(
  policy: PolicyDefinition<I>,
  rawInput: unknown,
  options: EvaluateOptions,
): EvaluationResult {
  const { on } = options;
  const input = parseInput(policy, rawInput);
  const pastClaims = (options.pastClaims ?? []).map((c, i) => {
    const parsed = pastClaimSchema.safeParse(c);
    if (!parsed.success) {
      throw new RulesError(
        'PAST_CLAIM_INVALID',
        `第${i + 1}条历史申领记录格式错误：${parsed.error.issues[0]?.message ?? ''}`,
        {
          index: i,
        },
      );
    }
    return parsed.data;
  });
  // A deadline in a year whose holiday schedule is not yet in the data is computed on weekends
  // alone and flagged for a reviewer (below), rather than failing the whole evaluation.
  const missingYears = new Set<number>();
  const calendar = (options.calendar ?? workCalendar).withMissingYearsAs((year) => missingYears.add(year));
  const overrides = options.overrides ?? {};
  const paramDate = policy.parameterDate(input, on);
  const root = traceNode(policy.id, policy.name);
  const used: ParamValue[] = [];
  const declared = new Set(policy.usesParameters);

  const contextFor = (node: TraceNode): RuleContext<I> => {
    const get = (name: string, date: IsoDate, key?: string): ParamValue => {
      if (!declared.has(name)) {
        throw new RulesError(
          'PARAMETER_UNDECLARED',
          `${policy.id} 使用了未在 usesParameters 中声明的参数 ${name}`,
          {
            name,
          },
        );
      }
      const value = lookup(policy.parameters, name, date, key, overrides);
      node.parameters.push(value);
      used.push(value);
      return value;
    };
    return {
      input: trackInput(input, () => node.inputs),
      on,
      paramDate,
      pastClaims,
      calendar,
      param: (name, key) => new D(get(name, paramDate, key).value),
      paramOn: (name, date, key) => new D(get(name, date, key).value),
      paramDateValue: (name, key) => get(name, paramDate, key).value,
      note: (label, value) => {
        node.notes.push({ label, value });
      },
    };
  };

  const conditions: ConditionResult[] = [];
  const conditionsNode = traceNode('conditions', '条件');
  root.children.push(conditionsNode);

  const inForce = on >= policy.validity.from && (policy.validity.to === null || on <= policy.validity.to);
  const validityText = `${policy.validity.from} 至 ${policy.validity.to ?? '今'}`;
  conditions.push({
    id: IN_FORCE_CONDITION,
    label: '政策有效期',
    clause: policy.validity.clause,
    citation: citation(policy, policy.validity.clause),
    status: inForce ? 'pass' : 'fail',
    sentence: inForce
      ? `${on} 在政策有效期（${validityText}）内`
      : `${on} 不在政策有效期（${validityText}）内`,
  });

  for (const def of policy.conditions) {
    const node = traceNode(def.id, def.label);
    conditionsNode.children.push(node);
    const ctx = contextFor(node);
    const base = { id: def.id, label: def.label, clause: def.clause, citation: citation(policy, def.clause) };
    if (def.applies && !def.applies(ctx)) {
      node.value = 'not_applicable';
      conditions.push({ ...base, status: 'not_applicable', sentence: `不适用：${def.label}` });
      continue;
    }
    let raw: ReturnType<typeof def.test>;
    try {
      raw = def.test(ctx);
    } catch (error) {
      // Only when an earlier condition already failed: the claim is refused either way.
      if (!(error instanceof RulesError) || !conditions.some((c) => c.status === 'fail')) throw error;
      node.value = 'not_evaluated';
      conditions.push({
        ...base,
        status: 'not_evaluated',
        sentence: `未判定：${def.label}`,
        detail: error.message,
      });
      continue;
    }
    const outcome = typeof raw === 'boolean' ? { ok: raw } : raw;
    node.value = outcome.ok;
    const conflicts = outcome.conflicts && outcome.conflicts.length > 0 ? [...outcome.conflicts] : undefined;
    let detail = outcome.detail;
    if (conflicts)
      detail = `${detail ? `${detail}；` : ''}与已有申领 ${describeConflicts(conflicts, (id) => policy.amounts.find((a) => a.id === id)?.label)}冲突`;
    conditions.push({
      ...base,
      status: outcome.ok ? 'pass' : 'fail',
      sentence: outcome.ok ? def.pass : def.fail,
      ...(detail ? { detail } : {}),
      ...(conflicts ? { conflicts } : {}),
    });
  }

  const anyFailed = conditions.some((c) => c.status === 'fail');
  const amounts: Record<string, string> = {};
  let outputs: Record<string, OutputValue> = {};
  if (!anyFailed) {
    const amountsNode = traceNode('amounts', '金额');
    root.children.push(amountsNode);
    for (const def of policy.amounts) {
      const node = traceNode(def.id, def.label);
      amountsNode.children.push(node);
      const value = money(def.compute(contextFor(node)), policy.rounding);
      node.value = value;
      amounts[def.id] = value;
    }
    if (policy.outputs) {
      const node = traceNode('outputs', '其他结果');
      root.children.push(node);
      outputs = policy.outputs(contextFor(node));
    }
  }

  const confirmed = options.confirmedChecks ?? {};
  const checks: CheckResult[] = [];
  const checksNode = traceNode('checks', '人工审核事项');
  for (const def of policy.checks) {
    if (def.applies && !def.applies(contextFor(checksNode))) continue;
    const decision = confirmed[def.id];
    checks.push({
      id: def.id,
      label: def.label,
      citation: citation(policy, def.clause),
      status: decision === undefined ? 'pending' : decision ? 'confirmed' : 'rejected',
    });
  }
  const placeholders = [
    ...new Map(used.filter((p) => p.placeholder).map((p) => [`${p.name}.${p.key ?? ''}`, p])).values(),
  ];
  if (placeholders.length > 0) {
    // A placeholder value can never be confirmed away: the administrator must set the real value.
    const figures = placeholders.map((p) => ({
      name: p.name,
      ...(p.key === undefined ? {} : { key: p.key }),
      label: p.label,
    }));
    checks.push({
      id: PLACEHOLDER_CHECK,
      label: placeholderCheckLabel(figures),
      citation: [...new Set(placeholders.map((p) => p.ref.doc))].join('、'),
      status: 'pending',
      figures,
    });
  }
  if (missingYears.size > 0) {
    const years = [...missingYears].sort((a, b) => a - b);
    const decision = confirmed[PROVISIONAL_CALENDAR_CHECK];
    checks.push({
      id: PROVISIONAL_CALENDAR_CHECK,
      label: `工作日历尚未录入 ${years.join('、')} 年法定节假日安排，期限暂按双休日推算，须对照国务院办公厅节假日安排通知核对`,
      citation: '国务院办公厅关于部分节假日安排的通知；节假日顺延',
      status: decision === undefined ? 'pending' : decision ? 'confirmed' : 'rejected',
      years,
    });
  }
  if (checksNode.parameters.length > 0 || Object.keys(checksNode.inputs).length > 0)
    root.children.push(checksNode);

  const rejected = checks.filter((c) => c.status === 'rejected');
  const outcome: EvaluationResult['outcome'] =
    anyFailed || rejected.length > 0
      ? 'ineligible'
      : checks.some((c) => c.status === 'pending')
        ? 'needs_review'
        : 'eligible';
  const failed = [
    ...conditions.filter((c) => c.status === 'fail').map((c) => c.id),
    ...rejected.map((c) => c.id),
  ];
  const finalAmounts = outcome === 'ineligible' ? {} : amounts;
  const payableTotal = outcome === 'ineligible' ? null : payableSum(policy, finalAmounts);
  root.value = outcome;

  const lines = [
    `结论：${{ eligible: '符合条件', ineligible: '不符合条件', needs_review: '待人工审核' }[outcome]}（${policy.name}）`,
    ...conditions
      .filter((c) => c.status === 'pass' || c.status === 'fail')
      .map(
        (c) =>
          `${c.status === 'pass' ? '符合' : '不符合'}：${c.sentence}${c.detail ? `（${c.detail}）` : ''}（${c.citation}）`,
      ),
    ...conditions
      .filter((c) => c.status === 'not_evaluated')
      .map((c) => `未判定：${c.label}（前述条件不符合，${c.detail ?? ''}）`),
    ...checks.map(
      (c) =>
        `${{ pending: '待审核', confirmed: '已审核确认', rejected: '审核未通过' }[c.status]}：${c.label}（${c.citation}）`,
    ),
    ...policy.amounts
      .filter((a) => finalAmounts[a.id] !== undefined)
      .map((a) => `金额：${a.label} ${finalAmounts[a.id]} 元`),
    ...(payableTotal === null ? [] : [`核定金额：${payableTotal} 元`]),
  ];

  return {
    policyId: policy.id,
    on,
    parameterDate: paramDate,
    eligible: outcome === 'eligible',
    outcome,
    conditions,
    failed,
    checks,
    amounts: finalAmounts,
    payableTotal,
    outputs,
    trace: root,
    explanation: lines.join('\n'),
    explanationLines: lines,
  };
}
