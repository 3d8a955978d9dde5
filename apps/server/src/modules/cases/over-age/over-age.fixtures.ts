import type { TestApp, TestClient } from '../../../test/test-app.ts';
import { personBody, residentId } from '../../registry/persons/persons.fixtures.ts';
import { OVER_AGE_POLICY } from './over-age.application.ts';

/** The 2024 average wage the rules package's own scenarios use (tests.yaml: a test figure). */
export const TEST_WAGE = '118523';

export const ok = <T>(res: { status: number; body: T }, what: string): T => {
  if (res.status !== 200) throw new Error(`${what} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/** The application of the rules package's base scenario: a former state-enterprise worker, city districts. */
export const overAgeApplication = (extra: Record<string, unknown> = {}) => ({
  formerEmployerName: '青岛第二纺织厂',
  ownership: 'state',
  formalEmployment: true,
  startedWorkOn: '1975-03-01',
  leftEmployerOn: '1990-05-01',
  declaredServiceYears: 15,
  area: 'city_districts',
  insuredSinceLeaving: false,
  receivingPension: false,
  address: '青岛市市南区香港中路 1 号',
  phone: '13800000000',
  ...extra,
});

/** The administrator sets the 2024 average wage the notice's amounts rest on (a placeholder otherwise). */
export const setWage = (reviewer: TestClient, value: string) =>
  reviewer.put(`/api/policies/${OVER_AGE_POLICY}/parameters/city_average_wage`, {
    effectiveFrom: '2024-06-30',
    value,
    refDoc: '青岛市统计局公布的2024年在岗职工平均工资（测试值）',
  });

/**
 * A man born 1955-03-10 with Qingdao hukou (the rules package's base person), registered at
 * street 1, and his over-age case taken by the street officer to `accepted`.
 */
export async function acceptedOverAgeCase(t: TestApp, officer: TestClient, seq: number) {
  // An odd sequence number: a man, like the rules package's base person.
  const idNumber = residentId('370202', '19550310', (2 * seq + 1) % 1000);
  const person = ok(
    await officer.post('/api/persons', personBody(t.city.street1.id, seq, { idNumber })),
    'person',
  );
  const draft = ok(
    await officer.post('/api/cases', {
      caseTypeId: OVER_AGE_POLICY,
      applicantKind: 'person',
      personId: person.id,
    }),
    'create',
  );
  const filled = ok(
    await officer.put(`/api/cases/${draft.id}/over-age/application`, {
      version: draft.version,
      application: overAgeApplication(),
    }),
    'application',
  );
  const current = ok(await officer.get(`/api/cases/${draft.id}`), 'detail');
  const materials = current.materials.map((m: { code: string }) => ({ code: m.code, provided: true }));
  const submitted = ok(
    await officer.post(`/api/cases/${draft.id}/submit`, { version: current.version, materials }),
    'submit',
  );
  const accepted = ok(
    await officer.post(`/api/cases/${draft.id}/accept`, { version: submitted.version }),
    'accept',
  );
  return { personId: person.id as string, caseId: draft.id as string, accepted, draft, filled };
}

export const confirmation = (extra: Record<string, unknown> = {}) => ({
  serviceYears: 15,
  deemedServiceYears: 3,
  archiveNumber: 'QD-DA-2024-000123',
  basis: '职工档案：招工登记表（1975）、退职审批表（1990）；退伍证（军龄3年）',
  ...extra,
});

export const overAgeChecks = {
  materials: { confirmed: true, note: '书面申请、身份证和户口簿原件及复印件已核对' },
  service_years_confirmed: { confirmed: true },
};
