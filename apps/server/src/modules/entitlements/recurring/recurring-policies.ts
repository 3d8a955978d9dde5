import type { EntitlementPeriodKind } from '../entitlements.schema.ts';

/**
 * The policies whose approval grants a benefit paid period after period (定期待遇), and how: the
 * period kinds they pay in, whether the holder is on a registered public-welfare post (the post's
 * employer applies and is paid, 三(三)2), or applies herself (灵活就业社会保险补贴, 三(三)4).
 */
export interface RecurringPolicy {
  policyId: string;
  periodKinds: readonly EntitlementPeriodKind[];
  /** who files each period's claim: the post's employer, or the holder herself */
  applicant: 'post_employer' | 'person';
}

export const recurringPolicies: readonly RecurringPolicy[] = [
  { policyId: 'county-city.public-welfare-post', periodKinds: ['monthly'], applicant: 'post_employer' },
  { policyId: 'county-city.flexible-employment', periodKinds: ['monthly', 'quarterly'], applicant: 'person' },
];

export const recurringPolicy = (policyId: string): RecurringPolicy | undefined =>
  recurringPolicies.find((p) => p.policyId === policyId);

export const recurringPolicyIds = recurringPolicies.map((p) => p.policyId);
