import type { PastClaimInput } from '../engine/constraints.ts';
import type { IsoDate } from '../engine/dates.ts';
import type { EvaluateOptions, EvaluationResult } from '../engine/evaluate.ts';
import type { FactKey } from '../engine/facts.ts';
import type { AnyPolicy } from '../engine/policy.ts';

/**
 * 政策找人: how a policy is screened over the registry. The registry fills every field that names a
 * fact; the profile assumes what only the applicant can say (`declared`) and sets what follows from the
 * screening date (`dated`, e.g. the claimed month = this month). A lead means "the registry does not
 * rule it out": no condition fails, and the conditions that read registry facts only are its reason.
 */
export interface ScreeningProfile {
  policyId: string;
  /** 'person': one row per person; 'certificate': one row per qualification certificate held */
  subject: 'person' | 'certificate';
  /** fields only the applicant can declare or prove, by dotted input path → the value assumed */
  declared(on: IsoDate): Readonly<Record<string, unknown>>;
  /** fields that follow from the screening date, by dotted input path → their value on `on` */
  dated?(on: IsoDate): Readonly<Record<string, unknown>>;
  /** fact-backed fields the registry may not know, by dotted input path → the value assumed then */
  whenUnknown?: Readonly<Record<string, unknown>>;
  /**
   * per assumed input path, the other values the registry cannot rule out: a condition read through
   * the assumption is marked as resting on it only when one of them would decide the lead
   * differently (without them, always). The field is listed to verify either way.
   */
  alsoPossible?: Readonly<Record<string, readonly unknown[]>>;
  /** why these assumptions, in Chinese (shown with every lead of the policy) */
  basis: string;
  /** what the estimated amount covers, in Chinese (shown with it: one month of a monthly benefit) */
  amountBasis: string;
}

/** Registry facts per row (undefined: the registry cannot say), as the server's fact providers give them. */
export type FactColumns = Readonly<Partial<Record<FactKey, readonly unknown[]>>>;
export type FactRow = Readonly<Partial<Record<FactKey, unknown>>>;

export interface ScreenOptions extends Pick<EvaluateOptions, 'overrides' | 'calendar'> {
  /** past claims per row (the claims ledger), for once-only and overlapping-period conditions */
  pastClaims?: readonly (readonly PastClaimInput[] | undefined)[];
}

export interface ScreenResult {
  size: number;
  /** 1: a lead (no condition on registry facts fails) */
  lead: Uint8Array;
  /** payable integer fen under the assumptions; NaN when not a lead or the policy pays none */
  payableFen: Float64Array;
}

export interface LeadExplanation {
  /** the policy's full evaluation of the screening input */
  evaluation: EvaluationResult;
  /** the passed conditions that rest on registry facts only, in Chinese, joined by '；' */
  reason: string;
  /** titles of the fields assumed for this row (declared, or unknown to the registry) */
  toVerify: string[];
  /** ids of the conditions that read an assumed field: they pass only on the applicant's word */
  assumedConditions: string[];
}

export type { AnyPolicy };
