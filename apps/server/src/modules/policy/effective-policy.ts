import { getPolicy } from '@minsheng/rules/catalogue.ts';
import { type AdministeredValue, withAdministeredValues } from '@minsheng/rules/engine/administered.ts';
import { isRulesError } from '@minsheng/rules/engine/errors.ts';
import { NO_KEY } from '@minsheng/rules/engine/parameters.ts';
import type { AnyPolicy } from '@minsheng/rules/engine/policy.ts';
import type { Executor } from '../../db/client.ts';
import { DomainError, notFound } from '../../platform/errors.ts';
import { createPolicyValuesRepo, type ParameterValueRow } from './policy-values.repo.ts';

/** Rule-engine errors are the caller's bad input (or a parameter nobody set): 422 with the engine's Chinese message. */
export function asDomainError(err: unknown): never {
  if (isRulesError(err))
    throw new DomainError('VALIDATION_FAILED', err.message, {
      rulesCode: err.code,
      ...(err.details as object),
    });
  throw err;
}

export const policyOr404 = (id: string): AnyPolicy => {
  const policy = getPolicy(id);
  if (!policy) throw notFound('政策');
  return policy;
};

export const asAdministered = (r: ParameterValueRow): AdministeredValue => ({
  name: r.name,
  key: r.key === NO_KEY ? undefined : r.key,
  from: r.effectiveFrom,
  value: r.value,
  ref: { doc: r.refDoc, ...(r.refClause ? { clause: r.refClause } : {}), note: '管理员设置' },
});

/** The figures administrators have set for a policy (what `effectivePolicy` layers over its YAML). */
export const administeredValues = async (db: Executor, id: string): Promise<AdministeredValue[]> =>
  (await createPolicyValuesRepo(db).ofPolicy(id)).map(asAdministered);

/** The policy as it applies here: its YAML plus whatever administrators have set. */
export async function effectivePolicy(db: Executor, id: string): Promise<AnyPolicy> {
  const policy = policyOr404(id);
  try {
    return withAdministeredValues(policy, await administeredValues(db, id));
  } catch (err) {
    return asDomainError(err);
  }
}
