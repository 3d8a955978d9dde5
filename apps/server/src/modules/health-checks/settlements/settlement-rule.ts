import { addMonths } from '@minsheng/rules/engine/dates.ts';
import { lookup } from '@minsheng/rules/engine/parameters.ts';
import type { PolicyService } from '../../policy/policy.service.ts';

/** The catalogue policy (and case type) that settles a hospital's fees: 000 第四篇 第二十条. */
export const HEALTH_CHECK_SETTLEMENT = 'dezhou.health-check-settlement';

/**
 * 第十八条: the day by which an examination's archive must be back with the employer or employee —
 * the rule's `archive_return_day` (20) of the month after the examination, as the bureau has set it.
 */
export async function archiveDueOn(policies: Pick<PolicyService, 'effectivePolicy'>, examinedOn: string) {
  const policy = await policies.effectivePolicy(HEALTH_CHECK_SETTLEMENT);
  const day = Number(lookup(policy.parameters, 'archive_return_day', examinedOn).value);
  return `${addMonths(examinedOn, 1).slice(0, 8)}${String(day).padStart(2, '0')}`;
}
