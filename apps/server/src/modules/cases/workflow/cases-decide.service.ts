import { getPolicy } from '@minsheng/rules/catalogue.ts';
import { PLACEHOLDER_CHECK } from '@minsheng/rules/engine/evaluate.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { conflict, forbidden, invalid } from '../../../platform/errors.ts';
import type { PresentableEvaluation } from '../../policy/policy-presentation.ts';
import { isUniqueViolation } from '../../registry/persons/persons.service.ts';
import type { CaseTypeRow } from '../case-types/case-types.repo.ts';
import { type CaseRow, createCasesRepo } from '../cases.repo.ts';
import { beneficiaryKey, claimAmountsFen, claimKeys } from '../claims/case-claims.ts';
import { type FrozenResult, ruleRefusal, secondApprovalRefusal } from './case-decision.rules.ts';
import { type CaseDeps, runTransition } from './case-transition.ts';

/** The frozen evaluation as approval reads it (named and worded for the reader, see `present`). */
type ApprovalResult = FrozenResult & PresentableEvaluation;

/** The administered figures a pending placeholder check waits for (none on results frozen before they were listed). */
const unsetFigures = (row: CaseRow) =>
  (row.frozenEvaluation as unknown as FrozenResult | null)?.checks.find(
    (c) => c.id === PLACEHOLDER_CHECK && c.status === 'pending',
  )?.figures ?? [];

type FiguresRefusal = { message: string; details: unknown } | null;

/** "level_3:training" → "3级 培训费补贴", from the policy's own amount labels. */
/** Applicant kinds whose applicant is the person the case is about. */
const personKinds = new Set(['person', 'institution_on_behalf']);

function claimLabel(policyId: string, key: string): string {
  const [category = '', part] = key.split(':');
  if (category === 'month' && part) return `${part.replace('-', '年')}月`;
  const amount = part ? getPolicy(policyId)?.amounts.find((a) => a.id === part)?.label : undefined;
  const cat = category.replace(/^level_(\d)$/, '$1级证书').replace(/^year_(\d+)$/, '$1年度');
  return amount ? `${cat} ${amount}` : cat;
}

function checkApprovable(
  result: FrozenResult | null,
  row: CaseRow,
  type: CaseTypeRow,
  actor: Actor,
  figures: FiguresRefusal,
) {
  if (!result) throw conflict('案件尚未审核，不能批准');
  const refused = ruleRefusal(result);
  if (refused) throw conflict(`规则核验结论为不符合条件，不能批准：${refused}`);
  if (result.outcome === 'needs_review') {
    if (figures) {
      // Figures first: no reviewer can confirm them away; the message says who sets them and where.
      const others = result.checks.filter((c) => c.status === 'pending' && c.id !== PLACEHOLDER_CHECK);
      const more =
        others.length > 0 ? `；另有人工核查项未确认：${others.map((c) => c.label).join('；')}` : '';
      throw conflict(`不能批准：${figures.message}${more}`, figures.details);
    }
    const pending = result.checks.filter((c) => c.status === 'pending').map((c) => c.label);
    throw conflict(`尚有人工核查项未确认，不能批准：${pending.join('；')}`);
  }
  if (type.approvalChain.distinctApprover && row.reviewedBy === actor.userId) {
    throw forbidden('本事项实行审核与审批分离，审批人不能是审核人');
  }
  const raisedBySelf = secondApprovalRefusal(row, actor.userId);
  if (raisedBySelf) throw forbidden(raisedBySelf);
}

/**
 * Approval (审批) and rejection. Approval records the once-only claims in `benefit_claims` in the
 * same transaction; the database's unique index, not this code, is what guarantees a person gets
 * a once-only benefit at most once. The check before the insert only makes the refusal readable.
 */
export function createCasesDecideService(deps: CaseDeps) {
  const { db } = deps;

  async function alreadyClaimed(row: CaseRow, type: CaseTypeRow, keys: string[]) {
    const key = beneficiaryKey(row);
    if (!key) return null;
    const claims = await createCasesRepo(db).activeClaims(key, row.policyId);
    const hits = keys.flatMap((k) =>
      claims.filter((c) => c.claim.caseId !== row.id && c.claim.claimKey === k),
    );
    const first = hits[0];
    if (!first) return null;
    const what = hits.map((h) => claimLabel(row.policyId, h.claim.claimKey)).join('、');
    // The beneficiary is the person when the case names one: an employer's or institution's claim
    // about a person (公益性岗位 by its employer) is that person's, not the applicant's.
    const who = row.personId && !personKinds.has(row.applicantKind) ? '该人员' : row.applicantName;
    const once = first.claim.claimKey.startsWith('month:') ? '同一月份只能享受一次' : '每人只能享受一次';
    return conflict(
      `${who}已于 ${first.claim.claimedOn} 经案件 ${first.caseNumber} 享受「${type.name}」（${what}），${once}，不能重复批准`,
    );
  }

  const keysOf = (row: CaseRow) =>
    claimKeys(
      row.policyId,
      row.frozenFacts?.input ?? {},
      (row.frozenEvaluation as unknown as FrozenResult | null)?.amounts ?? {},
    );

  return {
    async approve(actor: Actor, id: string, input: { version: number; note?: string | undefined }) {
      let context: { row: CaseRow; type: CaseTypeRow } | undefined;
      try {
        return await runTransition(deps, actor, id, {
          action: 'approve',
          version: input.version,
          check: async (row, type) => {
            context = { row, type };
            // The exactly-once refusal first: it names the earlier case, whatever the rule said.
            const refused = await alreadyClaimed(row, type, keysOf(row));
            if (refused) throw refused;
            const figures = unsetFigures(row);
            const refusal =
              figures.length > 0 ? await deps.policies.unsetFiguresRefusal(row.policyId, figures) : null;
            const frozen = row.frozenEvaluation as unknown as ApprovalResult | null;
            // cited as the deployment names documents now, whatever was frozen
            checkApprovable(frozen && (await deps.policies.present(frozen)), row, type, actor, refusal);
          },
          work: async ({ tx, row, type, today, now }) => {
            const amount = row.overrideAmountFen ?? row.proposedAmountFen ?? 0;
            const keys = keysOf(row);
            const beneficiary = beneficiaryKey(row);
            if (beneficiary) {
              const amounts = claimAmountsFen(
                keys,
                (row.frozenEvaluation as unknown as FrozenResult | null)?.amounts ?? {},
                amount,
                row.overrideAmountFen !== null,
              );
              await createCasesRepo(tx).insertClaims(
                keys.map((claimKey, i) => ({
                  caseId: row.id,
                  beneficiaryKey: beneficiary,
                  personId: row.personId,
                  employerId: row.employerId,
                  policyId: row.policyId,
                  claimKey,
                  amountFen: amounts[i] ?? null,
                  claimedOn: today,
                })),
              );
            }
            return {
              patch: {
                approvedAmountFen: amount,
                decidedOn: today,
                decidedAt: now,
                decidedBy: actor.userId,
                decisionReasons: input.note ? [input.note] : [],
                requiresPublicNotice: type.requiresPublicNotice,
              },
              note: input.note ?? null,
              payload: { approvedAmountFen: amount, claims: keys },
            };
          },
        });
      } catch (e) {
        // Another case of the same person was approved between our check and our insert.
        if (isUniqueViolation(e) && context) {
          throw (
            (await alreadyClaimed(context.row, context.type, keysOf(context.row))) ??
            conflict('该待遇已享受过，不能重复批准')
          );
        }
        throw e;
      }
    },

    reject: (actor: Actor, id: string, input: { version: number; reasons: string[] }) => {
      const reasons = input.reasons.map((r) => r.trim()).filter((r) => r.length > 0);
      return runTransition(deps, actor, id, {
        action: 'reject',
        version: input.version,
        check: () => {
          if (reasons.length === 0)
            throw invalid('不予批准须写明理由', [{ path: 'reasons', message: '请写明理由' }]);
        },
        work: ({ today, now }) => ({
          patch: { decidedOn: today, decidedAt: now, decidedBy: actor.userId, decisionReasons: reasons },
          note: reasons.join('；'),
          payload: { reasons },
        }),
      });
    },
  };
}
