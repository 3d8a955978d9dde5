import type { IsoDate } from '../engine/dates.ts';
import type { FactKey } from '../engine/facts.ts';
import type { AnyPolicy } from '../engine/policy.ts';
import type {
  FactColumns,
  FactRow,
  LeadExplanation,
  ScreeningProfile,
  ScreenOptions,
  ScreenResult,
} from './screening.ts';

/** Every policy with a screening profile, with its profile. (stub: the lead fills it in) */
export const screeningProfiles: readonly ScreeningProfile[] = [];

/** The policies with a profile that are in force on `on`. */
export function screenablePolicies(_on: IsoDate): { policy: AnyPolicy; profile: ScreeningProfile }[] {
  throw new Error('not implemented');
}

/** The registry facts the policy's input names (what the server must load for it). */
export function profileFactKeys(_policy: AnyPolicy): FactKey[] {
  throw new Error('not implemented');
}

/** Screens every row of `facts` on the compiled batch path: no trace, no sentences. */
export function screenColumns(
  _policy: AnyPolicy,
  _profile: ScreeningProfile,
  _facts: FactColumns,
  _on: IsoDate,
  _options?: ScreenOptions,
): ScreenResult {
  throw new Error('not implemented');
}

/** One row's full explanation (evaluate()), the reason a lead rests on and what must be verified. */
export function explainLead(
  _policy: AnyPolicy,
  _profile: ScreeningProfile,
  _facts: FactRow,
  _on: IsoDate,
  _options?: ScreenOptions,
): LeadExplanation {
  throw new Error('not implemented');
}
