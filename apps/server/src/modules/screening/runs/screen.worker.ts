// One screening worker thread (see screening-pool.ts): the run's policies, with the administered
// figures layered over them as cases evaluate them, screen the row slices the pool sends.
import { parentPort, workerData } from 'node:worker_threads';
import { withAdministeredValues } from '@minsheng/rules/engine/administered.ts';
import type { FactKey } from '@minsheng/rules/engine/facts.ts';
import { explainLead, screenablePolicies, screenColumns } from '@minsheng/rules/screening/screen.ts';
import type { FactColumns, FactRow } from '@minsheng/rules/screening/screening.ts';
import type { PolicyLeads, ScreenInit, ScreenReply, ScreenRequest } from './screening-pool.ts';

const init = workerData as ScreenInit;
const policies = screenablePolicies(init.on)
  .filter((p) => init.policies.some((q) => q.id === p.policy.id))
  .map(({ policy, profile }) => ({
    policy: withAdministeredValues(policy, init.policies.find((q) => q.id === policy.id)!.values),
    profile,
  }));

const rowOf = (facts: FactColumns, i: number): FactRow =>
  Object.fromEntries(Object.entries(facts).map(([k, col]) => [k, col![i]])) as FactRow;

function screen(req: ScreenRequest): PolicyLeads[] {
  const facts: FactColumns = {
    ...req.facts,
    ['case.appliedOn' as FactKey]: Array.from({ length: req.size }, () => init.on),
  };
  return policies
    .filter((p) => p.profile.subject === req.subject)
    .map(({ policy, profile }) => {
      const result = screenColumns(policy, profile, facts, init.on);
      const rows: number[] = [];
      for (let i = 0; i < result.size; i++) if (result.lead[i] === 1) rows.push(i);
      const explained = rows.map((i) => explainLead(policy, profile, rowOf(facts, i), init.on));
      return {
        policyId: policy.id,
        rows: Int32Array.from(rows),
        payableFen: Float64Array.from(rows, (i) => result.payableFen[i]!),
        reasons: explained.map((e) => e.reason),
        toVerify: explained.map((e) => e.toVerify),
      };
    });
}

parentPort!.on('message', (req: ScreenRequest) => {
  let reply: ScreenReply;
  try {
    reply = { id: req.id, leads: screen(req) };
  } catch (err) {
    reply = { id: req.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply);
});
