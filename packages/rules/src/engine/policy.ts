import type { z } from 'zod';
import type { WorkCalendar } from './calendar.ts';
import type { PastClaim } from './constraints.ts';
import type { IsoDate } from './dates.ts';
import { cite } from './documents.ts';
import type { Dec, RoundingMode } from './money.ts';
import type { ParamTree, Reference } from './parameters.ts';

export type ApplicantKind = 'person' | 'institution_on_behalf' | 'institution' | 'employer';

/** A time limit the case workflow must respect. */
export interface TimeLimit {
  id: string;
  label: string;
  /** calendar days (Chinese period rules), working days, or a day of the month */
  unit: 'days' | 'working_days' | 'day_of_month';
  amount: number;
  /** what the period counts from, in Chinese */
  from: string;
  clause: string;
  /** 节假日顺延 */
  holidayPostponement: boolean;
  /** what happens when it is missed, in Chinese */
  consequence?: string;
}

export interface MaterialsList {
  /** who files these materials */
  applicant: ApplicantKind;
  label: string;
  clause: string;
  items: readonly string[];
}

export interface PolicyMeta {
  id: string;
  /** Chinese name */
  name: string;
  jurisdiction: { code: string; name: string };
  /** the policy document */
  document: Reference;
  validity: { from: IsoDate; to: IsoDate | null; clause: string };
  paysMoney: boolean;
  applicantKinds: readonly ApplicantKind[];
  materials: readonly MaterialsList[];
  timeLimits: readonly TimeLimit[];
  /** readings chosen where the text is ambiguous, in Chinese or English */
  notes?: readonly string[];
}

/** What a rule sees: the (tracked) input, dates, parameters (traced), past claims and the calendar. */
export interface RuleContext<I> {
  readonly input: I;
  /** evaluation date (the application / decision date) */
  readonly on: IsoDate;
  /** the date that selects parameter values */
  readonly paramDate: IsoDate;
  readonly pastClaims: readonly PastClaim[];
  readonly calendar: WorkCalendar;
  /** numeric parameter value (yuan, rate, days …) on paramDate, recorded in the trace */
  param(name: string, key?: string): Dec;
  /** numeric parameter on another date */
  paramOn(name: string, date: IsoDate, key?: string): Dec;
  /** date-valued parameter on paramDate */
  paramDateValue(name: string, key?: string): IsoDate;
  /** record an intermediate value in the trace */
  note(label: string, value: string | number | boolean): void;
}

export interface ConditionOutcome {
  ok: boolean;
  /** extra Chinese detail appended to the sentence */
  detail?: string;
  conflicts?: readonly PastClaim[];
}

export interface ConditionDef<I> {
  id: string;
  /** clause inside the policy document, e.g. 第二条第（二）项 */
  clause: string;
  label: string;
  /** Chinese sentence when met */
  pass: string;
  /** Chinese sentence when not met */
  fail: string;
  applies?(ctx: RuleContext<I>): boolean;
  test(ctx: RuleContext<I>): boolean | ConditionOutcome;
}

/** Something the engine cannot decide; always returned to a reviewer, never silently passed. */
export interface CheckDef<I> {
  id: string;
  label: string;
  clause?: string;
  applies?(ctx: RuleContext<I>): boolean;
}

/**
 * What an amount line is to the decision, declared by the policy so no consumer has to guess:
 * - `payable`: the decision grants it. The decided amount of a case is the exact sum of its payable
 *   lines — paid out by finance when the policy pays money, otherwise billed (a back-payment the
 *   applicant pays in) or granted in kind (a relief).
 * - `part`: a component of a payable line, shown under it (其中…); never added again.
 * - `figure`: another figure the rule decides (a loan limit, a monthly rate, a loss share); not
 *   granted by this decision, never added.
 */
export type AmountKind = 'payable' | 'part' | 'figure';

export interface AmountDef<I> {
  id: string;
  label: string;
  kind: AmountKind;
  /** the clause the formula implements, when it differs by line (printed beside the amount) */
  clause?: string;
  compute(ctx: RuleContext<I>): Dec;
}

export type OutputValue = string | number | boolean | null;

export interface PolicyDefinition<I> extends PolicyMeta {
  input: z.ZodType<I>;
  parameters: ParamTree;
  /** every parameter the rules read; the coverage test checks each over the validity */
  usesParameters: readonly string[];
  parameterDate(input: I, on: IsoDate): IsoDate;
  conditions: readonly ConditionDef<I>[];
  checks: readonly CheckDef<I>[];
  amounts: readonly AmountDef<I>[];
  /** non-money results (months, dates, counts) */
  outputs?(ctx: RuleContext<I>): Record<string, OutputValue>;
  /**
   * What granting this claim records so that later claims conflict with it: keys `category` or
   * `category:part`, the categories its own once-only conditions read from past claims. Omitted when
   * a grant limits nothing later.
   */
  claimKeys?(input: I, amounts: Readonly<Record<string, string>>): readonly string[];
  rounding?: RoundingMode;
}

export type AnyPolicy = PolicyDefinition<unknown>;

/** Identity helper that infers the input type from the zod schema. */
export function definePolicy<I>(definition: PolicyDefinition<I>): PolicyDefinition<I> {
  return definition;
}

/** The policy's document and a clause of it, as cited in explanations: 《title》（文号）clause. */
export function citation(policy: PolicyMeta, clause?: string): string {
  return cite(policy.document.doc, clause);
}
