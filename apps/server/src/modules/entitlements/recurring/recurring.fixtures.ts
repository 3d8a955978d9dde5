import { expect } from 'vitest';
import type { TestApp, TestClient } from '../../../test/test-app.ts';
import { allProvided } from '../../cases/cases.fixtures.ts';
import { ok } from '../../cases/catalogue-walk.fixtures.ts';
import { personBody, residentId } from '../../registry/persons/persons.fixtures.ts';
import {
  difficultyDeterminations,
  unemploymentRegistrations,
} from '../../registry/registrations/registrations.schema.ts';

/** A case as the API answers it, with what the walk reads. */
interface CaseBody {
  id: string;
  number: string;
  version: number;
  decidedOn: string | null;
  materials: { code: string }[];
  frozenEvaluation: { outcome: string; explanationLines: unknown };
}

/** A period run as the API answers it, with what the walk reads. */
interface RunBody {
  number: string;
  batchId: string | null;
  lines: { outcome: string; caseId: string | null }[];
}

/** The run's batch after payment: one row per filed case. */
interface BatchBody {
  rows: { caseId: string | null; status: string | null; amount: string | null; paidAmount: string | null }[];
}

export interface FlowClients {
  officer: TestClient;
  reviewer: TestClient;
  finance: TestClient;
}

/**
 * A recurring policy's claims walked through the case workflow and the finance chain. `clients`
 * is read at each call (the tests log in in `beforeAll`); `checks` are the policy's human checks,
 * all confirmed at review.
 */
export function periodFlow(clients: () => FlowClients, checks: readonly string[]) {
  const confirmed = Object.fromEntries(
    [...checks, 'provisional_calendar'].map((id) => [id, { confirmed: true }]),
  );

  /** Accept, review (checks confirmed) and approve a submitted case; answers the approved case. */
  async function decide(id: string) {
    const { officer, reviewer } = clients();
    let c = await ok<CaseBody>('case', officer.get(`/api/cases/${id}`));
    // a period's claim carries its receipts, checked at acceptance
    c = await ok<CaseBody>(
      'accept',
      officer.post(`/api/cases/${id}/accept`, { version: c.version, materials: allProvided(c.materials) }),
    );
    c = await ok<CaseBody>(
      'review',
      reviewer.post(`/api/cases/${id}/review`, { version: c.version, checks: confirmed }),
    );
    expect(c.frozenEvaluation.outcome, JSON.stringify(c.frozenEvaluation.explanationLines)).toBe('eligible');
    return ok<CaseBody>('approve', reviewer.post(`/api/cases/${id}/approve`, { version: c.version }));
  }

  /**
   * Every listed case of a run (the runs route's answer) accepted, reviewed, approved, sent to
   * finance, planned and paid; answers the run's batch.
   */
  async function payRun(answer: object) {
    const run = answer as RunBody;
    const { reviewer, finance } = clients();
    const ids = run.lines.filter((l) => l.outcome === 'listed').map((l) => l.caseId!);
    const refs = [];
    for (const id of ids) refs.push({ id, version: (await decide(id)).version });
    await ok('send', reviewer.post('/api/finance/send', { cases: refs }));
    const sent = [];
    for (const id of ids)
      sent.push({ id, version: (await ok<CaseBody>('case', reviewer.get(`/api/cases/${id}`))).version });
    const plan = await ok<{ id: string; number: string; version: number }>(
      'plan',
      finance.post('/api/payment-plans', { title: `定期待遇 ${run.number}`, cases: sent }),
    );
    const approved = await ok<{ id: string }>(
      'approve plan',
      finance.post(`/api/payment-plans/${plan.id}/approve`, { version: plan.version }),
    );
    await ok(
      'pay',
      finance.post(`/api/payment-plans/${approved.id}/pay`, { bankReference: `DQ-${plan.number}` }),
    );
    return ok<BatchBody>('batch', reviewer.get(`/api/case-batches/${run.batchId}`));
  }

  return { decide, payRun };
}

/**
 * A person of community 1 registered by `officer`, registered unemployed on 2026-01-05 (the
 * registration ended as given, else open) and determined a difficulty person on 2026-02-10.
 */
export async function difficultyPerson(
  t: TestApp,
  officer: TestClient,
  opts: { n: number; birth: string; name: string; certificate: string; unemploymentEndedOn?: string },
) {
  const community = t.city.community1;
  const scope = { orgId: community.id, orgPath: community.path };
  const person = await ok<{ id: string }>(
    'person',
    officer.post(
      '/api/persons',
      personBody(community.id, opts.n, {
        idNumber: residentId('370983', opts.birth, opts.n),
        name: opts.name,
      }),
    ),
  );
  const [u] = await t.db
    .insert(unemploymentRegistrations)
    .values({
      ...scope,
      personId: person.id,
      registeredOn: '2026-01-05',
      stationId: community.id,
      certificateNumber: opts.certificate,
      reason: 'dismissed',
      ...(opts.unemploymentEndedOn ? { endedOn: opts.unemploymentEndedOn, endReason: 'employed' } : {}),
    })
    .returning();
  await t.db.insert(difficultyDeterminations).values({
    ...scope,
    personId: person.id,
    unemploymentRegistrationId: u!.id,
    category: 'long_term_unemployed',
    evidence: '认定材料',
    decidedOn: '2026-02-10',
    decidedBy: t.users.officer1.id,
  });
  return person.id;
}
