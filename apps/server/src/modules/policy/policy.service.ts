import { listPolicies, summarise } from '@minsheng/rules/catalogue.ts';
import { cite } from '@minsheng/rules/engine/documents.ts';
import { evaluate, type PlaceholderFigure } from '@minsheng/rules/engine/evaluate.ts';
import { NO_KEY } from '@minsheng/rules/engine/parameters.ts';
import { policyExamples } from '@minsheng/rules/examples.ts';
import type { Db } from '../../db/client.ts';
import type { CalendarSource } from '../../platform/calendar/calendar-source.ts';
import type { Clock } from '../../platform/clock.ts';
import type { DeploymentService } from './deployment.service.ts';
import { asDomainError, effectivePolicy, policyOr404 } from './effective-policy.ts';
import { presentEvaluation, unsetFiguresRefusal } from './policy-presentation.ts';
import { createPolicyValuesService } from './policy-values.service.ts';

export type { SetParameterValue } from './policy-values.service.ts';

export interface EvaluateRequest {
  on: string;
  input: unknown;
  pastClaims?: unknown[] | undefined;
  confirmedChecks?: Record<string, boolean> | undefined;
}

/**
 * The policy catalogue as this deployment applies it: documents named as configured, the
 * deployment's own jurisdictions marked, administered figures layered over the YAML.
 */
export function createPolicyService(deps: {
  db: Db;
  clock: Clock;
  deployment: DeploymentService;
  /** the working-day calendar deadlines are counted on (default: the packaged one) */
  calendar?: CalendarSource;
}) {
  const { db, deployment } = deps;
  const values = createPolicyValuesService(deps);

  /** Summaries named as configured, each marked with the local name of its jurisdiction (or null). */
  async function localised<T extends { jurisdiction: { code: string } }>(items: T[]) {
    const [namer, local] = await Promise.all([deployment.namer(), deployment.jurisdictions()]);
    return items.map((p) => ({
      ...namer.rewrite(p),
      localJurisdiction: local.get(p.jurisdiction.code) ?? null,
    }));
  }

  /** The engine's result as computed: what a case freezes (documents are named when read). */
  async function evaluatePolicy(id: string, req: EvaluateRequest) {
    const policy = await effectivePolicy(db, id);
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
  }

  /** An evaluation, fresh or frozen, as a reader sees it (see `presentEvaluation`). */
  async function present<E extends Parameters<typeof presentEvaluation>[0]>(evaluation: E): Promise<E> {
    const [namer, setters] = await Promise.all([deployment.namer(), values.figureSetters()]);
    return presentEvaluation(evaluation, namer, setters);
  }

  return {
    ...values,
    list: async () => localised(listPolicies()),
    effectivePolicy: (id: string) => effectivePolicy(db, id),
    evaluate: evaluatePolicy,
    present,

    async get(id: string) {
      const policy = await effectivePolicy(db, id);
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
      const [named] = await localised([{ ...summarise(policy), parameterValues: parameters }]);
      return { ...named!, examples: policyExamples(id) };
    },

    /** A what-if evaluation (试算), named for the reader. */
    whatIf: async (id: string, req: EvaluateRequest) => present(await evaluatePolicy(id, req)),

    /** Any stored text or JSON with its documents named as configured (legacy file references included). */
    named: async <T>(value: T): Promise<T> => (await deployment.namer()).rewrite(value),

    /** A policy's document and a clause of it, named as configured: 《title》（文号）clause. */
    async documentCitation(policyId: string, clause?: string): Promise<string> {
      const { document } = policyOr404(policyId);
      const namer = await deployment.namer();
      return cite(document.document ? namer.name(document.document) : document.doc, clause);
    },

    /** Why an approval waits for figures: who sets them and where, with links for the case page. */
    async unsetFiguresRefusal(policyId: string, figures: readonly PlaceholderFigure[]) {
      return unsetFiguresRefusal(policyId, figures, await values.figureSetters());
    },
  };
}

export type PolicyService = ReturnType<typeof createPolicyService>;
