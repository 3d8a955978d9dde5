import type { PastClaimInput } from '@minsheng/rules/engine/constraints.ts';
import { toFen } from './cases-finance.rules.ts';

/**
 * Once-only benefits: the claim keys an approval records in `benefit_claims`, whose unique index
 * refuses a second approval of the same key for the same beneficiary. Keys follow the categories
 * the policies' once-only conditions read (`category` or `category:part`), so recorded claims feed
 * back into the rules as past claims.
 */
type KeyRule = (input: Record<string, unknown>, amounts: Record<string, string>) => string[];

const rules: Record<string, KeyRule> = {
  // 每个等级每人只能享受一次, the training and appraisal parts separately (policy notes); a
  // certificate not obtained through training carries the appraisal part only (第三条).
  'zhuhai.high-skill-subsidy': (input) => {
    const cert = input.certificate as { level?: number; obtainedBy?: string } | undefined;
    if (cert?.level === undefined) return [];
    const part = String(input.part ?? 'both');
    const parts = part === 'both' ? ['training', 'appraisal'] : [part];
    const claimable = cert.obtainedBy === 'training' ? parts : parts.filter((p) => p === 'appraisal');
    return claimable.map((p) => `level_${cert.level}:${p}`);
  },
  'county-city.training-subsidy': (input) =>
    ['entrepreneurship', 'skills', 'migrant_certificate'].includes(String(input.kind))
      ? [String(input.kind)]
      : [],
  'county-city.start-up-subsidy': (_input, amounts) =>
    Number(amounts.start_up_subsidy ?? 0) > 0 ? ['start_up'] : [],
  'county-city.employer-hiring': () => ['new_post_reward'],
  'county-city.local-hiring-reward': (input) => (input.year === undefined ? [] : [String(input.year)]),
  'county-city.credit-community': (input) => (input.year === undefined ? [] : [`year_${input.year}`]),
};

export function claimKeys(policyId: string, input: Record<string, unknown>, amounts: Record<string, string>) {
  return rules[policyId]?.(input, amounts) ?? [];
}

/**
 * The amount (fen) each claim key records, so that claims add up to what was paid. A lone key
 * records the whole approved amount; keys naming a part of the rule's amounts (Zhuhai
 * `level_3:training`, `level_3:appraisal`) record that part. After an override the parts are no
 * longer known, so several keys record none: the case holds the amount.
 */
export function claimAmountsFen(
  keys: readonly string[],
  ruleAmounts: Readonly<Record<string, string>>,
  approvedFen: number,
  overridden: boolean,
): (number | null)[] {
  if (keys.length === 1) return [approvedFen];
  return keys.map((key) => {
    const part = key.split(':')[1];
    const yuan = part === undefined ? undefined : ruleAmounts[part];
    return overridden || yuan === undefined ? null : toFen(yuan);
  });
}

export const beneficiaryKey = (c: {
  personId: string | null;
  employerId: string | null;
  applicantOrgId: number | null;
}): string | null => {
  if (c.personId) return `person:${c.personId}`;
  if (c.employerId) return `employer:${c.employerId}`;
  return c.applicantOrgId === null ? null : `org:${c.applicantOrgId}`;
};

/** A recorded claim as the rules' past claim (named by its case number when it conflicts). */
export function asPastClaim(
  claim: { claimKey: string; policyId: string; claimedOn: string },
  caseNumber: string,
) {
  const [category, part] = claim.claimKey.split(':');
  return {
    id: caseNumber,
    policyId: claim.policyId,
    category,
    ...(part ? { part } : {}),
    decidedOn: claim.claimedOn,
    status: 'approved',
  } satisfies PastClaimInput;
}
