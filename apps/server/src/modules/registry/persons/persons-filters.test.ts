import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.ts';
import { labourContracts } from '../contracts/contracts.schema.ts';
import { employerBody } from '../employers/employers.fixtures.ts';
import {
  difficultyDeterminations,
  employmentRegistrations,
  unemploymentRegistrations,
} from '../registrations/registrations.schema.ts';
import { personBody } from './persons.fixtures.ts';

// The registry facts behind the filters are written straight into their tables: these tests are
// about the person list, not about the rules that guard contracts and registrations.
describe('person list filters by employer, employment status and difficulty category', async () => {
  const t = await createTestApp();
  const officer = await t.login('officer1');
  const { id: orgId, path: orgPath } = t.city.community1;
  const ids: string[] = [];
  for (const seq of [801, 802, 803, 804]) {
    const res = await officer.post<{ id: string }>(
      '/api/persons',
      personBody(orgId, seq, { name: `筛选${seq}` }),
    );
    ids.push(res.body.id);
  }
  const [contracted, registeredEmployed, unemployed, formerWorker] = ids as [string, string, string, string];
  const employer = (await officer.post<{ id: string }>('/api/employers', employerBody(t.city.street1.id, 81)))
    .body.id;
  const scope = { orgId, orgPath };
  await t.db.insert(labourContracts).values([
    {
      personId: contracted,
      employerId: employer,
      termKind: 'open_ended',
      signedOn: '2024-01-01',
      startsOn: '2024-01-01',
      ...scope,
    },
    // Ended long ago: no longer works there.
    {
      personId: formerWorker,
      employerId: employer,
      termKind: 'fixed',
      signedOn: '2020-01-01',
      startsOn: '2020-01-01',
      endsOn: '2021-01-01',
      ...scope,
    },
  ]);
  await t.db.insert(employmentRegistrations).values([
    {
      personId: registeredEmployed,
      employerId: employer,
      form: 'employer',
      startedOn: '2025-03-01',
      ...scope,
    },
  ]);
  const [registration] = await t.db
    .insert(unemploymentRegistrations)
    .values({
      personId: unemployed,
      registeredOn: '2026-01-05',
      stationId: t.city.street1.id,
      certificateNumber: 'JY3709000001',
      reason: 'never_employed',
      ...scope,
    })
    .returning();
  await t.db.insert(difficultyDeterminations).values({
    personId: unemployed,
    unemploymentRegistrationId: registration!.id,
    category: 'long_term_unemployed',
    evidence: '失业一年以上',
    decidedOn: '2026-02-01',
    decidedBy: t.users.reviewer.id,
    ...scope,
  });

  const names = async (query: string) =>
    (await officer.get<{ items: { id: string }[] }>(`/api/persons?${query}`)).body.items
      .map((p) => p.id)
      .sort();

  it('finds who works at an employer now, by contract or by employment registration', async () => {
    expect(await names(`employerId=${employer}`)).toEqual([contracted, registeredEmployed].sort());
  });

  it('finds persons by open employment or unemployment registration', async () => {
    expect(await names('employment=employed')).toEqual([registeredEmployed]);
    expect(await names('employment=unemployed')).toEqual([unemployed]);
  });

  it('finds persons by an open difficulty category and not by one they do not have', async () => {
    expect(await names('difficultyCategory=long_term_unemployed')).toEqual([unemployed]);
    expect(await names('difficultyCategory=disabled')).toEqual([]);
  });

  it('answers a malformed employer id with a validation error', async () => {
    expect((await officer.get('/api/persons?employerId=abc')).status).toBe(422);
  });
});
