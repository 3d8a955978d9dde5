import { catalogue } from '@minsheng/rules/catalogue.ts';
import {
  type EvaluationResult,
  evaluate,
  parseInput,
  policyInputFields,
} from '@minsheng/rules/engine/evaluate.ts';
import { fenToYuan, yuanFigures, yuanToFen } from '@minsheng/rules/engine/money.ts';
import { fenInWords } from '@minsheng/rules/engine/money-words.ts';
import type { AnyPolicy } from '@minsheng/rules/engine/policy.ts';
import { loadScenarios, type Scenario } from '@minsheng/rules/engine/scenario.ts';
import { describe, expect, it } from 'vitest';
import { insertOrg } from '../../platform/orgs/orgs.service.ts';
import { createUser } from '../../test/fixtures.ts';
import { createTestApp, type TestClient } from '../../test/test-app.ts';
import { pinnableClock } from '../../test/test-clock.ts';
import { employerBody } from '../registry/employers.fixtures.ts';
import { personBody, residentId } from '../registry/persons.fixtures.ts';
import { allProvided } from './cases.fixtures.ts';
import { getPath } from './facts/case-facts.ts';
import { OVER_AGE_POLICY } from './over-age/over-age.application.ts';
import { confirmation, overAgeApplication } from './over-age/over-age.fixtures.ts';

/**
 * Every worked example of every policy in the catalogue, walked through the API as a case: created
 * with the example's facts (declared, or officers' changes of the pre-filled registry facts, each
 * with a reason), submitted, accepted, reviewed with its human checks confirmed, approved, and —
 * for a policy that pays — sent to finance, planned, the plan approved and paid. The approved,
 * planned and paid amounts equal the rules' payable total to the fen, and the approval notice
 * prints it in figures and capitals. An ineligible example is refused at approval naming the
 * failed clause. A policy added to the catalogue is covered without editing this file.
 */

const clock = pinnableClock();
const t = await createTestApp({ clock });
const officer = await t.login('officer1');
const institution = await t.login('institution');
const reviewer = await t.login('reviewer');
const finance = await t.login('finance');

const REASON = '按政策工作示例核定的事实';
let seq = 0;

type Json = Record<string, unknown>;
const ok = async <T = Json>(what: string, res: Promise<{ status: number; body: unknown }>): Promise<T> => {
  const r = await res;
  if (r.status !== 200) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as T;
};

/** Administered values as the scenario overrides them, set through the API (and remembered). */
const administered = new Map<string, string>();
async function setAdministered(policy: AnyPolicy, s: Scenario) {
  for (const [key, value] of Object.entries(s.overrides)) {
    const [name, sub] = key.split('.') as [string, string | undefined];
    if (administered.get(`${policy.id}#${key}`) === String(value)) continue;
    await ok(
      `parameter ${key}`,
      reviewer.put(`/api/policies/${policy.id}/parameters/${name}`, {
        ...(sub ? { key: sub } : {}),
        effectiveFrom: policy.validity.from,
        value: String(value),
        refDoc: '政策工作示例的参数值（测试）',
      }),
    );
    administered.set(`${policy.id}#${key}`, String(value));
  }
}

/** The scenario's overrides are exactly what is administered now (so the example's own figures apply). */
const sameParameters = (policy: AnyPolicy, s: Scenario) => {
  const mine = [...administered].filter(([k]) => k.startsWith(`${policy.id}#`));
  return (
    mine.length === Object.keys(s.overrides).length &&
    mine.every(([k, v]) => String(s.overrides[k.slice(policy.id.length + 1)]) === v)
  );
};

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

/** The paths of every value in an input (arrays and nulls are values). */
function leaves(v: unknown, path: string[] = []): string[][] {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return [path];
  return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]));
}

/** Every human check confirmed, except those the example itself rejects. */
const confirmedChecks = (policy: AnyPolicy, s: Scenario) => ({
  ...Object.fromEntries([...policy.checks.map((c) => c.id), 'provisional_calendar'].map((id) => [id, true])),
  ...s.confirmedChecks,
});

async function walk(policy: AnyPolicy, effective: AnyPolicy, s: Scenario) {
  clock.pin(s.on);
  const checks = confirmedChecks(policy, s);
  const reference: EvaluationResult = evaluate(effective, s.input, { on: s.on, confirmedChecks: checks });
  const { filer, draft } = await draftFor(policy, s);
  let c = draft;
  if (policy.id === OVER_AGE_POLICY)
    c = await ok(
      'over-age form',
      filer.put(`/api/cases/${c.id}/over-age/application`, {
        version: c.version,
        application: overAgeApplication(),
      }),
    );
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
  c = await ok(
    'review',
    reviewer.post(`/api/cases/${c.id}/review`, {
      version: c.version,
      checks: Object.fromEntries(Object.entries(checks).map(([id, confirmed]) => [id, { confirmed }])),
    }),
  );

  // The case read the example's facts, and the rule decided on them what the rules package decides.
  const frozen = c.frozenFacts as { input: unknown };
  expect(JSON.stringify(parseInput(effective, frozen.input))).toBe(
    JSON.stringify(parseInput(effective, s.input)),
  );
  const evaluation = c.frozenEvaluation as EvaluationResult;
  expect(evaluation.outcome).toBe(reference.outcome);
  expect(evaluation.payableTotal).toBe(reference.payableTotal);

  const approve = await reviewer.post(`/api/cases/${c.id}/approve`, { version: c.version });
  if (reference.outcome !== 'eligible') {
    expect(approve.status).toBe(409);
    const failed = reference.conditions.filter((x) => x.status === 'fail');
    for (const f of failed) expect(approve.body.message).toContain(f.citation);
    return 'refused';
  }
  expect(approve.status, JSON.stringify(approve.body)).toBe(200);
  const fen = yuanToFen(reference.payableTotal!);
  expect(approve.body.approvedAmountFen).toBe(fen);
  if (s.expected.payable !== undefined && sameParameters(policy, s))
    expect(fenToYuan(fen)).toBe(s.expected.payable);

  const notice = await ok<Json>('notice', reviewer.get(`/api/cases/${c.id}/approval-notice`));
  expect(notice.amount).toMatchObject({
    fen,
    figures: `${yuanFigures(fenToYuan(fen))} 元`,
    words: fenInWords(fen),
  });

  if (!approve.body.availableActions.includes('send_to_finance')) return 'approved';
  const ref = [{ id: c.id, version: approve.body.version }];
  await ok('send', reviewer.post('/api/finance/send', { cases: ref }));
  const sent = await ok<Json>('case', reviewer.get(`/api/cases/${c.id}`));
  const plan = await ok<Json>(
    'plan',
    finance.post('/api/payment-plans', {
      title: `${policy.name} 示例`,
      cases: [{ id: c.id, version: sent.version }],
    }),
  );
  expect(plan.totalAmount).toBe(fenToYuan(fen));
  const approved = await ok<Json>(
    'approve plan',
    finance.post(`/api/payment-plans/${plan.id}/approve`, {
      version: plan.version,
    }),
  );
  const paid = await ok<Json>(
    'pay',
    finance.post(`/api/payment-plans/${approved.id}/pay`, {
      bankReference: `LC-${String(seq).padStart(6, '0')}`,
    }),
  );
  expect(paid.totals).toMatchObject({ paidCount: 1, paidAmount: fenToYuan(fen) });
  const after = await ok<Json>('case', reviewer.get(`/api/cases/${c.id}`));
  expect(after.status).toBe('paid');
  return 'paid';
}

describe('every worked example of the catalogue, walked through the case lifecycle', () => {
  for (const { policy, dir } of catalogue) {
    const scenarios = loadScenarios(new URL('tests.yaml', dir))
      .filter((s) => !s.expected.error && s.pastClaims.length === 0)
      // Examples with the YAML's own figures first, then those setting administered values.
      .sort((a, b) => Object.keys(a.overrides).length - Object.keys(b.overrides).length);
    it(`${policy.id}: approved, planned and paid at the rules' amount`, async () => {
      const outcomes: string[] = [];
      for (const s of scenarios) {
        await setAdministered(policy, s);
        const effective = await t.services.policies.effectivePolicy(policy.id);
        try {
          outcomes.push(await walk(policy, effective, s));
        } catch (e) {
          throw new Error(`${policy.id} 「${s.name}」: ${(e as Error).message}`, { cause: e });
        }
      }
      // Each policy has at least one example that goes all the way.
      expect(
        outcomes.some((o) => o !== 'refused'),
        outcomes.join(','),
      ).toBe(true);
    }, 600_000);
  }
});
