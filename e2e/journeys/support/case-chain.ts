import assert from 'node:assert/strict';
import type { AccountSession } from './account-session.ts';

/** Walking filed cases through the chain to 已拨付 by the API, for journeys that test what follows. */

interface CaseFile {
  id: string;
  number: string;
  version: number;
  status: string;
  materials: { code: string }[];
}

const provided = (c: CaseFile) => c.materials.map((m) => ({ code: m.code, provided: true }));

/**
 * The station accepts each case (every material received), the city reviews it confirming the
 * human checks `checks`, approves it and sends it to finance; finance plans, approves the plan and
 * pays it with `bankReference`. Answers the cases as paid.
 */
export async function payCases(
  accounts: { station: AccountSession; city: AccountSession; finance: AccountSession },
  caseIds: readonly string[],
  opts: { checks: readonly string[]; planTitle: string; bankReference: string },
): Promise<CaseFile[]> {
  const { station, city, finance } = accounts;
  const approved: CaseFile[] = [];
  for (const id of caseIds) {
    let c = await station.get<CaseFile>(`/cases/${id}`);
    if (c.status === 'draft')
      c = await station.post<CaseFile>(`/cases/${id}/submit`, { version: c.version, materials: provided(c) });
    if (c.status === 'submitted')
      c = await station.post<CaseFile>(`/cases/${id}/accept`, { version: c.version, materials: provided(c) });
    if (c.status === 'accepted')
      c = await city.post<CaseFile>(`/cases/${id}/review`, {
        version: c.version,
        checks: Object.fromEntries(opts.checks.map((k) => [k, { confirmed: true }])),
      });
    if (c.status === 'reviewed')
      c = await city.post<CaseFile>(`/cases/${id}/approve`, { version: c.version });
    assert.equal(c.status, 'approved', `case ${c.number} is approved`);
    approved.push(c);
  }
  await city.post('/finance/send', { cases: approved.map((c) => ({ id: c.id, version: c.version })) });
  const sent = await Promise.all(caseIds.map((id) => finance.get<CaseFile>(`/cases/${id}`)));
  const plan = await finance.post<{ id: string; version: number }>('/payment-plans', {
    title: opts.planTitle,
    cases: sent.map((c) => ({ id: c.id, version: c.version })),
  });
  await finance.post(`/payment-plans/${plan.id}/approve`, { version: plan.version });
  await finance.post(`/payment-plans/${plan.id}/pay`, { bankReference: opts.bankReference });
  const paid = await Promise.all(caseIds.map((id) => finance.get<CaseFile>(`/cases/${id}`)));
  for (const c of paid) assert.equal(c.status, 'paid', `case ${c.number} is paid`);
  return paid;
}
