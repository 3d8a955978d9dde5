import { addDays, addYears } from '@minsheng/rules/engine/dates.ts';
import type { TestClient } from '../../../test/test-app.ts';
import { TEST_TODAY } from '../../../test/test-clock.ts';
import { personBody, residentId } from '../persons/persons.fixtures.ts';

/** The test apps' today (they run on the test clock). */
export const today = () => TEST_TODAY;
export const daysAgo = (n: number) => addDays(TEST_TODAY, -n);
/** The birth date of someone who turns `years` exactly today (+ `shiftDays` later). */
export const bornYearsAgo = (years: number, shiftDays = 0) =>
  addDays(addYears(TEST_TODAY, -years), shiftDays);

/**
 * Registers a person born on `birthDate` (odd `seq` = man, even = woman) and answers the id.
 * Override hukou fields through `overrides`.
 */
export async function addPerson(
  client: TestClient,
  orgId: number,
  seq: number,
  birthDate = '1985-03-15',
  overrides: Record<string, unknown> = {},
) {
  const idNumber = residentId('370983', birthDate.replaceAll('-', ''), seq);
  const res = await client.post('/api/persons', personBody(orgId, seq, { idNumber, ...overrides }));
  if (res.status !== 200) throw new Error(`person: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

export const employmentBody = (overrides: Record<string, unknown> = {}) => ({
  form: 'flexible',
  startedOn: '2020-03-01',
  ...overrides,
});

export const unemploymentBody = (seq: number, overrides: Record<string, unknown> = {}) => ({
  registeredOn: daysAgo(30),
  certificateNumber: `3709830${String(seq).padStart(6, '0')}`,
  reason: 'contract_dissolved',
  ...overrides,
});

/** Posts and insists on success; answers the body. */
export async function ok(res: Promise<{ status: number; body: unknown }>) {
  const r = await res;
  if (r.status !== 200) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
  return r.body as { id: string; version: number } & Record<string, unknown>;
}
