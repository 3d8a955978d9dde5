import { z } from 'zod';
import { addYears, type IsoDate, isIsoDate } from './dates.ts';
import { type Dec, dec, sum } from './money.ts';

const isoDate = z.string().refine(isIsoDate, '须为 YYYY-MM-DD 日期');

/** A past claim of a person (or unit), as recorded by the case system. */
export const pastClaimSchema = z.object({
  /** case or payment id, named when a constraint conflicts with this claim */
  id: z.string().min(1),
  policyId: z.string().min(1),
  /** level / category the claim was for, e.g. "level_2" */
  category: z.string().optional(),
  /** a part of a policy claimed separately, e.g. training / appraisal */
  part: z.string().optional(),
  decidedOn: isoDate,
  status: z.enum(['approved', 'paid', 'pending', 'rejected']).default('approved'),
  amount: z
    .string()
    .regex(/^\d+(\.\d+)?$/)
    .optional(),
  periodFrom: isoDate.optional(),
  periodTo: isoDate.optional(),
});
export type PastClaim = z.output<typeof pastClaimSchema>;
export type PastClaimInput = z.input<typeof pastClaimSchema>;

export interface ConstraintResult {
  ok: boolean;
  /** the claim(s) the new claim conflicts with */
  conflicts: PastClaim[];
  detail?: string;
}

/** Claims that count against a constraint: same policy, not rejected. */
export function countingClaims(claims: readonly PastClaim[], policyId: string): PastClaim[] {
  return claims.filter((c) => c.policyId === policyId && c.status !== 'rejected');
}

/** "Each level once per person": any counting claim with the same category (and part, if given) conflicts. */
export function oncePerCategory(
  claims: readonly PastClaim[],
  policyId: string,
  category: string,
  parts?: readonly string[],
): ConstraintResult {
  const conflicts = countingClaims(claims, policyId).filter(
    (c) => c.category === category && (parts === undefined || c.part === undefined || parts.includes(c.part)),
  );
  return { ok: conflicts.length === 0, conflicts };
}

/** Benefit years a period covers: the smallest n with from + n years > to (a 12-month period is 1 year). */
export function periodYears(from: IsoDate, to: IsoDate): number {
  let n = 1;
  while (addYears(from, n) <= to) n += 1;
  return n;
}

const claimYears = (c: PastClaim): number =>
  c.periodFrom !== undefined && c.periodTo !== undefined ? periodYears(c.periodFrom, c.periodTo) : 1;

/**
 * "At most N years": the benefit years of counting claims (their period, or one year when a claim has
 * no period) plus the years of the new period must not exceed `maxYears`.
 */
export function atMostYears(
  claims: readonly PastClaim[],
  policyId: string,
  maxYears: number,
  newPeriod: { from: IsoDate; to: IsoDate },
): ConstraintResult {
  const counting = countingClaims(claims, policyId);
  const before = counting.reduce((n, c) => n + claimYears(c), 0);
  const after = before + periodYears(newPeriod.from, newPeriod.to);
  const ok = after <= maxYears;
  return {
    ok,
    conflicts: ok ? [] : counting,
    detail: `已享受 ${before} 年，本次后共 ${after} 年，上限 ${maxYears} 年`,
  };
}

/** Yearly cap: amounts of counting claims decided in `year` plus the new amount must not exceed `cap`. */
export function yearlyCap(
  claims: readonly PastClaim[],
  policyId: string,
  year: number,
  cap: string,
  newAmount: string,
): ConstraintResult & { used: Dec; remaining: Dec } {
  const inYear = countingClaims(claims, policyId).filter((c) => Number(c.decidedOn.slice(0, 4)) === year);
  const used = sum(inYear.map((c) => c.amount ?? '0'));
  const remaining = dec(cap).minus(used);
  const ok = used.plus(dec(newAmount)).lte(dec(cap));
  return { ok, conflicts: ok ? [] : inYear, used, remaining: remaining.isNegative() ? dec(0) : remaining };
}

/**
 * Chinese sentence naming conflicting claims, for explanations: each earlier case by its number and
 * date, with the part it paid when the policy names that part (`amountLabel`). Claim categories are
 * keys (`level_3`, `year_2025`), not words, so the condition's own sentence says what is repeated.
 */
export function describeConflicts(
  conflicts: readonly PastClaim[],
  amountLabel: (id: string) => string | undefined = () => undefined,
): string {
  return conflicts
    .map((c) => {
      const part = c.part ? amountLabel(c.part) : undefined;
      return `${c.id}（${c.decidedOn}${part ? `，${part}` : ''}）`;
    })
    .join('、');
}

/**
 * Claim keys for a period paid by the month ("month:2026-04" …): granting months records each one,
 * so the same month is never granted twice to the same beneficiary, whichever case claims it.
 */
export function monthClaimKeys(fromMonth: string, toMonth: string): string[] {
  const index = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
  const keys: string[] = [];
  for (let i = index(fromMonth); i <= index(toMonth); i++)
    keys.push(`month:${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  return keys;
}
