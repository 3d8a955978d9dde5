import type { WorkCalendar } from '../calendar.ts';
import type { PastClaim } from '../constraints.ts';
import type { IsoDate } from '../dates.ts';
import type { Memo, ParamCache } from './env.ts';

/**
 * An error raised while deciding whether a condition applies: evaluate() calls `applies` outside
 * the guard that turns a failure after an earlier failure into "not evaluated", so it always ends
 * the row with an error.
 */
export class AppliesError {
  constructor(readonly error: unknown) {}
}

/** What a policy's column kernels are bound to for one batch. */
export interface KernelEnv {
  size: number;
  on: IsoDate;
  /** reports years without a holiday schedule to the row's flags */
  calendar: WorkCalendar;
  params: ParamCache;
  /** a parsed input column by dotted path (values the schema accepted, defaults applied) */
  column<T>(path: string): readonly T[];
  /** the row's past claims, parsed */
  pastClaims(i: number): readonly PastClaim[];
  memo<T>(): Memo<T>;
}

/**
 * A condition of row `i`: true met, false not met, null not applicable. Throws the RulesError the
 * rule itself would throw (an undefined parameter), so the batch decides errors as evaluate() does.
 */
export type ConditionKernel = (i: number) => boolean | null;

export interface BoundKernels {
  /** the policy's `parameterDate` of row `i` */
  paramDate(i: number): IsoDate;
  /** one kernel per condition id of the policy */
  conditions: Readonly<Record<string, ConditionKernel>>;
  /** one per check of the policy that has `applies` */
  checks: Readonly<Record<string, (i: number) => boolean>>;
  /**
   * A key covering everything the policy's amounts and outputs read of row `i` (parameter dates
   * included): rows with the same key get the amounts computed once, by the policy's own decimal
   * formulas. Undefined: compute for this row alone.
   */
  amountKey(i: number): string | number | undefined;
  /** the parsed input of row `i`, for the policy's own amount formulas */
  input(i: number): unknown;
  /** false: the row goes to the row path (a refinement of the whole input rejects it) */
  admit?(i: number): boolean;
}

/**
 * A policy's conditions written as tight loops over columns, checked against evaluate() for every
 * row by the property test (batch/compiled.property.test.ts). `refinements` mirrors the refinements
 * of the root input object, which no single column can check.
 */
export interface PolicyKernels {
  policyId: string;
  bind(env: KernelEnv, input: (i: number) => unknown): BoundKernels;
}
