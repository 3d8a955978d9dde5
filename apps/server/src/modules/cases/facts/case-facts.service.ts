import { getPolicy } from '@minsheng/rules/catalogue.ts';
import { policyInputFields } from '@minsheng/rules/engine/evaluate.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { notFound } from '../../../platform/errors.ts';
import { createCasesRepo } from '../cases.repo.ts';
import { OVER_AGE_POLICY } from '../over-age/over-age.application.ts';
import type { CaseDeps } from '../workflow/case-transition.ts';
import { applicationProblems } from './application-check.ts';
import { assembleInput, getPath } from './case-facts.ts';
import { createCaseFactsRepo } from './facts.repo.ts';

/**
 * The application form of a case as an officer fills it: every field of the policy's input with
 * its Chinese title, what the registry knows of it today (value, source, record date), what was
 * declared, an officer's change with its reason, the value the rule will read, and what is still
 * missing or wrong — so nothing is defaulted silently and every pre-filled value shows its source.
 */
export function createCaseFactsService(deps: CaseDeps) {
  return {
    async view(actor: Actor, id: string) {
      const row = await createCasesRepo(deps.db).row(actor, id, 'case:read');
      if (!row) throw notFound('案件');
      const asOf = deps.clock.today();
      const policy = getPolicy(row.policyId);
      const problems = await applicationProblems(deps.db, row, asOf);
      // The over-age item has its own application form (over-age pages); its input is built at review.
      if (!policy || row.policyId === OVER_AGE_POLICY) return { asOf, fields: [], problems };
      const { input, facts } = await assembleInput(createCaseFactsRepo(deps.db), row, asOf);
      // array items' fields (path with '*') come too: they name the parts of a listed value
      const fields = policyInputFields(policy).map((f) => {
        const path = f.path.join('.');
        const registry = facts.get(path);
        const override = row.factOverrides[path];
        return {
          ...f,
          fact: f.fact ?? null,
          registry: registry
            ? { value: registry.value, source: registry.source, on: registry.on ?? null }
            : null,
          declared: getPath(row.application, f.path) ?? null,
          override: override
            ? { value: override.value, reason: override.reason, byName: override.byName, at: override.at }
            : null,
          value: getPath(input, f.path) ?? null,
        };
      });
      return { asOf, fields, problems };
    },
  };
}
