import type { TestClient } from '../../../test/test-app.ts';
import { personBody, residentId } from '../persons/persons.fixtures.ts';

/** A valid POST /api/households body; override what the test is about. */
export const householdBody = (
  orgId: number,
  seq: number,
  headPersonId: string,
  overrides: Record<string, unknown> = {},
) => ({
  number: `HH${String(seq).padStart(6, '0')}`,
  address: `新城街道 ${seq} 号`,
  orgId,
  headPersonId,
  ...overrides,
});

/** Registers a person (born 1985-03-15 unless `birth` YYYYMMDD is given) and answers the id. */
export async function addPerson(
  client: TestClient,
  orgId: number,
  seq: number,
  opts: { birth?: string; name?: string; hukouType?: string } = {},
) {
  const res = await client.post(
    '/api/persons',
    personBody(orgId, seq, {
      ...(opts.birth ? { idNumber: residentId('370983', opts.birth, seq) } : {}),
      ...(opts.name ? { name: opts.name } : {}),
      ...(opts.hukouType ? { hukouType: opts.hukouType } : {}),
    }),
  );
  if (res.status !== 200) throw new Error(`person: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/** Registers a household headed by a new person; answers the household id and its head. */
export async function addHousehold(
  client: TestClient,
  orgId: number,
  seq: number,
  opts: { birth?: string; hukouType?: string; name?: string } = {},
) {
  const head = await addPerson(client, orgId, seq, opts);
  const res = await client.post('/api/households', householdBody(orgId, seq, head));
  if (res.status !== 200) throw new Error(`household: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id as string, head, version: res.body.version as number };
}
