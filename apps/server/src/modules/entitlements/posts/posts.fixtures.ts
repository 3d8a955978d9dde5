import type { TestClient } from '../../../test/test-app.ts';
import { employerBody } from '../../registry/employers/employers.fixtures.ts';
import { addPerson, ok, unemploymentBody } from '../../registry/registrations/registrations.fixtures.ts';

/** A person at `orgId`, registered unemployed and determined a 就业困难人员 (持《特困证》); answers the id. */
export async function difficultyPerson(
  officer: TestClient,
  reviewer: TestClient,
  orgId: number,
  seq: number,
  birthDate?: string,
) {
  const p = await addPerson(officer, orgId, seq, birthDate);
  await ok(officer.post(`/api/persons/${p}/unemployment-registrations`, unemploymentBody(seq)));
  await ok(
    reviewer.post(`/api/persons/${p}/difficulty-determinations`, {
      category: 'hardship_certificate',
      evidence: '特困证 2026-001 号',
    }),
  );
  return p;
}

export const addEmployer = async (officer: TestClient, orgId: number, seq: number) =>
  (await ok(officer.post('/api/employers', employerBody(orgId, seq)))).id;

export const postBody = (
  employerId: string,
  holderPersonId: string,
  overrides: Record<string, unknown> = {},
) => ({
  employerId,
  holderPersonId,
  title: '社区保洁员',
  kind: 'public_welfare',
  startOn: '2026-03-02',
  ...overrides,
});
