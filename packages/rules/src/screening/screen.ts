import { kernelsFor } from '../batch-kernels.ts';
import { getPolicy } from '../catalogue.ts';
import { compileBatch } from '../engine/compiled/compile.ts';
import { ERRORED } from '../engine/compiled/result.ts';
import type { IsoDate } from '../engine/dates.ts';
import { type EvaluationResult, evaluate, IN_FORCE_CONDITION } from '../engine/evaluate.ts';
import { type FactKey, isFactKey } from '../engine/facts.ts';
import { inputFields, inputJsonSchema } from '../engine/input-fields.ts';
import type { AnyPolicy } from '../engine/policy.ts';
import { screening as employmentAssistance } from '../policies/county-city/employment-assistance/screening.ts';
import { screening as zhuhaiHighSkill } from '../policies/zhuhai/high-skill-subsidy/screening.ts';
import type {
  FactColumns,
  FactRow,
  LeadExplanation,
  ScreeningProfile,
  ScreenOptions,
  ScreenResult,
} from './screening.ts';
import { screeningColumns, screeningPlan, screeningRow } from './screening-input.ts';

/** Every policy screened by 政策找人, by its profile (one per policy folder's `screening.ts`). */
export const screeningProfiles: readonly ScreeningProfile[] = [employmentAssistance, zhuhaiHighSkill];

const inForce = (policy: AnyPolicy, on: IsoDate) =>
  on >= policy.validity.from && (policy.validity.to === null || on <= policy.validity.to);

/** The policies with a profile that are in force on `on`. */
export function screenablePolicies(on: IsoDate): { policy: AnyPolicy; profile: ScreeningProfile }[] {
  return screeningProfiles.flatMap((profile) => {
    const policy = getPolicy(profile.policyId);
    return policy && inForce(policy, on) ? [{ policy, profile }] : [];
  });
}

/** The registry facts the policy's input names (what the server must load for it). */
export function profileFactKeys(policy: AnyPolicy): FactKey[] {
  const keys = inputFields(inputJsonSchema(policy.input)).flatMap((f) =>
    f.fact && isFactKey(f.fact) ? [f.fact] : [],
  );
  return [...new Set(keys)];
}

const sizeOf = (facts: FactColumns) => {
  const lengths = new Set(Object.values(facts).map((c) => c!.length));
  if (lengths.size > 1) throw new RangeError('all fact columns must have the same length');
  return lengths.size === 0 ? 0 : [...lengths][0]!;
};

/**
 * Screens every row of `facts` on the compiled batch path (no trace, no sentences): a row is a lead
 * when the policy does not refuse it — eligible, or waiting only for a reviewer's human checks.
 */
export function screenColumns(
  policy: AnyPolicy,
  profile: ScreeningProfile,
  facts: FactColumns,
  on: IsoDate,
  options: ScreenOptions = {},
): ScreenResult {
  const size = sizeOf(facts);
  const plan = screeningPlan(policy, profile, on);
  const { columns } = screeningColumns(plan, profile.whenUnknown ?? {}, facts, size, on);
  const kernels = kernelsFor(policy.id);
  const batch = compileBatch(policy, {
    on,
    ...(options.overrides ? { overrides: options.overrides } : {}),
    ...(options.calendar ? { calendar: options.calendar } : {}),
    ...(kernels ? { kernels } : {}),
  });
  const result = batch.run(
    columns,
    options.pastClaims ? { pastClaims: options.pastClaims.map((c) => c ?? []) } : {},
  );
  const lead = new Uint8Array(size);
  const payableFen = new Float64Array(size).fill(Number.NaN);
  for (let i = 0; i < size; i++) {
    const o = result.outcome[i]!;
    if (o === ERRORED || o === 1) continue;
    lead[i] = 1;
    payableFen[i] = result.payableFen[i]!;
  }
  return { size, lead, payableFen };
}

/**
 * One row's full evaluation, the reason a lead rests on (the passed conditions that read only
 * registry facts or the screening date) and what the applicant must still declare or prove.
 * Throws the engine's RulesError when the registry's facts are not a valid input (e.g. no benefit end).
 */
export function explainLead(
  policy: AnyPolicy,
  profile: ScreeningProfile,
  facts: FactRow,
  on: IsoDate,
  options: ScreenOptions = {},
): LeadExplanation {
  const plan = screeningPlan(policy, profile, on);
  const unknown = profile.whenUnknown ?? {};
  const evaluateInput = (input: Record<string, unknown>) =>
    evaluate(policy, input, {
      on,
      ...(options.overrides ? { overrides: options.overrides } : {}),
      ...(options.calendar ? { calendar: options.calendar } : {}),
      pastClaims: options.pastClaims?.[0] ?? [],
    });
  const { input, assumedPaths } = screeningRow(plan, unknown, facts, on);
  const evaluation = evaluateInput(input);
  // A condition read through an assumption every other possible value decides alike does not rest
  // on it. The field stays to verify: the application needs it whatever the lead's answer.
  const decisive = new Set(
    assumedPaths.filter(
      (path) =>
        !(path in (profile.alsoPossible ?? {})) ||
        profile.alsoPossible![path]!.some((value) => {
          const other = evaluateInput(screeningRow(plan, { ...unknown, [path]: value }, facts, on).input);
          return !sameDecision(other, evaluation);
        }),
    ),
  );
  const fromRegistry = (path: string) =>
    !decisive.has(path) &&
    [...plan.registryPaths].some((p) => p === path || p.startsWith(`${path}.`) || path.startsWith(`${p}.`));
  const nodes = evaluation.trace.children.find((n) => n.rule === 'conditions')?.children ?? [];
  const read = (id: string) => Object.keys(nodes.find((n) => n.rule === id)?.inputs ?? {});
  const reasons = evaluation.conditions.filter((c) => {
    if (c.status !== 'pass' || c.id === IN_FORCE_CONDITION) return false;
    const paths = read(c.id);
    return paths.length > 0 && paths.every(fromRegistry);
  });
  const toVerify = [...Object.keys(plan.declared), ...assumedPaths].map((p) => plan.titles.get(p) ?? p);
  return {
    evaluation,
    reason: reasons.map((c) => (c.detail ? `${c.sentence}（${c.detail}）` : c.sentence)).join('；'),
    toVerify,
    assumedConditions: evaluation.conditions
      .filter((c) => read(c.id).some((p) => !fromRegistry(p)))
      .map((c) => c.id),
  };
}

/** The same outcome, failed conditions, checks to confirm and amounts. */
const sameDecision = (a: EvaluationResult, b: EvaluationResult) => {
  const decided = (e: EvaluationResult) =>
    JSON.stringify([e.outcome, e.failed, e.checks.map((c) => c.id), e.amounts]);
  return decided(a) === decided(b);
};
