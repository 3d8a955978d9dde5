import { getPolicy, listPolicies, summarise } from '@minsheng/rules/catalogue.ts';
import { type AdministeredValue, withAdministeredValues } from '@minsheng/rules/engine/administered.ts';
import { isRulesError } from '@minsheng/rules/engine/errors.ts';
import { evaluate } from '@minsheng/rules/engine/evaluate.ts';
import { NO_KEY } from '@minsheng/rules/engine/parameters.ts';
import type { AnyPolicy } from '@minsheng/rules/engine/policy.ts';
import { policyExamples } from '@minsheng/rules/examples.ts';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import type { CalendarSource } from '../../platform/calendar/calendar-source.ts';
import { DomainError, invalid, notFound } from '../../platform/errors.ts';
import { parameterValueViolation } from './parameter-value-rules.ts';
import { policyParameterValues } from './policy.schema.ts';

export interface EvaluateRequest {
  on: string;
  input: unknown;
  pastClaims?: unknown[] | undefined;
  confirmedChecks?: Record<string, boolean> | undefined;
}

export interface SetParameterValue {
  key?: string | undefined;
  effectiveFrom: string;
  value: string;
  refDoc: string;
  refClause?: string | undefined;
}

/** Rule-engine errors are the caller's bad input (or a parameter nobody set): 422 with the engine's Chinese message. */
function asDomainError(err: unknown): never {
  if (isRulesError(err))
    throw new DomainError('VALIDATION_FAILED', err.message, {
      rulesCode: err.code,
      ...(err.details as object),
    });
  throw err;
}

export function createPolicyService(deps: {
  db: Db;
  /** the working-day calendar deadlines are counted on (default: the packaged one) */
  calendar?: CalendarSource;
}) {
  const { db } = deps;

  const policyOr404 = (id: string): AnyPolicy => {
    const policy = getPolicy(id);
    if (!policy) throw notFound('政策');
    return policy;
  };

  async function administeredValues(policyId: string): Promise<AdministeredValue[]> {
    const rows = await db
      .select()
      .from(policyParameterValues)
      .where(eq(policyParameterValues.policyId, policyId))
      .orderBy(asc(policyParameterValues.effectiveFrom));
    return rows.map((r) => ({
      name: r.name,
      key: r.key === NO_KEY ? undefined : r.key,
      from: r.effectiveFrom,
      value: r.value,
      ref: { doc: r.refDoc, ...(r.refClause ? { clause: r.refClause } : {}), note: '管理员设置' },
    }));
  }

  /** The policy as it applies here: its YAML plus whatever administrators have set. */
  async function effectivePolicy(id: string): Promise<AnyPolicy> {
    try {
      return withAdministeredValues(policyOr404(id), await administeredValues(id));
    } catch (err) {
      return asDomainError(err);
    }
  }

  return {
    list: () => listPolicies(),
    effectivePolicy,

    async get(id: string) {
      const policy = await effectivePolicy(id);
      const parameters = policy.usesParameters.map((name) => {
        const def = policy.parameters[name]!;
        return {
          name,
          label: def.label,
          unit: def.unit,
          by: def.by ?? null,
          steps: Object.entries(def.steps).flatMap(([key, steps]) =>
            steps.map((s) => ({ key: key === NO_KEY ? null : key, ...s })),
          ),
        };
      });
      return { ...summarise(policy), parameterValues: parameters, examples: policyExamples(id) };
    },

    async evaluate(id: string, req: EvaluateRequest) {
      const policy = await effectivePolicy(id);
      try {
        return evaluate(policy, req.input, {
          on: req.on,
          ...(deps.calendar ? { calendar: deps.calendar.current() } : {}),
          ...(req.pastClaims ? { pastClaims: req.pastClaims as never } : {}),
          ...(req.confirmedChecks ? { confirmedChecks: req.confirmedChecks } : {}),
        });
      } catch (err) {
        return asDomainError(err);
      }
    },

    async setParameterValue(actor: Actor, id: string, name: string, v: SetParameterValue) {
      const policy = policyOr404(id);
      if (!policy.usesParameters.includes(name)) throw notFound('参数');
      const def = policy.parameters[name]!;
      const wrong = parameterValueViolation(def, v.value);
      if (wrong) throw invalid(wrong, [{ path: 'value', message: wrong }]);
      const key = def.by ? v.key : NO_KEY;
      if (!key || !def.steps[key]) {
        throw invalid(`「${def.label}」须指定 ${def.by} 的取值：${Object.keys(def.steps).join('、')}`);
      }
      const candidate = {
        name,
        key: def.by ? key : undefined,
        from: v.effectiveFrom,
        value: v.value,
        ref: { doc: v.refDoc },
      };
      try {
        withAdministeredValues(policy, [candidate]);
      } catch (err) {
        asDomainError(err);
      }
      return db.transaction(async (tx) => {
        const where = and(
          eq(policyParameterValues.policyId, id),
          eq(policyParameterValues.name, name),
          eq(policyParameterValues.key, key),
          eq(policyParameterValues.effectiveFrom, v.effectiveFrom),
        );
        const [before] = await tx.select().from(policyParameterValues).where(where);
        const row = {
          value: v.value,
          refDoc: v.refDoc,
          refClause: v.refClause ?? null,
          setBy: actor.userId,
          setAt: new Date(),
        };
        if (before) await tx.update(policyParameterValues).set(row).where(where);
        else
          await tx
            .insert(policyParameterValues)
            .values({ policyId: id, name, key, effectiveFrom: v.effectiveFrom, ...row });
        await recordAudit(tx, actor, {
          action: 'policy.set_parameter',
          targetType: 'policy',
          targetId: `${id}#${name}${def.by ? `.${key}` : ''}@${v.effectiveFrom}`,
          detail: {
            before: before ? { value: before.value, refDoc: before.refDoc } : null,
            after: { value: v.value, refDoc: v.refDoc },
          },
        });
        return {
          policyId: id,
          name,
          key: def.by ? key : null,
          effectiveFrom: v.effectiveFrom,
          value: v.value,
          refDoc: v.refDoc,
        };
      });
    },
  };
}

export type PolicyService = ReturnType<typeof createPolicyService>;
