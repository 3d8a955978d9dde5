import { getPolicy } from '@minsheng/rules/catalogue.ts';
import { claimKeysOf } from '@minsheng/rules/engine/claims.ts';
import type { PastClaimInput } from '@minsheng/rules/engine/constraints.ts';
import { yuanToFen } from '@minsheng/rules/engine/money.ts';

/**
 * Once-only benefits: an approval records the claim keys its policy declares (`claimKeys` in the
 * rules package) in `benefit_claims`, whose unique index refuses a second approval of the same key
 * for the same beneficiary. Keys follow the categories the policies' conditions read (`category` or
 * `category:part`), so recorded claims feed back into the rules as past claims.
 */
export function claimKeys(policyId: string, input: Record<string, unknown>, amounts: Record<string, string>) {
  const policy = getPolicy(policyId);
  return policy ? claimKeysOf(policy, input, amounts) : [];
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
    return overridden || yuan === undefined ? null : yuanToFen(yuan);
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
