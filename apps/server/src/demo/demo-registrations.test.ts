import { and, count, eq, isNull } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../bootstrap.ts';
import { persons } from '../modules/registry/persons/persons.schema.ts';
import {
  benefitViolation,
  checkDifficultyCategory,
  registrationPlace,
} from '../modules/registry/registrations/registration-rules.ts';
import {
  difficultyDeterminations,
  employmentRegistrations,
  unemploymentRegistrations,
} from '../modules/registry/registrations/registrations.schema.ts';
import { createFieldCipher } from '../platform/crypto.ts';
import { createTestDatabase } from '../test/test-db.ts';
import { loadDemoCity } from './demo-city.ts';
import { createDemoRegistrations } from './demo-registrations.ts';

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
const first = await db.transaction((tx) => createDemoRegistrations(tx, { seed: 3, today }));

describe('createDemoRegistrations', () => {
  it('gives employment to many persons, unemployment to some and determines a few', () => {
    expect(first.employment).toBeGreaterThan(60);
    expect(first.unemployment).toBeGreaterThan(10);
    expect(first.determinations).toBeGreaterThan(0);
  });

  it('never leaves a person employed and unemployed at once, nor a record in the future', async () => {
    const both = await db
      .select({ n: count() })
      .from(employmentRegistrations)
      .innerJoin(
        unemploymentRegistrations,
        and(
          eq(unemploymentRegistrations.personId, employmentRegistrations.personId),
          isNull(unemploymentRegistrations.endedOn),
        ),
      )
      .where(isNull(employmentRegistrations.endedOn));
    expect(Number(both[0]!.n)).toBe(0);
    for (const e of await db.select().from(employmentRegistrations)) {
      expect(e.startedOn <= today).toBe(true);
      if (e.endedOn) expect(e.endedOn >= e.startedOn && e.endedOn <= today).toBe(true);
    }
  });

  it('registers unemployment only where the seed allows and determines only categories the rules allow', async () => {
    const rows = await db
      .select({ u: unemploymentRegistrations, p: persons })
      .from(unemploymentRegistrations)
      .innerJoin(persons, eq(persons.id, unemploymentRegistrations.personId));
    for (const { u, p } of rows) {
      const history = (
        await db.select().from(employmentRegistrations).where(eq(employmentRegistrations.personId, p.id))
      )
        .filter((e) => e.endedOn !== null && e.endedOn <= u.registeredOn)
        .map((e) => ({ startedOn: e.startedOn, endedOn: e.endedOn }));
      expect(registrationPlace(p, history).allowed).toBe(true);
    }
    const decided = await db
      .select({ d: difficultyDeterminations, u: unemploymentRegistrations, p: persons })
      .from(difficultyDeterminations)
      .innerJoin(
        unemploymentRegistrations,
        eq(unemploymentRegistrations.id, difficultyDeterminations.unemploymentRegistrationId),
      )
      .innerJoin(persons, eq(persons.id, difficultyDeterminations.personId));
    for (const { d, u, p } of decided) {
      const v = checkDifficultyCategory({
        person: p,
        category: d.category as never,
        decidedOn: d.decidedOn,
        unemployment: u,
      });
      expect(v).toBeNull();
    }
  });

  it('records a benefit period on registrations after a year of work, valid and ending with the unemployment', async () => {
    const rows = await db.select().from(unemploymentRegistrations);
    const withBenefit = rows.filter((u) => u.benefitUntil !== null);
    expect(withBenefit.length).toBeGreaterThan(0);
    expect(withBenefit.length).toBeLessThan(rows.length);
    for (const u of withBenefit) {
      const benefitTotal = (u.benefitTotalFen! / 100).toFixed(2);
      const b = { benefitFrom: u.benefitFrom, benefitUntil: u.benefitUntil, benefitTotal };
      expect(benefitViolation(u.registeredOn, b)).toBeNull();
      expect(u.reason).not.toBe('never_employed');
      if (u.endedOn) expect(u.benefitUntil! < u.endedOn).toBe(true);
    }
  });

  it('leaves persons with registrations alone when run again', async () => {
    const perPerson = async () =>
      new Map(
        (
          await db
            .select({ id: employmentRegistrations.personId, n: count() })
            .from(employmentRegistrations)
            .groupBy(employmentRegistrations.personId)
        ).map((r) => [r.id, Number(r.n)]),
      );
    const before = await perPerson();
    await db.transaction((tx) => createDemoRegistrations(tx, { seed: 3, today }));
    const after = await perPerson();
    for (const [id, n] of before) expect(after.get(id)).toBe(n);
  });
});
