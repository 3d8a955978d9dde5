import { isRulesError } from '@minsheng/rules/engine/errors.ts';
import type { FactKey } from '@minsheng/rules/engine/facts.ts';
import type { AnyPolicy } from '@minsheng/rules/engine/policy.ts';
import { explainLead, profileFactKeys, screeningProfiles } from '@minsheng/rules/screening/screen.ts';
import type { FactRow } from '@minsheng/rules/screening/screening.ts';
import type { Executor } from '../../../db/client.ts';
import { factProviders, factReader } from '../../cases/facts/fact-providers.ts';
import { createCaseFactsRepo } from '../../cases/facts/facts.repo.ts';
import type { ScreeningDeps } from '../screening.services.ts';
import type { LeadRow } from './leads.repo.ts';

export const profileOf = (policyId: string) => screeningProfiles.find((p) => p.policyId === policyId);

/**
 * The lead's subject as the fact providers read it on `on`: the values only (the same ones a run
 * screened), undefined where the registry cannot say. A certificate lead reads its certificate.
 */
export async function leadFactRow(
  db: Executor,
  lead: Pick<LeadRow, 'personId' | 'subjectKey'>,
  keys: readonly FactKey[],
  on: string,
): Promise<FactRow> {
  const reader = factReader(
    createCaseFactsRepo(db),
    { personId: lead.personId, certificateId: lead.subjectKey || null, appliedOn: null },
    on,
  );
  const row: Partial<Record<FactKey, unknown>> = {};
  for (const key of keys) row[key] = (await factProviders[key](reader))?.value;
  return row;
}

/**
 * Why the lead stands today: the policy (with the administered figures) evaluated on the person's
 * registry facts as of the bureau's today and the profile's assumptions, condition by condition,
 * documents named as the deployment names them. Without one, `note` says why (the policy is no
 * longer screened, or today's registry facts are no valid input, e.g. the benefit's end was removed).
 */
export async function explainLeadToday(deps: ScreeningDeps, lead: LeadRow) {
  const profile = profileOf(lead.policyId);
  if (!profile) return { explanation: null, note: '该政策已不再筛查，无法逐条说明' };
  const today = deps.clock.today();
  const policy = await deps.policies.effectivePolicy(lead.policyId);
  const facts = await leadFactRow(deps.db, lead, profileFactKeys(policy), today);
  let explained: ReturnType<typeof explainLead>;
  try {
    explained = explainLead(policy, profile, facts, today, { calendar: deps.calendar.current() });
  } catch (err) {
    if (!isRulesError(err)) throw err;
    return { explanation: null, note: `按今日登记信息无法逐条说明：${err.message}` };
  }
  return { explanation: await present(deps, explained, policy, today), note: null };
}

async function present(
  deps: ScreeningDeps,
  { evaluation, assumedConditions }: ReturnType<typeof explainLead>,
  policy: AnyPolicy,
  today: string,
) {
  const presented = await deps.policies.present(evaluation);
  const assumed = new Set(assumedConditions);
  return {
    on: today,
    outcome: presented.outcome,
    conditions: presented.conditions.map((c) => ({
      id: c.id,
      label: c.label,
      status: c.status,
      sentence: c.sentence,
      clause: c.clause,
      citation: c.citation,
      assumed: assumed.has(c.id),
    })),
    amounts: policy.amounts
      .filter((a) => presented.amounts[a.id] !== undefined)
      .map((a) => ({ id: a.id, label: a.label, yuan: presented.amounts[a.id]! })),
    payableTotal: presented.payableTotal,
  };
}
