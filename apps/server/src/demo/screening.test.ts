import { getPolicy } from '@minsheng/rules/catalogue.ts';
import { explainLead, profileFactKeys, screeningProfiles } from '@minsheng/rules/screening/screen.ts';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  addPerson,
  employmentBody,
  ok,
  unemploymentBody,
} from '../modules/registry/registrations/registrations.fixtures.ts';
import { employmentRegistrations } from '../modules/registry/registrations/registrations.schema.ts';
import { leadFactRow } from '../modules/screening/leads/lead-explanation.ts';
import { createTestApp } from '../test/test-app.ts';
import { seedScreening } from './screening.ts';

// TEST_NOW is 2026-10-20: the jobs end on 2024-08-20, the benefit runs 2024-08-30 to 2025-08-29.
// Odd sequence numbers are men.
const t = await createTestApp();
const officer1 = await t.login('officer1');
const officer2 = await t.login('officer2');
const today = t.today();
const community = t.city.community1.id;
const manA = await addPerson(officer1, community, 51, '1971-05-06');
const manB = await addPerson(officer1, community, 53, '1974-02-01');
await ok(
  officer1.post(`/api/persons/${manB}/employment-registrations`, employmentBody({ startedOn: '2015-03-01' })),
);
const womanD = await addPerson(officer1, community, 54, '1982-07-07');
// left alone: a job begun after the one that ended, outside 4050, a woman near retirement, another
// street, an unemployment registration already
const manE = await addPerson(officer1, community, 55, '1972-01-01');
await ok(
  officer1.post(`/api/persons/${manE}/employment-registrations`, employmentBody({ startedOn: '2025-01-10' })),
);
const young = await addPerson(officer1, community, 57, '1990-05-06');
const womanF = await addPerson(officer1, community, 58, '1971-05-06');
const elsewhere = await addPerson(officer2, t.city.community2.id, 59, '1971-05-06');
const manI = await addPerson(officer1, community, 61, '1970-09-09');
await ok(officer1.post(`/api/persons/${manI}/unemployment-registrations`, unemploymentBody(61)));

const seeded = await seedScreening({ db: t.db }, { today, stationUsername: 'officer1' });
const ASSISTANCE = 'county-city.employment-assistance';
const policy = getPolicy(ASSISTANCE)!;
const profile = screeningProfiles.find((p) => p.policyId === ASSISTANCE)!;
const factsOf = (personId: string) =>
  leadFactRow(t.db, { personId, subjectKey: '' }, profileFactKeys(policy), today);

describe('the demo screening registry', () => {
  it("picks the station's 4050 persons with local hukou whose registry can tell the story", () => {
    expect([...seeded.personIds].sort()).toEqual([manA, manB, womanD].sort());
    for (const other of [manE, young, womanF, elsewhere, manI]) expect(seeded.personIds).not.toContain(other);
  });

  it('leaves each of them entitled to 就业援助补贴 by the screening profile', async () => {
    for (const personId of seeded.personIds) {
      const { evaluation } = explainLead(policy, profile, await factsOf(personId), today);
      expect(evaluation.failed, personId).toEqual([]);
      expect(Number(evaluation.payableTotal)).toBeGreaterThan(0);
    }
  });

  it('ends an open job when the employer closed, and dates the benefit from today', async () => {
    const jobs = await t.db
      .select()
      .from(employmentRegistrations)
      .where(eq(employmentRegistrations.personId, manB));
    expect(jobs).toEqual([expect.objectContaining({ startedOn: '2015-03-01', endedOn: '2024-08-20' })]);
    const facts = await factsOf(manB);
    expect(facts['person.benefitEndedOn']).toBe('2025-08-29');
    expect(facts['person.employed']).toBe(false);
  });
});
