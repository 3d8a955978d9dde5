import type { PolicySummary as RulesPolicySummary } from '@minsheng/rules/catalogue.ts';
import { pastClaimSchema } from '@minsheng/rules/engine/constraints.ts';
import type {
  CheckResult as RulesCheckResult,
  ConditionResult as RulesConditionResult,
  EvaluationResult as RulesEvaluationResult,
  PlaceholderFigure as RulesPlaceholderFigure,
} from '@minsheng/rules/engine/evaluate.ts';
import {
  PARAM_UNITS,
  type ParamValue,
  type Reference as RulesReference,
} from '@minsheng/rules/engine/parameters.ts';
import type { TraceNode as RulesTraceNode } from '@minsheng/rules/engine/trace.ts';
import type { PolicyExample as RulesPolicyExample } from '@minsheng/rules/examples.ts';
import { z } from 'zod';

// What the policy endpoints (and the case file's frozen evaluation) answer: the rules package's
// policy summary and evaluation result, field by field. The web app's policy and evaluation types
// are generated from these (`npm run api:types`). The assertions at the end fail `tsc` when the
// rules package's types and these schemas part.

/** Where a value or a rule comes from (the rules package's Reference). */
export const Reference = z.object({
  doc: z.string(),
  document: z.string().optional(),
  number: z.string().optional(),
  clause: z.string().optional(),
  title: z.string().optional(),
  published: z.string().optional(),
  note: z.string().optional(),
});

const ParamUnit = z.enum(PARAM_UNITS);
const ApplicantKind = z.enum(['person', 'institution_on_behalf', 'institution', 'employer']);

/** A parameter value an evaluation read, with the date looked up and the reference. */
const TraceParameter = z.object({
  name: z.string(),
  label: z.string(),
  unit: ParamUnit,
  key: z.string().optional(),
  date: z.string(),
  value: z.string(),
  from: z.string(),
  ref: Reference,
  placeholder: z.boolean(),
  overridden: z.boolean(),
});

/** One rule of an evaluation's trace: what it read, noted and decided, and its sub-rules. */
const TraceNode = z
  .object({
    rule: z.string(),
    label: z.string(),
    /** input paths read by the rule and their values */
    inputs: z.record(z.string(), z.unknown()),
    parameters: z.array(TraceParameter),
    notes: z.array(z.object({ label: z.string(), value: z.union([z.string(), z.number(), z.boolean()]) })),
    value: z.union([z.string(), z.boolean()]).optional(),
    get children(): z.ZodArray<typeof TraceNode> {
      return z.array(TraceNode);
    },
  })
  .meta({ id: 'EvaluationTraceNode' }); // recursive: a named component of the OpenAPI document

const ConditionResult = z.object({
  id: z.string(),
  label: z.string(),
  clause: z.string(),
  citation: z.string(),
  status: z.enum(['pass', 'fail', 'not_applicable', 'not_evaluated']),
  /** rendered Chinese sentence */
  sentence: z.string(),
  detail: z.string().optional(),
  /** past claims this claim conflicts with */
  conflicts: z.array(pastClaimSchema).optional(),
});

/** An administered figure an evaluation read as a placeholder (as the engine records it). */
const PlaceholderFigure = z.object({ name: z.string(), key: z.string().optional(), label: z.string() });

const CheckResult = z.object({
  id: z.string(),
  label: z.string(),
  citation: z.string(),
  status: z.enum(['pending', 'confirmed', 'rejected']),
  /** the provisional-calendar check: the years whose schedule was missing */
  years: z.array(z.number().int()).optional(),
  /** the placeholder check: the administered figures still at their placeholder value */
  figures: z.array(PlaceholderFigure).optional(),
});

/** The engine's result, as computed (what a case freezes). */
const EvaluationResult = z.object({
  policyId: z.string(),
  on: z.string(),
  parameterDate: z.string(),
  eligible: z.boolean(),
  outcome: z.enum(['eligible', 'ineligible', 'needs_review']),
  conditions: z.array(ConditionResult),
  /** ids of failed conditions and rejected checks */
  failed: z.array(z.string()),
  checks: z.array(CheckResult),
  /** yuan as decimal strings with two places; empty when ineligible */
  amounts: z.record(z.string(), z.string()),
  /** the amount the decision grants (the sum of the payable lines); null when ineligible */
  payableTotal: z.string().nullable(),
  outputs: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  trace: TraceNode,
  explanation: z.string(),
  explanationLines: z.array(z.string()),
});

/**
 * A placeholder figure as a reader sees it: `presentEvaluation` adds the page where it is set
 * (policyId, path; key null without a breakdown). Typed on the server as the engine's figure, so
 * the schema admits both.
 */
const ShownFigure = PlaceholderFigure.extend({
  key: z.string().nullable().optional(),
  policyId: z.string().optional(),
  path: z.string().optional(),
});

/**
 * An evaluation as a reader sees it (`presentEvaluation`): documents named as configured, and the
 * check of unset figures linking each figure to its page.
 */
export const PresentedEvaluation = EvaluationResult.extend({
  checks: z.array(CheckResult.extend({ figures: z.array(ShownFigure).optional() })),
});

/**
 * The evaluation frozen on a case, presented. Cases frozen before the engine summed the payable
 * lines (2026-12-04) have no `payableTotal`: the JSON stored in `cases.frozen_evaluation` is never
 * migrated.
 */
export const FrozenEvaluation = PresentedEvaluation.extend({
  payableTotal: z.string().nullable().optional(),
});

/** The rules package's policy summary: metadata, input JSON Schema, conditions, checks, amounts, parameters. */
const PolicySummary = z.object({
  id: z.string(),
  /** Chinese name */
  name: z.string(),
  jurisdiction: z.object({ code: z.string(), name: z.string() }),
  /** the policy document */
  document: Reference,
  validity: z.object({ from: z.string(), to: z.string().nullable(), clause: z.string() }),
  paysMoney: z.boolean(),
  applicantKinds: z.array(ApplicantKind).readonly(),
  materials: z
    .array(
      z.object({
        applicant: ApplicantKind,
        label: z.string(),
        clause: z.string(),
        items: z.array(z.string()).readonly(),
      }),
    )
    .readonly(),
  timeLimits: z
    .array(
      z.object({
        id: z.string(),
        label: z.string(),
        unit: z.enum(['days', 'working_days', 'day_of_month']),
        amount: z.number(),
        from: z.string(),
        clause: z.string(),
        holidayPostponement: z.boolean(),
        consequence: z.string().optional(),
      }),
    )
    .readonly(),
  /** readings chosen where the text is ambiguous */
  notes: z.array(z.string()).readonly().optional(),
  /** JSON Schema (draft 2020-12) of the input a caller sends */
  inputSchema: z.record(z.string(), z.unknown()),
  conditions: z.array(z.object({ id: z.string(), label: z.string(), clause: z.string() })),
  checks: z.array(z.object({ id: z.string(), label: z.string(), clause: z.string().optional() })),
  amounts: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      kind: z.enum(['payable', 'part', 'figure']),
      clause: z.string().optional(),
    }),
  ),
  /** `unit` is a ParamUnit, which the rules package's summary types as a string */
  parameters: z.array(
    z.object({ name: z.string(), label: z.string(), unit: z.string(), by: z.string().optional() }),
  ),
});

/** A policy of the catalogue, marked with the local name of its jurisdiction (or null). */
export const PolicyItem = PolicySummary.extend({ localJurisdiction: z.string().nullable() });

const PolicyExample = z.object({
  name: z.string(),
  on: z.string(),
  input: z.unknown(),
  pastClaims: z.array(z.record(z.string(), z.unknown())),
  confirmedChecks: z.record(z.string(), z.boolean()),
});

/** One policy: its summary, the values of its parameters (YAML and administered) and worked examples. */
export const PolicyDetail = PolicyItem.extend({
  parameterValues: z.array(
    z.object({
      name: z.string(),
      label: z.string(),
      unit: ParamUnit,
      by: z.string().nullable(),
      steps: z.array(
        z.object({
          /** null when the parameter has no breakdown */
          key: z.string().nullable(),
          from: z.string(),
          /** decimal string (or ISO date for unit "date"); null ends the definition */
          value: z.string().nullable(),
          ref: Reference,
          placeholder: z.boolean(),
        }),
      ),
    }),
  ),
  examples: z.array(PolicyExample),
});

// The schemas and the rules package's types are the same shapes (readonly arrays aside; the
// catalogue's are readonly, so that its summaries are answers as they are).
type Plain<T> = T extends readonly (infer U)[]
  ? Plain<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Plain<T[K]> }
    : T;
type Same<A, B> =
  (<T>() => T extends Plain<A> ? 1 : 2) extends <T>() => T extends Plain<B> ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
export type SchemasMatchTheRules = [
  Assert<Same<z.output<typeof Reference>, RulesReference>>,
  Assert<Same<z.output<typeof TraceParameter>, ParamValue>>,
  Assert<Same<z.output<typeof TraceNode>, RulesTraceNode>>,
  Assert<Same<z.output<typeof ConditionResult>, RulesConditionResult>>,
  Assert<Same<z.output<typeof PlaceholderFigure>, RulesPlaceholderFigure>>,
  Assert<Same<z.output<typeof CheckResult>, RulesCheckResult>>,
  Assert<Same<z.output<typeof EvaluationResult>, RulesEvaluationResult>>,
  Assert<Same<z.output<typeof PolicySummary>, RulesPolicySummary>>,
  Assert<Same<z.output<typeof PolicyExample>, RulesPolicyExample>>,
];
