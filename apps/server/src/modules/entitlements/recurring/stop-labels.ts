import { type StopCode, stopCodeLabels } from '@minsheng/rules/entitlements/stop-events.ts';

/** The rule's refusal of a period (its policy condition failed), beside the registry's stop events. */
export const RULE_REFUSED = 'rule_refused';
/** The entitlement's end month has passed. */
export const END_MONTH_PASSED = 'end_month';

/** The stop code in Chinese (null when none). */
export function stopCodeLabel(code: string | null): string | null {
  if (code === null) return null;
  if (code === RULE_REFUSED) return '不再符合政策条件';
  if (code === END_MONTH_PASSED) return '待遇期满';
  return stopCodeLabels[code as StopCode] ?? code;
}
