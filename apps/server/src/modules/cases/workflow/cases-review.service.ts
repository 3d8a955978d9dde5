import { yuanToFen } from '@minsheng/rules/engine/money.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { invalid } from '../../../platform/errors.ts';
import { type CaseRow, createCasesRepo } from '../cases.repo.ts';
import { asPastClaim, beneficiaryKey } from '../claims/case-claims.ts';
import { buildFacts } from '../facts/case-facts.ts';
import { applyFactChanges, type FactChange } from '../facts/fact-changes.ts';
import { createCaseFactsRepo } from '../facts/facts.repo.ts';
import { OVERRIDE_REASON_MIN, overrideRefusal, raiseCeilingPercent } from './case-decision.rules.ts';
import { type CaseDeps, runTransition } from './case-transition.ts';

export type HumanChecks = Record<string, { confirmed: boolean; note?: string | undefined }>;

export interface ReviewInput {
  version: number;
  /** registry facts the reviewer corrects, each with a reason */
  factChanges?: FactChange[] | undefined;
  /** the reviewer's decisions on the rule's human checks */
  checks?: HumanChecks | undefined;
  /** facts the registry does not hold, as verified from the paper materials */
  declared?: Record<string, unknown> | undefined;
  note?: string | undefined;
}

export interface ReEvaluateInput {
  version: number;
  reason: string;
  factChanges?: FactChange[] | undefined;
  checks?: HumanChecks | undefined;
}

export interface OverrideInput {
  version: number;
  amountFen: number;
  reason: string;
}

const mergeChecks = (row: CaseRow, checks: HumanChecks | undefined) => ({ ...row.humanChecks, ...checks });

/** What of a case the rule's evaluation reads: its subject, its application and officers' changes. */
export type EvaluatedCase = Pick<
  CaseRow,
  | 'id'
  | 'policyId'
  | 'personId'
  | 'employerId'
  | 'applicantOrgId'
  | 'certificateId'
  | 'appliedOn'
  | 'application'
  | 'factOverrides'
>;

/**
 * Runs the rule of a case on the registry as of today, with the beneficiary's other recorded claims
 * as past claims: what review freezes, and what a service filing a claim (a recurring entitlement's
 * period) reads first to know the amount the case will decide. Outside any step's transaction when
 * `deps.db` is the pool: the facts are read first, the versioned write that follows decides.
 */
export async function evaluateCaseRule(deps: CaseDeps, row: EvaluatedCase, checks: HumanChecks) {
  const on = deps.clock.today();
  const facts = await buildFacts(createCaseFactsRepo(deps.db), row, on);
  const key = beneficiaryKey(row);
  const claims = key ? await createCasesRepo(deps.db).activeClaims(key, row.policyId) : [];
  const pastClaims = claims
    .filter((c) => c.claim.caseId !== row.id)
    .map((c) => asPastClaim(c.claim, c.caseNumber));
  const evaluation = await deps.policies.evaluate(row.policyId, {
    on,
    input: facts.input,
    pastClaims,
    confirmedChecks: Object.fromEntries(Object.entries(checks).map(([id, c]) => [id, c.confirmed])),
  });
  // The policy declares which lines it grants; their sum is what the case decides.
  const proposed = yuanToFen(evaluation.payableTotal ?? '0');
  return {
    facts,
    evaluation,
    proposed,
    checks,
    application: row.application,
    factOverrides: row.factOverrides,
    changes: [] as ReturnType<typeof applyFactChanges>['audit'],
  };
}

/**
 * Review (审核): the rule runs on the registry as it stands on the decision date, the facts and the
 * result are frozen on the case, and the reviewer's human checks are recorded with them. A later
 * registry edit changes nothing on the case until someone re-evaluates, which is an audited action.
 */
export function createCasesReviewService(deps: CaseDeps) {
  const evaluateCase = (row: CaseRow, checks: HumanChecks) => evaluateCaseRule(deps, row, checks);

  const changedFacts = (row: CaseRow, changes: FactChange[] | undefined, actor: Actor) =>
    changes && changes.length > 0
      ? applyFactChanges(row.policyId, row.factOverrides, changes, actor, deps.clock.now())
      : { overrides: row.factOverrides, audit: [] };
  type Evaluated = Awaited<ReturnType<typeof evaluateCase>>;

  /** The columns a (re-)evaluation freezes on the case. */
  const frozen = (
    facts: Evaluated['facts'],
    evaluation: Evaluated['evaluation'],
    proposed: number,
    checks: HumanChecks,
    actor: Actor,
    now: Date,
  ) => ({
    frozenFacts: facts,
    frozenEvaluation: evaluation as unknown as Record<string, unknown>,
    evaluatedOn: facts.asOf,
    evaluatedAt: now,
    evaluatedBy: actor.userId,
    humanChecks: checks,
    proposedAmountFen: proposed,
  });

  const summary = (e: { outcome: string; amounts: Record<string, string> }, proposed: number) => ({
    outcome: e.outcome,
    amounts: e.amounts,
    proposedAmountFen: proposed,
  });

  return {
    review(actor: Actor, id: string, input: ReviewInput) {
      let prepared: Evaluated | undefined;
      return runTransition(deps, actor, id, {
        action: 'review',
        version: input.version,
        check: async (row) => {
          const application = input.declared ? { ...row.application, ...input.declared } : row.application;
          const changed = changedFacts(row, input.factChanges, actor);
          prepared = await evaluateCase(
            { ...row, application, factOverrides: changed.overrides },
            mergeChecks(row, input.checks),
          );
          prepared.changes = changed.audit;
        },
        work: ({ now }) => {
          const { facts, evaluation, proposed, checks, application, factOverrides, changes } = prepared!;
          return {
            patch: {
              application,
              factOverrides,
              ...frozen(facts, evaluation, proposed, checks, actor, now),
              reviewNote: input.note ?? null,
              reviewedAt: now,
              reviewedBy: actor.userId,
            },
            note: input.note ?? null,
            payload: {
              ...summary(evaluation, proposed),
              ...(input.declared ? { declared: Object.keys(input.declared) } : {}),
              ...(changes.length > 0 ? { factChanges: changes } : {}),
            },
          };
        },
      });
    },

    reEvaluate(actor: Actor, id: string, input: ReEvaluateInput) {
      let prepared: Evaluated | undefined;
      return runTransition(deps, actor, id, {
        action: 're_evaluate',
        version: input.version,
        check: async (row) => {
          if (input.reason.trim().length === 0)
            throw invalid('重新核验须填写原因', [{ path: 'reason', message: '必填' }]);
          const changed = changedFacts(row, input.factChanges, actor);
          prepared = await evaluateCase(
            { ...row, factOverrides: changed.overrides },
            mergeChecks(row, input.checks),
          );
          prepared.changes = changed.audit;
        },
        work: ({ row, now }) => {
          const { facts, evaluation, proposed, checks, factOverrides, changes } = prepared!;
          const before = row.frozenEvaluation as {
            outcome?: string;
            amounts?: Record<string, string>;
          } | null;
          return {
            patch: { ...frozen(facts, evaluation, proposed, checks, actor, now), factOverrides },
            note: input.reason.trim(),
            payload: {
              ...(changes.length > 0 ? { factChanges: changes } : {}),
              before: {
                outcome: before?.outcome ?? null,
                amounts: before?.amounts ?? {},
                proposedAmountFen: row.proposedAmountFen,
                factsAsOf: row.frozenFacts?.asOf ?? null,
              },
              after: { ...summary(evaluation, proposed), factsAsOf: facts.asOf },
            },
          };
        },
      });
    },

    overrideAmount: (actor: Actor, id: string, input: OverrideInput) =>
      runTransition(deps, actor, id, {
        action: 'override_amount',
        version: input.version,
        check: (row, type) => {
          if (input.reason.trim().length < OVERRIDE_REASON_MIN) {
            throw invalid(`调整核定金额须写明理由（至少 ${OVERRIDE_REASON_MIN} 个字）`, [
              { path: 'reason', message: `理由至少 ${OVERRIDE_REASON_MIN} 个字` },
            ]);
          }
          const above = overrideRefusal(
            row.proposedAmountFen ?? 0,
            input.amountFen,
            raiseCeilingPercent(type.approvalChain),
          );
          if (above) throw invalid(above, [{ path: 'amountFen', message: above }]);
        },
        work: ({ row, now }) => ({
          patch: {
            overrideAmountFen: input.amountFen,
            overrideReason: input.reason.trim(),
            overriddenBy: actor.userId,
            overriddenAt: now,
          },
          note: input.reason.trim(),
          payload: {
            ruleAmountFen: row.proposedAmountFen,
            beforeFen: row.overrideAmountFen ?? row.proposedAmountFen,
            afterFen: input.amountFen,
          },
        }),
      }),
  };
}
