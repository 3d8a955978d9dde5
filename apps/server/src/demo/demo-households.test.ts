import { count, eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../bootstrap.ts';
import {
  householdMembers,
  households,
  zeroEmploymentAssistance,
  zeroEmploymentHouseholds,
} from '../modules/registry/households/households.schema.ts';
import { persons } from '../modules/registry/persons/persons.schema.ts';
import { createFieldCipher } from '../platform/crypto.ts';
import { createTestDatabase } from '../test/test-db.ts';
import { loadDemoCity } from './demo-city.ts';
import { createDemoHouseholds } from './demo-households.ts';

const database = await createTestDatabase();
afterAll(() => database.close());
const { db } = database;
await bootstrap(db);
await loadDemoCity(db, createFieldCipher(Buffer.alloc(32, 7)), {
  persons: 400,
  seed: 7,
  personsOnly: true,
  today: '2026-11-25',
});
const today = '2026-11-25';
const first = await db.transaction((tx) => createDemoHouseholds(tx, { seed: 3, today }));

describe('createDemoHouseholds', () => {
  it('groups persons of one organisation into households of 2 to 5 members headed by a member', async () => {
    expect(first.households).toBeGreaterThan(60);
    const sizes = await db
      .select({
        n: count(),
        orgs: sql<number>`count(distinct (select org_id from persons p where p.id = ${householdMembers.personId}))::int`,
        heads: sql<number>`count(*) filter (where ${householdMembers.relation} = 'head')::int`,
      })
      .from(householdMembers)
      .groupBy(householdMembers.householdId);
    expect(sizes).toHaveLength(first.households);
    for (const s of sizes) {
      expect(Number(s.n)).toBeGreaterThanOrEqual(2);
      expect(Number(s.n)).toBeLessThanOrEqual(5);
      expect(s.orgs).toBe(1);
      expect(s.heads).toBe(1);
    }
    const [headsMatch] = await db
      .select({ n: count() })
      .from(households)
      .innerJoin(householdMembers, eq(householdMembers.personId, households.headPersonId))
      .where(
        sql`${householdMembers.householdId} = ${households.id} and ${householdMembers.relation} = 'head'`,
      );
    expect(Number(headsMatch!.n)).toBe(first.households);
  });

  it('gives every household the address of its head', async () => {
    const rows = await db
      .select({ address: households.address, headAddress: persons.address })
      .from(households)
      .innerJoin(persons, eq(persons.id, households.headPersonId));
    expect(rows).toHaveLength(first.households);
    for (const r of rows) {
      expect(r.address).toMatch(/^泰安市.+号楼\d单元\d+室$/);
      expect(r.address).toBe(r.headAddress);
    }
  });

  it('recognises some households, assists most of them and eliminates a few, with consistent dates', async () => {
    expect(first.recognitions).toBeGreaterThan(0);
    expect(first.assistanceActions).toBeGreaterThan(0);
    const recs = await db.select().from(zeroEmploymentHouseholds);
    expect(recs).toHaveLength(first.recognitions);
    for (const r of recs) expect(r.recognisedOn <= today).toBe(true);
    const actions = await db
      .select({
        actedOn: zeroEmploymentAssistance.actedOn,
        recognisedOn: zeroEmploymentHouseholds.recognisedOn,
      })
      .from(zeroEmploymentAssistance)
      .innerJoin(
        zeroEmploymentHouseholds,
        eq(zeroEmploymentHouseholds.id, zeroEmploymentAssistance.recognitionId),
      );
    for (const a of actions) expect(a.actedOn >= a.recognisedOn && a.actedOn <= today).toBe(true);
  });

  it('leaves grouped persons alone when run again', async () => {
    const again = await db.transaction((tx) => createDemoHouseholds(tx, { seed: 3, today }));
    expect(again.households).toBe(0);
    expect(again.members).toBe(0);
  });
});
