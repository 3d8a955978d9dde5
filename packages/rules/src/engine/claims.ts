import { parseInput } from './evaluate.ts';
import type { PolicyDefinition } from './policy.ts';

/**
 * The claim keys granting `input` records (the policy's own `claimKeys`), for the case system to
 * store with the approval so that later claims of the same beneficiary conflict with it.
 */
export function claimKeysOf<I>(
  policy: PolicyDefinition<I>,
  input: unknown,
  amounts: Readonly<Record<string, string>>,
): string[] {
  if (!policy.claimKeys) return [];
  return [...policy.claimKeys(parseInput(policy, input), amounts)];
}
