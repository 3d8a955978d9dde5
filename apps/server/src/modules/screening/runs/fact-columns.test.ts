import { addDays } from '@minsheng/rules/engine/dates.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.ts';
import { factProviders, factReader } from '../../cases/facts/fact-providers.ts';
import { createCaseFactsRepo } from '../../cases/facts/facts.repo.ts';
import { qualificationCertificates } from '../../registry/certificates/certificates.schema.ts';
import { BOUNDARY, seedFactPopulation } from './fact-columns.fixtures.ts';
import { createFactColumnsRepo, REGISTRY_FACT_KEYS, type SubjectColumns } from './fact-columns.repo.ts';

const t = await createTestApp();
const { community1, street1, community2, city } = t.city;
// 14 persons each in a community of street 1 (and the two boundary persons), in street 1 itself,
// and in street 2's community
const byOrg = await seedFactPopulation(t.db, [community1, street1, community2], 14, t.users.reviewer.id);
const inStreet1 = [...byOrg.get(community1.id)!, ...byOrg.get(street1.id)!].sort();
const everyone = [...inStreet1, ...byOrg.get(community2.id)!].sort();
const repo = createFactColumnsRepo(t.db);
const caseFacts = createCaseFactsRepo(t.db);

interface Row {
  personId: string;
  subjectKey: string;
  orgId: string;
  orgPath: string;
  facts: Record<string, unknown>;
}

const rowsOf = (c: SubjectColumns): Row[] =>
  c.personId.map((personId, i) => ({
    personId,
    subjectKey: c.subjectKey[i]!,
    orgId: c.orgId[i]!,
    orgPath: c.orgPath[i]!,
    facts: Object.fromEntries(REGISTRY_FACT_KEYS.map((k) => [k, c.facts[k]![i]])),
  }));

/** Every chunk of the subtree on `on`, `limit` persons at a time, until one comes back empty. */
async function loadAll(orgPath: string, on: string, limit: number) {
  const persons: Row[] = [];
  const certificates: Row[] = [];
  const sizes: number[] = [];
  let afterPersonId: string | null = null;
  for (;;) {
    const chunk = await repo.loadChunk({ orgPath, on, afterPersonId, limit });
    if (chunk.lastPersonId === null) {
      expect(chunk.persons.personId).toEqual([]);
      expect(chunk.certificates.personId).toEqual([]);
      break;
    }
    sizes.push(chunk.persons.personId.length);
    expect(chunk.lastPersonId).toBe(chunk.persons.personId.at(-1));
    persons.push(...rowsOf(chunk.persons));
    certificates.push(...rowsOf(chunk.certificates));
    afterPersonId = chunk.lastPersonId;
  }
  return { persons, certificates, sizes };
}

/** What the case fact providers say for the person (and certificate) on `on`: the value only. */
async function provided(personId: string, certificateId: string | null, on: string) {
  const reader = factReader(caseFacts, { personId, certificateId, appliedOn: null }, on);
  return Object.fromEntries(
    await Promise.all(REGISTRY_FACT_KEYS.map(async (k) => [k, (await factProviders[k](reader))?.value])),
  );
}

const allCertificates = await t.db
  .select({ id: qualificationCertificates.id, personId: qualificationCertificates.personId })
  .from(qualificationCertificates);

/** Every row's facts equal the providers'; every certificate of the loaded persons has its row. */
async function expectAsProvided(
  loaded: Awaited<ReturnType<typeof loadAll>>,
  personIds: string[],
  on: string,
) {
  expect(loaded.persons.map((r) => r.personId)).toEqual(personIds);
  for (const row of loaded.persons) {
    expect(row.subjectKey).toBe('');
    expect(row.facts, `person ${row.personId} on ${on}`).toStrictEqual(
      await provided(row.personId, null, on),
    );
  }
  const expected = allCertificates.filter((c) => personIds.includes(c.personId));
  expect(loaded.certificates.map((r) => r.subjectKey).sort()).toEqual(expected.map((c) => c.id).sort());
  for (const row of loaded.certificates) {
    expect(row.personId).toBe(expected.find((c) => c.id === row.subjectKey)?.personId);
    expect(row.facts, `certificate ${row.subjectKey} on ${on}`).toStrictEqual(
      await provided(row.personId, row.subjectKey, on),
    );
  }
}

describe('the fact columns of a screening run', () => {
  it('reads every person of the subtree once, in id order, a chunk at a time, and no one outside it', async () => {
    expect(await repo.countPersons(street1.path)).toBe(30);
    expect(await repo.countPersons(city.path)).toBe(44);
    const loaded = await loadAll(street1.path, '2026-03-15', 12);
    expect(loaded.sizes).toEqual([12, 12, 6]);
    expect(loaded.persons.map((r) => r.personId)).toEqual(inStreet1);
    for (const row of loaded.persons) {
      const org = byOrg.get(community1.id)!.includes(row.personId) ? community1 : street1;
      expect(row).toMatchObject({ orgId: String(org.id), orgPath: org.path });
    }
    expect(loaded.certificates.every((r) => inStreet1.includes(r.personId))).toBe(true);
  });

  it('gives a population varied enough to mean something', async () => {
    const { persons, certificates } = await loadAll(city.path, '2026-03-15', 100);
    const values = (key: string) =>
      new Set(persons.map((r) => (r.facts[key] === undefined ? 'undefined' : JSON.stringify(r.facts[key]))));
    for (const key of [
      'person.registeredUnemployed',
      'person.receivingUnemploymentBenefit',
      'person.employed',
      'person.difficultyPerson',
      'person.zeroEmploymentHousehold',
      'insurance.payingLocally',
      'insurance.recordedInSystem',
    ])
      expect(values(key), key).toEqual(new Set(['true', 'false']));
    expect(values('person.entitledBenefitTotal').size).toBeGreaterThan(2);
    expect(values('contract.current').has('null')).toBe(true);
    expect(values('contract.current').size).toBeGreaterThan(3);
    expect(new Set(certificates.map((r) => r.facts['shortage.listed']))).toEqual(new Set([true, false]));
  });

  it('tells a record that ends or starts on the date from one open on it', async () => {
    const [ending, starting] = byOrg.get(community1.id)!.slice(-2);
    const facts = async (on: string) => {
      const rows = (await loadAll(community1.path, on, 100)).persons;
      return [ending, starting].map((id) => rows.find((r) => r.personId === id)!.facts);
    };
    const keys = [
      'person.registeredUnemployed',
      'person.receivingUnemploymentBenefit',
      'person.employed',
      'person.difficultyPerson',
      'person.zeroEmploymentHousehold',
      'insurance.payingLocally',
    ];
    const [endingBefore, startingBefore] = await facts(addDays(BOUNDARY, -1));
    const [endingOn, startingOn] = await facts(BOUNDARY);
    for (const key of keys) {
      expect([endingBefore![key], endingOn![key]], key).toEqual([true, false]);
      expect([startingBefore![key], startingOn![key]], key).toEqual([false, true]);
    }
    expect(endingBefore!['contract.current']).toEqual({
      localEmployer: true,
      startOn: '2025-02-01',
      endOn: '2027-01-31',
    });
    expect(endingOn!['contract.current']).toBeNull();
    expect(startingOn!['contract.current']).toEqual({ localEmployer: true, startOn: BOUNDARY, endOn: null });
    expect(endingBefore!['person.entitledBenefitTotal']).toBe('12345.67');
    expect(startingOn!['person.unemploymentRegisteredOn']).toBe(BOUNDARY);
    expect(startingBefore!['person.unemploymentRegisteredOn']).toBeUndefined();
    expect(startingBefore!['person.retirementCategory']).toBeUndefined(); // a woman: declared
    expect(endingOn!['person.retirementCategory']).toBe('male');
  });

  // Street 1 is most of the persons in any chunk's id range (records read by id range, other
  // persons' skipped); street 2's community is a third of them (records read by id list).
  it.each([
    // before most records start: registrations, contracts and contributions not yet made count for nothing
    ['2024-02-01', 10, 'street1'],
    ['2025-07-31', 10, 'street1'],
    [addDays(BOUNDARY, -1), 7, 'street1'],
    [BOUNDARY, 30, 'street1'],
    ['2027-12-31', 50, 'street1'],
    ['2025-07-31', 50, 'community2'],
    [BOUNDARY, 5, 'community2'],
  ] as const)(
    'equals the case fact providers for every person and certificate on %s (chunks of %i, %s)',
    async (on, limit, org) => {
      const ids = org === 'street1' ? inStreet1 : [...byOrg.get(community2.id)!].sort();
      await expectAsProvided(await loadAll(t.city[org].path, on, limit), ids, on);
    },
  );

  it('equals the case fact providers on any date, whatever the subtree and chunk size', async () => {
    const subtrees = [
      [city.path, everyone],
      [street1.path, inStreet1],
      [community2.path, [...byOrg.get(community2.id)!].sort()],
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1500 }),
        fc.integer({ min: 3, max: 60 }),
        fc.constantFrom(...subtrees),
        async (day, limit, [orgPath, ids]) => {
          const on = addDays('2023-10-01', day);
          await expectAsProvided(await loadAll(orgPath, on, limit), [...ids], on);
        },
      ),
      { numRuns: 8 },
    );
  });
});
