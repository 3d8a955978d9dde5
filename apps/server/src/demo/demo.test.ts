import { parseResidentId } from '@minsheng/rules/national/resident-id.ts';
import { count, eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { bootstrap } from '../bootstrap.ts';
import { persons } from '../modules/registry/persons/persons.schema.ts';
import { users } from '../platform/access/access.schema.ts';
import { createFieldCipher } from '../platform/crypto.ts';
import { organisations } from '../platform/orgs/orgs.schema.ts';
import { testConfig } from '../test/test-app.ts';
import { TEST_TODAY } from '../test/test-clock.ts';
import { createTestDatabase } from '../test/test-db.ts';
import { createDemoCity, loadDemoCity } from './demo-city.ts';
import { addDemoPersons, insertDemoPersons } from './demo-load-persons.ts';
import { type DemoCommunity, generateDemoPersons } from './demo-persons.ts';

const communities: DemoCommunity[] = [
  { id: 1, path: '/1/2/3/4/', regionCode: '370902001001', address: '泰安市泰山区岱庙街道岱宗社区' },
  { id: 2, path: '/1/5/6/7/', regionCode: '370983002003', address: '泰安市肥城市老城街道花园社区' },
];

describe('generateDemoPersons', () => {
  it('always produces valid, distinct ID numbers consistent with birth date, gender and district', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 300 }), (seed, n) => {
        const people = generateDemoPersons(seed, n, communities);
        expect(people).toHaveLength(n);
        expect(new Set(people.map((p) => p.idNumber)).size).toBe(n);
        for (const p of people) {
          const parsed = parseResidentId(p.idNumber, { on: '2026-01-01' });
          if (!parsed.ok) throw new Error(`${p.idNumber}: ${parsed.message}`);
          expect(parsed.birthDate).toBe(p.birthDate);
          expect(p.birthDate >= '1960-01-01' && p.birthDate <= '2005-12-31').toBe(true);
          expect(parsed.gender === 'male' ? '1' : '2').toBe(p.gender);
          const org = communities.find((c) => c.id === p.orgId)!;
          expect(parsed.regionCode).toBe(org.regionCode.slice(0, 6));
          expect(p.phone).toMatch(/^1[3-9]\d{9}$/);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic for a seed', () => {
    expect(generateDemoPersons(7, 50, communities)).toEqual(generateDemoPersons(7, 50, communities));
    expect(generateDemoPersons(7, 50, communities)).not.toEqual(generateDemoPersons(8, 50, communities));
  });
});

describe('loadDemoCity', async () => {
  const database = await createTestDatabase();
  const cipher = createFieldCipher(testConfig().dataKey);
  const { app, services } = await buildApp({ config: testConfig(), database, logger: false });
  afterAll(async () => {
    await app.close();
    await database.close();
  });
  const demo = await loadDemoCity(database.db, cipher, { persons: 500, seed: 42, today: TEST_TODAY });

  it('inserts persons in chunks of 500, not row by row (100 000 must stay linear)', async () => {
    let inserts = 0;
    await database.db
      .transaction(async (tx) => {
        // Counts the INSERT statements the loader issues; rolled back afterwards.
        const counting = new Proxy(tx, {
          get(target, prop) {
            const v = Reflect.get(target, prop, target) as unknown;
            if (prop === 'insert') inserts++;
            return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
          },
        });
        const people = generateDemoPersons(
          5,
          1200,
          communities.map((c) => ({ ...c, id: demo.rootOrgId })),
        );
        expect(await insertDemoPersons(counting, cipher, people, () => null)).toBe(1200);
        throw new Error('rollback');
      })
      .catch((e: Error) => expect(e.message).toBe('rollback'));
    expect(inserts).toBe(3);
  });

  it("takes applications for 肥城市's own policies; the other cities' are reference only", async () => {
    const types = await services.caseTypes.list();
    const byId = new Map(types.map((x) => [x.id, x]));
    expect(byId.get('county-city.employer-hiring')).toMatchObject({
      enabled: true,
      enabledSetting: null,
      localJurisdiction: '肥城市',
    });
    for (const other of [
      'zhuhai.high-skill-subsidy',
      'qingdao.over-age-fixed-workers',
      'dezhou.health-check-settlement',
    ])
      expect(byId.get(other), other).toMatchObject({ enabled: false, localJurisdiction: null });
  });

  it('builds 泰安市 → two districts → 3–4 streets → 2–3 communities with prefixed codes', async () => {
    const orgs = await database.db.select().from(organisations);
    const byId = new Map(orgs.map((o) => [o.id, o]));
    expect(byId.get(demo.rootOrgId)).toMatchObject({ name: '泰安市', regionCode: '370900', level: 'city' });
    const children = (id: number) => orgs.filter((o) => o.parentId === id);
    const districts = children(demo.rootOrgId);
    expect(districts.map((d) => d.regionCode).sort()).toEqual(['370902', '370983']);
    for (const d of districts) {
      const streets = children(d.id);
      expect(streets.length).toBeGreaterThanOrEqual(3);
      expect(streets.length).toBeLessThanOrEqual(4);
      for (const s of streets) {
        expect(s.regionCode).toMatch(new RegExp(`^${d.regionCode}\\d{3}$`));
        const cs = children(s.id);
        expect(cs.length).toBeGreaterThanOrEqual(2);
        expect(cs.length).toBeLessThanOrEqual(3);
        for (const c of cs) {
          expect(c.regionCode).toMatch(new RegExp(`^${s.regionCode}\\d{3}$`));
          expect(c.path).toBe(`${s.path}${c.id}/`);
        }
      }
    }
  });

  it('registers the persons in communities with valid, encrypted ID numbers', async () => {
    const rows = await database.db
      .select({
        enc: persons.idNumberEnc,
        orgId: persons.orgId,
        orgPath: persons.orgPath,
        path: organisations.path,
        level: organisations.level,
      })
      .from(persons)
      .innerJoin(organisations, eq(organisations.id, persons.orgId));
    expect(rows).toHaveLength(500);
    for (const r of rows) {
      expect(r.level).toBe('community');
      expect(r.orgPath).toBe(r.path);
      expect(parseResidentId(cipher.decrypt(r.enc)).ok).toBe(true);
    }
  });

  it('creates users of every business role sharing one password that must be changed', async () => {
    expect(new Set(demo.users.map((u) => u.role))).toEqual(
      new Set([
        'city_reviewer',
        'bureau_leader',
        'street_officer',
        'community_worker',
        'finance_officer',
        'training_institution',
        'expert',
        'bank_officer',
        'medical_insurance_officer',
        'hospital_staff',
      ]),
    );
    expect(
      demo.users.filter((u) => u.role === 'street_officer').every((u) => /^jd_\d{9}$/.test(u.username)),
    ).toBe(true);
    const rows = await database.db.select().from(users);
    expect(rows.every((u) => u.mustChangePassword)).toBe(true);
    for (const username of [demo.users[0]!.username, demo.users.at(-1)!.username]) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: demo.password },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().stage).toBe('change_password');
    }
  });

  it('gives the training institution some persons of its own', async () => {
    const [inst] = await database.db.select().from(users).where(sql`${users.username} like 'px_%'`);
    const [{ n }] = (await database.db
      .select({ n: count() })
      .from(persons)
      .where(eq(persons.createdBy, inst!.id))) as [{ n: number }];
    expect(Number(n)).toBeGreaterThan(0);
  });

  it('adds more persons to the existing city, skipping numbers already registered', async () => {
    const added = await database.db.transaction((tx) =>
      addDemoPersons(tx, cipher, { persons: 200, seed: 99 }),
    );
    expect(added.inserted).toBe(200);
    const again = await database.db.transaction((tx) =>
      addDemoPersons(tx, cipher, { persons: 200, seed: 99 }),
    );
    expect(again.inserted).toBe(0);
    expect(Number((await database.db.select({ n: count() }).from(persons))[0]!.n)).toBe(700);
    const orphans = await database.db
      .select({ id: persons.id })
      .from(persons)
      .where(sql`${persons.createdBy} is null`);
    expect(orphans).toHaveLength(0);
  });

  it('refuses to load a second demo city into the same database', async () => {
    await expect(loadDemoCity(database.db, cipher, { persons: 1, today: TEST_TODAY })).rejects.toThrow(
      /已存在/,
    );
  });
});

describe('createDemoCity as the root organisation of bootstrap', async () => {
  const database = await createTestDatabase();
  afterAll(() => database.close());
  const cipher = createFieldCipher(testConfig().dataKey);

  it('puts the initial administrators into 泰安市', async () => {
    let demo: Awaited<ReturnType<typeof createDemoCity>> | undefined;
    const { initialAccounts } = await bootstrap(database.db, {
      rootOrg: async (tx) => {
        demo = await createDemoCity(tx, cipher, { persons: 20, seed: 1, today: TEST_TODAY });
        return demo.rootOrgId;
      },
    });
    expect(initialAccounts.map((a) => a.username)).toEqual(['admin', 'secadmin', 'auditor']);
    const [admin] = await database.db.select().from(users).where(eq(users.username, 'admin'));
    expect(admin!.orgId).toBe(demo!.rootOrgId);
    expect(Number((await database.db.select({ n: count() }).from(persons))[0]!.n)).toBe(20);
  });
});
