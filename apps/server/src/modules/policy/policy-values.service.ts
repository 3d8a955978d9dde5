import { catalogue } from '@minsheng/rules/catalogue.ts';
import { withAdministeredValues } from '@minsheng/rules/engine/administered.ts';
import { NO_KEY } from '@minsheng/rules/engine/parameters.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import type { Clock } from '../../platform/clock.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { createRolesRepo } from '../../platform/roles/roles.repo.ts';
import type { DeploymentService } from './deployment.service.ts';
import { asDomainError, policyOr404 } from './effective-policy.ts';
import { parameterValueViolation } from './parameter-value-rules.ts';
import { policyFigures } from './policy-figures.ts';
import { createPolicyValuesRepo, type ParameterValueKey } from './policy-values.repo.ts';

export interface SetParameterValue {
  key?: string | undefined;
  effectiveFrom: string;
  value: string;
  refDoc: string;
  refClause?: string | undefined;
}

export interface ParameterValueTarget {
  key?: string | undefined;
  effectiveFrom: string;
}

/**
 * Administered figures: the values an administrator sets for the parameters a policy leaves to local
 * government (上年度职工平均工资, 最低工资标准…), who may set them, and which are still unset.
 */
export function createPolicyValuesService(deps: { db: Db; clock: Clock; deployment: DeploymentService }) {
  const { db, clock } = deps;

  /** The parameter and its storage key, or a 404 / 422 naming what is wrong. */
  function target(id: string, name: string, key: string | undefined) {
    const policy = policyOr404(id);
    if (!policy.usesParameters.includes(name)) throw notFound('参数');
    const def = policy.parameters[name]!;
    const stored = def.by ? key : NO_KEY;
    if (!stored || !def.steps[stored]) {
      throw invalid(`「${def.label}」须指定 ${def.by} 的取值：${Object.keys(def.steps).join('、')}`, [
        { path: 'key', message: '须指定分项' },
      ]);
    }
    return { policy, def, key: stored };
  }

  const targetId = (k: ParameterValueKey, by: boolean) =>
    `${k.policyId}#${k.name}${by ? `.${k.key}` : ''}@${k.effectiveFrom}`;

  return {
    /** The names of the roles that may set figures (`policy:configure`), for messages. */
    async figureSetters(): Promise<string[]> {
      const roles = await createRolesRepo(db).list();
      return roles.filter((r) => r.permissions.includes('policy:configure')).map((r) => r.name);
    },

    /** Every administered figure of the policies in force today: unset ones first, local ones first. */
    async figures() {
      const today = clock.today();
      const [rows, local] = await Promise.all([
        createPolicyValuesRepo(db).all(),
        deps.deployment.jurisdictions(),
      ]);
      const figures = catalogue.flatMap(({ policy }) =>
        policyFigures(
          policy,
          rows.filter((r) => r.value.policyId === policy.id),
          today,
          local.has(policy.jurisdiction.code),
        ),
      );
      const rank = (f: (typeof figures)[number]) => (f.status === 'unset' ? 0 : 2) + (f.local ? 0 : 1);
      return { today, figures: figures.sort((a, b) => rank(a) - rank(b)) };
    },

    async setParameterValue(actor: Actor, id: string, name: string, v: SetParameterValue) {
      const { policy, def, key } = target(id, name, v.key);
      const wrong = parameterValueViolation(def, v.value);
      if (wrong) throw invalid(wrong, [{ path: 'value', message: wrong }]);
      try {
        withAdministeredValues(policy, [
          {
            name,
            key: def.by ? key : undefined,
            from: v.effectiveFrom,
            value: v.value,
            ref: { doc: v.refDoc },
          },
        ]);
      } catch (err) {
        asDomainError(err);
      }
      const k = { policyId: id, name, key, effectiveFrom: v.effectiveFrom };
      return db.transaction(async (tx) => {
        const repo = createPolicyValuesRepo(tx);
        const before = await repo.one(k);
        const row = {
          value: v.value,
          refDoc: v.refDoc,
          refClause: v.refClause ?? null,
          setBy: actor.userId,
          setAt: clock.now(),
        };
        if (before) await repo.update(k, row);
        else await repo.insert({ ...k, ...row });
        await recordAudit(tx, actor, {
          action: 'policy.set_parameter',
          targetType: 'policy',
          targetId: targetId(k, Boolean(def.by)),
          detail: {
            before: before ? { value: before.value, refDoc: before.refDoc } : null,
            after: { value: v.value, refDoc: v.refDoc },
          },
        });
        return { ...k, key: def.by ? key : null, value: v.value, refDoc: v.refDoc };
      });
    },

    /**
     * Withdraws an administered value set in error: the parameter falls back to what was in force
     * before (another administered value, or the YAML's value or placeholder). Audited with the value.
     */
    async withdrawParameterValue(actor: Actor, id: string, name: string, t: ParameterValueTarget) {
      const { def, key } = target(id, name, t.key);
      const k = { policyId: id, name, key, effectiveFrom: t.effectiveFrom };
      return db.transaction(async (tx) => {
        const repo = createPolicyValuesRepo(tx);
        const before = await repo.one(k);
        if (!before) throw notFound(`「${def.label}」自 ${t.effectiveFrom} 起的设置值`);
        await repo.remove(k);
        await recordAudit(tx, actor, {
          action: 'policy.withdraw_parameter',
          targetType: 'policy',
          targetId: targetId(k, Boolean(def.by)),
          detail: { before: { value: before.value, refDoc: before.refDoc, setBy: before.setBy } },
        });
        return { ...k, key: def.by ? key : null };
      });
    },
  };
}
