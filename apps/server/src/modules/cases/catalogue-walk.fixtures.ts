import { policyInputFields } from '@minsheng/rules/engine/evaluate.ts';
import type { AnyPolicy } from '@minsheng/rules/engine/policy.ts';
import type { Scenario } from '@minsheng/rules/engine/scenario.ts';
import { insertOrg } from '../../platform/orgs/orgs.service.ts';
import { createUser } from '../../test/fixtures.ts';
import type { TestApp, TestClient } from '../../test/test-app.ts';
import { employerBody } from '../registry/employers/employers.fixtures.ts';
import { personBody, residentId } from '../registry/persons/persons.fixtures.ts';
import { allProvided } from './cases.fixtures.ts';
import { getPath } from './facts/case-facts.ts';
import { OVER_AGE_POLICY } from './over-age/over-age.application.ts';
import { confirmation, overAgeApplication } from './over-age/over-age.fixtures.ts';

type Json = Record<string, unknown>;

/** '001 篇3', '篇3': how the seed files, not the documents, are numbered; no citation may read so */
export const SEED_FILE_REFERENCE = /\d{3} ?篇|篇\d/;

/** The answer's body, or an error naming the step and what the server said. */
export const ok = async <T = Json>(
  what: string,
  res: Promise<{ status: number; body: unknown }>,
): Promise<T> => {
  const r = await res;
  if (r.status !== 200) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as T;
};

/** Every human check confirmed, except those the example itself rejects. */
export const confirmedChecks = (policy: AnyPolicy, s: Scenario) => ({
  ...Object.fromEntries([...policy.checks.map((c) => c.id), 'provisional_calendar'].map((id) => [id, true])),
  ...s.confirmedChecks,
});

/**
 * Walks a policy's worked example through the API as a case up to review: created for a fresh
 * applicant of the policy's first applicant kind with the example's facts (declared, or officers'
 * changes of the pre-filled registry facts), submitted, accepted and reviewed with its checks.
 */
export function catalogueWalker(
  t: TestApp,
  clients: { officer: TestClient; institution: TestClient; reviewer: TestClient },
) {
  const { officer, institution, reviewer } = clients;
  const REASON = '按政策工作示例核定的事实';
  let seq = 0;

  /** A fresh community under street 1 with a worker who files there: each institution its own claims. */
  async function freshInstitution() {
    seq += 1;
    const org = await insertOrg(
      t.db,
      {
        parentId: t.city.street1.id,
        name: `示例社区${seq}`,
        level: 'community',
        regionCode: `370983001${String(seq).padStart(3, '0')}`,
      },
      t.city.street1.path,
    );
    await createUser(t.db, { username: `lc_worker_${seq}`, orgId: org.id, roles: ['community_worker'] });
    return { org, client: await t.login(`lc_worker_${seq}`) };
  }

  const concernsPerson = (policy: AnyPolicy) =>
    policyInputFields(policy).some((f) => f.fact?.startsWith('person.'));

  async function registerPerson(filer: TestClient, orgId: number) {
    seq += 1;
    const body = personBody(orgId, seq, { idNumber: residentId('370983', '19690315', seq % 1000) });
    return (await ok<Json>('person', filer.post('/api/persons', body))).id as string;
  }

  /** A draft of `policy` for a fresh applicant of its first applicant kind, with the example as declared data. */
  async function draftFor(policy: AnyPolicy, s: Scenario) {
    const kind = policy.applicantKinds[0]!;
    const body: Json = { caseTypeId: policy.id, applicantKind: kind, application: s.input };
    let filer: TestClient = kind === 'institution_on_behalf' ? institution : officer;
    if (kind === 'person' || kind === 'institution_on_behalf') {
      body.personId = await registerPerson(filer, t.city.community1.id);
    } else if (kind === 'employer') {
      seq += 1;
      const employer = await ok<Json>(
        'employer',
        officer.post('/api/employers', employerBody(t.city.community1.id, seq)),
      );
      body.employerId = employer.id;
    } else {
      const fresh = await freshInstitution();
      filer = fresh.client;
      if (concernsPerson(policy)) body.personId = await registerPerson(filer, fresh.org.id);
    }
    if (policy.id === OVER_AGE_POLICY) delete body.application;
    return { filer, draft: await ok<Json>('create', filer.post('/api/cases', body)) };
  }

  /** Officers' changes: every pre-filled field whose registry value is not the example's. */
  async function changeFactsToExample(filer: TestClient, c: Json, s: Scenario, policy: AnyPolicy) {
    const facts = await ok<{
      fields: { path: string[]; registry: { value: unknown } | null; group: boolean }[];
    }>('facts', filer.get(`/api/cases/${c.id}/facts`));
    const changes = facts.fields
      .filter((f) => f.registry !== null)
      .map((f) => ({ path: f.path.join('.'), want: getPath(s.input, f.path), has: f.registry!.value }))
      .filter((f) => f.want !== undefined && JSON.stringify(f.want) !== JSON.stringify(f.has))
      .map((f) => ({ path: f.path, value: f.want, reason: REASON }));
    // The over-age item builds its input from its own form: the example's facts are set as changes.
    if (policy.id === OVER_AGE_POLICY)
      for (const [key, value] of Object.entries(s.input as Json))
        changes.push({ path: key, value, reason: REASON });
    if (changes.length === 0) return c;
    return ok<Json>(
      'change facts',
      filer.post(`/api/cases/${c.id}/change-facts`, { version: c.version, changes }),
    );
  }

  async function reviewed(policy: AnyPolicy, s: Scenario, checks: Record<string, boolean>) {
    const { filer, draft } = await draftFor(policy, s);
    let c = draft;
    if (policy.id === OVER_AGE_POLICY) {
      await ok(
        'over-age form',
        filer.put(`/api/cases/${c.id}/over-age/application`, {
          version: c.version,
          application: overAgeApplication(),
        }),
      );
      c = await ok<Json>('case', filer.get(`/api/cases/${c.id}`));
    }
    c = await changeFactsToExample(filer, c, s, policy);
    c = await ok(
      'submit',
      filer.post(`/api/cases/${c.id}/submit`, {
        version: c.version,
        materials: allProvided(c.materials as { code: string }[]),
      }),
    );
    c = await ok('accept', officer.post(`/api/cases/${c.id}/accept`, { version: c.version }));
    if (policy.id === OVER_AGE_POLICY)
      await ok('service years', reviewer.put(`/api/cases/${c.id}/over-age/service-years`, confirmation()));
    return ok(
      'review',
      reviewer.post(`/api/cases/${c.id}/review`, {
        version: c.version,
        checks: Object.fromEntries(Object.entries(checks).map(([id, confirmed]) => [id, { confirmed }])),
      }),
    );
  }

  return {
    reviewed,
    /** a number no other walked case has */
    next: () => ++seq,
  };
}
