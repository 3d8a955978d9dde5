import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { createUser, seedTestCity } from '../../test/fixtures.ts';
import { createTestDatabase } from '../../test/test-db.ts';
import { memberSubquery } from './indicator-members.repo.ts';
import { personEventSets, refreshMemberEvents } from './member-events.ts';

// Whatever is written to the records — through the services, an import or plain SQL, in any
// order, with refreshes in between — the member rows after a refresh equal a recomputation of
// every person from scratch. That is what makes a figure read from them exact.

const database = await createTestDatabase();
const db = database.db;
afterAll(() => database.close());
const city = await seedTestCity(db);
const officer = await createUser(db, { username: 'officer', orgId: city.street1.id, roles: [] });
const orgs = [city.community1, city.community2];
const [employer] = await queryRows<{ id: string }>(
  db,
  sql`insert into employers (credit_code, name, type, industry, org_id, org_path)
    values ('91370983MA3C000009', '测试公司', 'enterprise', 'C', ${city.community1.id}, ${city.community1.path}) returning id`,
);
const persons: string[] = [];
for (let i = 0; i < 4; i++) {
  const [p] = await queryRows<{ id: string }>(
    db,
    sql`insert into persons (id_number_enc, id_number_hash, id_number_masked, name, gender, birth_date, hukou_type, hukou_place, org_id, org_path)
      values (${`enc-${i}`}, ${`hash-${i}`}, ${`370983********000${i}`}, ${`人${i}`}, '1', '1980-01-01', 'urban', 'local',
        ${orgs[i % 2]!.id}, ${orgs[i % 2]!.path}) returning id`,
  );
  persons.push(p!.id);
}

const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const month = (n: number) => `${day(n).slice(0, 7)}-01`;
const person = fc.nat({ max: persons.length - 1 });
const org = fc.nat({ max: 1 });
const when = fc.nat({ max: 730 });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
let seq = 0;

type Op = { label: string; run: () => Promise<unknown> };
const at = (o: number) => sql`${orgs[o]!.id}, ${orgs[o]!.path}`;
/** The n-th row (modulo the count) of a table, for updates and deletes of existing records. */
const nth = (table: string, n: number) =>
  sql`(select id from ${sql.identifier(table)} order by id offset (${n} % greatest((select count(*) from ${sql.identifier(table)}), 1)) limit 1)`;

const ops: fc.Arbitrary<Op>[] = [
  fc
    .record({ p: person, o: org, s: when, e: maybe(when), r: fc.constantFrom('retired', 'resigned') })
    .map((a) => ({
      label: `employment ${JSON.stringify(a)}`,
      run: () =>
        db.execute(sql`insert into employment_registrations (person_id, form, started_on, ended_on, end_reason, org_id, org_path)
        values (${persons[a.p]}, 'employer', ${day(a.s)}, ${a.e === null ? null : day(Math.max(a.s, a.e))},
          ${a.e === null ? null : a.r}, ${at(a.o)})`),
    })),
  fc.record({ n: fc.nat(), e: maybe(when), r: fc.constantFrom('retired', 'resigned') }).map((a) => ({
    label: `employment end ${JSON.stringify(a)}`,
    run: () =>
      db.execute(sql`update employment_registrations set ended_on = greatest(started_on, ${a.e === null ? null : day(a.e)}::date),
        end_reason = ${a.e === null ? null : a.r} where id = ${nth('employment_registrations', a.n)}`),
  })),
  fc.nat().map((n) => ({
    label: `employment delete ${n}`,
    run: () =>
      db.execute(sql`delete from employment_registrations where id = ${nth('employment_registrations', n)}`),
  })),
  fc
    .record({ p: person, o: org, s: when, e: maybe(when), r: fc.constantFrom('employed', 'moved') })
    .map((a) => ({
      label: `unemployment ${JSON.stringify(a)}`,
      run: () =>
        db.execute(sql`insert into unemployment_registrations (person_id, registered_on, station_id, certificate_number, reason, ended_on, end_reason, org_id, org_path)
        values (${persons[a.p]}, ${day(a.s)}, ${orgs[a.o]!.id}, ${`C-${++seq}`}, 'contract_dissolved',
          ${a.e === null ? null : day(Math.max(a.s, a.e))}, ${a.e === null ? null : a.r}, ${at(a.o)})`),
    })),
  fc
    .record({ p: person, o: org, m: when, paid: fc.boolean(), kind: fc.constantFrom('pension', 'medical') })
    .map((a) => ({
      label: `contribution ${JSON.stringify(a)}`,
      run: () =>
        db.execute(sql`insert into insurance_contributions (person_id, kind, month, status, base_fen, personal_fen, unit_fen, org_id, org_path)
        values (${persons[a.p]}, ${a.kind}, ${month(a.m)}, ${a.paid ? 'paid' : 'arrears'}, 400000, 32000, 64000, ${at(a.o)})
        on conflict do nothing`),
    })),
  fc.record({ n: fc.nat(), paid: fc.boolean() }).map((a) => ({
    label: `contribution status ${JSON.stringify(a)}`,
    run: () =>
      db.execute(sql`update insurance_contributions set status = ${a.paid ? 'paid' : 'arrears'}
        where id = ${nth('insurance_contributions', a.n)}`),
  })),
  fc.record({ p: person, o: org, s: when, e: maybe(when), x: maybe(when) }).map((a) => ({
    label: `contract ${JSON.stringify(a)}`,
    run: () =>
      db.execute(sql`insert into labour_contracts (person_id, employer_id, term_kind, signed_on, starts_on, ends_on, ended_on, org_id, org_path)
        values (${persons[a.p]}, ${employer!.id}, 'fixed', ${day(a.s)}, ${day(a.s)},
          ${a.e === null ? null : day(Math.max(a.s, a.e))}, ${a.x === null ? null : day(Math.max(a.s, a.x))}, ${at(a.o)})`),
  })),
  fc.record({ p: person, o: org, d: when, x: maybe(when) }).map((a) => ({
    label: `difficulty ${JSON.stringify(a)}`,
    run: () =>
      db.execute(sql`insert into difficulty_determinations (person_id, unemployment_registration_id, category, evidence, decided_on, decided_by, exited_on, org_id, org_path)
        select ${persons[a.p]}, u.id, ${`c${++seq}`}, '特困证', ${day(a.d)}, ${officer.id},
          ${a.x === null ? null : day(Math.max(a.d, a.x))}, ${at(a.o)}
        from unemployment_registrations u where u.person_id = ${persons[a.p]} limit 1`),
  })),
  fc.record({ p: person, rural: fc.boolean() }).map((a) => ({
    label: `hukou ${JSON.stringify(a)}`,
    run: () =>
      db.execute(
        sql`update persons set hukou_type = ${a.rural ? 'rural' : 'urban'} where id = ${persons[a.p]}`,
      ),
  })),
  fc.constant({ label: 'refresh', run: () => refreshMemberEvents(db) }),
];

const snapshot = () =>
  queryRows<Record<string, string>>(
    db,
    sql`select member_set, person_id, org_path, on_date::text, ready_on::text from statistics_member_events
      order by member_set, person_id, org_path, on_date, ready_on`,
  );

const everywhere: Actor = {
  userId: '00000000-0000-0000-0000-000000000001',
  username: 'stats',
  displayName: 'stats',
  orgId: city.city.id,
  orgPath: city.city.path,
  roles: [
    {
      code: 'x',
      name: 'x',
      permissions: ['stats:read'],
      dataScope: 'all',
      customOrgPaths: [],
      adminClass: null,
    },
  ],
  ip: null,
  userAgent: null,
};

/**
 * What a period's figure must be: the distinct persons with a row in the period that holds by its
 * end, each at their first such row (by date, then organisation), when that row lies in the subtree.
 */
async function expectedMembers(set: string, from: string, to: string, orgPath: string) {
  const lower = set === 'insurance_expansion' ? `${from.slice(0, 7)}-01` : from;
  const rows = await queryRows<{ person_id: string; on_date: string }>(
    db,
    sql`select person_id, on_date::text from (select distinct on (person_id) person_id, on_date, org_path
      from statistics_member_events where member_set = ${set} and on_date between ${lower} and ${to} and ready_on <= ${to}
      order by person_id, on_date, org_path, org_id) first where org_path like ${`${orgPath}%`} order by person_id`,
  );
  return rows.map((r) => `${r.person_id} ${r.on_date}`);
}

async function countedMembers(
  set: (typeof personEventSets)[number],
  from: string,
  to: string,
  orgPath: string,
) {
  const rows = await queryRows<{ key: string; on_date: string }>(
    db,
    sql`select m.key, m.on_date::text from ${memberSubquery(set, { actor: everywhere, orgPath, from, to })} m order by m.key`,
  );
  return rows.map((r) => `${r.key} ${r.on_date}`);
}

describe('member rows of the person indicators', () => {
  it('after any writes and a refresh equal a recomputation of every person from the records', async () => {
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(...ops), { minLength: 1, maxLength: 25 }), async (steps) => {
        for (const step of steps) {
          try {
            await step.run();
          } catch (e) {
            // a write the schema refuses (one open registration per person …) changes nothing
            if (!(e instanceof Error) || !/violates|duplicate/.test(`${e.message} ${String(e.cause)}`))
              throw e;
          }
        }
        await refreshMemberEvents(db);
        const incremental = await snapshot();
        await db.execute(sql`insert into statistics_dirty_persons select id from persons`);
        expect(await refreshMemberEvents(db)).toBe(persons.length);
        expect(incremental, steps.map((s) => s.label).join('\n')).toEqual(await snapshot());
        if (incremental.length > 0) nonEmpty += 1;
        // every period reads each person once, at their first row in it, without grouping
        for (const [a, b] of [
          [0, 730],
          [90, 180],
          [365, 400],
        ] as const)
          for (const path of [city.city.path, city.street2.path])
            for (const set of personEventSets)
              expect(
                await countedMembers(set, day(a), day(b), path),
                `${set} ${day(a)}…${day(b)} ${path}`,
              ).toEqual(await expectedMembers(set, day(a), day(b), path));
      }),
      { numRuns: 30 },
    );
    expect(nonEmpty).toBeGreaterThan(10); // the runs built members, not only empty tables
  });

  it('a refresh with nothing marked writes nothing and says so', async () => {
    await refreshMemberEvents(db);
    expect(await refreshMemberEvents(db)).toBe(0);
  });
});
