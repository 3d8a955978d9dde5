import { catalogue } from './catalogue.ts';
import { loadScenarios } from './engine/scenario.ts';

export interface PolicyExample {
  name: string;
  on: string;
  input: unknown;
  pastClaims: Record<string, unknown>[];
  confirmedChecks: Record<string, boolean>;
}

/**
 * Worked examples of a policy, taken from its tests.yaml scenarios (those without parameter
 * overrides or expected errors): the what-if form's starting points and test fixtures elsewhere,
 * so every example shown to a user is one the test suite checks.
 */
export function policyExamples(policyId: string): PolicyExample[] {
  const entry = catalogue.find((e) => e.policy.id === policyId);
  if (!entry) return [];
  return loadScenarios(new URL('tests.yaml', entry.dir))
    .filter((s) => Object.keys(s.overrides).length === 0 && !s.expected.error)
    .map(({ name, on, input, pastClaims, confirmedChecks }) => ({
      name,
      on,
      input,
      pastClaims,
      confirmedChecks,
    }));
}
