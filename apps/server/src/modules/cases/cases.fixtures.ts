import { addMonths } from '@minsheng/rules/engine/dates.ts';
import { loadUserWithAccess } from '../../platform/access/load-actor.ts';
import type { RoleUser } from '../../test/role-matrix.ts';
import type { TestApp, TestClient } from '../../test/test-app.ts';
import { certificateBody } from '../registry/certificates/certificates.fixtures.ts';
import { labourContracts } from '../registry/contracts/contracts.schema.ts';
import { insuranceContributions } from '../registry/contributions/contributions.schema.ts';
import { employerBody } from '../registry/employers/employers.fixtures.ts';
import { personBody } from '../registry/persons/persons.fixtures.ts';
import { shortageOccupations } from '../registry/shortage-occupations/shortage-occupations.schema.ts';

export const ZHUHAI = 'zhuhai.high-skill-subsidy';

const ok = <T>(res: { status: number; body: T }, what: string): T => {
  if (res.status !== 200) throw new Error(`${what} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/** The shortage-occupation catalogue the Zhuhai rule reads: 焊工 listed since 2024-08-01. */
export async function listWelder(t: TestApp) {
  await t.db
    .insert(shortageOccupations)
    .values({ occupation: '焊工', catalogueName: '珠海市紧缺技工工种目录', publishedOn: '2024-08-01' })
    .onConflictDoNothing();
}

/**
 * A Zhuhai high-skill applicant registered by the training institution (street1): a level-3 welder
 * certificate issued `issuedOn`, a local labour contract and paid pension months up to today —
 * everything the rule reads from the registry.
 */
export async function zhuhaiApplicant(
  t: TestApp,
  institution: TestClient,
  officer: TestClient,
  seq: number,
  opts: { issuedOn?: string; level?: string; today?: string } = {},
) {
  const today = opts.today ?? t.today();
  const person = ok(await institution.post('/api/persons', personBody(t.city.street1.id, seq)), 'person') as {
    id: string;
  };
  const cert = ok(
    await institution.post(
      `/api/persons/${person.id}/certificates`,
      certificateBody(seq, { level: opts.level ?? '3', issuedOn: opts.issuedOn ?? addMonths(today, -1) }),
    ),
    'certificate',
  ) as { id: string };
  const employer = ok(
    await officer.post('/api/employers', employerBody(t.city.street1.id, seq)),
    'employer',
  ) as {
    id: string;
  };
  await t.db.insert(labourContracts).values({
    personId: person.id,
    employerId: employer.id,
    termKind: 'fixed',
    signedOn: '2025-12-20',
    startsOn: '2026-01-01',
    endsOn: '2028-12-31',
    orgId: t.city.street1.id,
    orgPath: t.city.street1.path,
  });
  const months = [0, 1, 2, 3].map((n) => `${addMonths(today, -n).slice(0, 7)}-01`);
  await t.db.insert(insuranceContributions).values(
    months.map((month) => ({
      personId: person.id,
      employerId: employer.id,
      kind: 'pension',
      month,
      status: 'paid' as const,
      baseFen: 450_000,
      personalFen: 36_000,
      unitFen: 72_000,
      orgId: t.city.street1.id,
      orgPath: t.city.street1.path,
    })),
  );
  return { personId: person.id, certificateId: cert.id, employerId: employer.id };
}

/** POST /api/cases body for a Zhuhai case filed by the institution on the person's behalf. */
export const zhuhaiCaseBody = (
  a: { personId: string; certificateId: string },
  extra: Record<string, unknown> = {},
) => ({
  caseTypeId: ZHUHAI,
  applicantKind: 'institution_on_behalf',
  personId: a.personId,
  certificateId: a.certificateId,
  application: { part: 'both', certificate: { organisedLocally: true } },
  ...extra,
});

export const allProvided = (materials: { code: string }[]) =>
  materials.map((m) => ({ code: m.code, provided: true }));

/** Both human checks of the Zhuhai rule, confirmed. */
export const zhuhaiChecks = {
  training_materials: { confirmed: true, note: '材料已核对' },
  appraisal_materials: { confirmed: true },
};

/** A case taken from creation to `reviewed` through the API; answers the case file. */
export async function reviewedCase(
  clients: Record<RoleUser, TestClient>,
  applicant: { personId: string; certificateId: string },
) {
  const draft = ok(await clients.institution.post('/api/cases', zhuhaiCaseBody(applicant)), 'create');
  const materials = allProvided(draft.materials);
  const submitted = ok(
    await clients.institution.post(`/api/cases/${draft.id}/submit`, { version: draft.version, materials }),
    'submit',
  );
  const accepted = ok(
    await clients.officer1.post(`/api/cases/${draft.id}/accept`, { version: submitted.version }),
    'accept',
  );
  return ok(
    await clients.reviewer.post(`/api/cases/${draft.id}/review`, {
      version: accepted.version,
      checks: zhuhaiChecks,
    }),
    'review',
  );
}

export async function actorOf(t: TestApp, user: RoleUser) {
  const loaded = await loadUserWithAccess(t.db, t.users[user].id, { ip: null, userAgent: null });
  return loaded!.actor;
}
