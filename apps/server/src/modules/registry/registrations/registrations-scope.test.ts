import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { describeRoleMatrix, type RoleUser } from '../../../test/role-matrix.ts';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';
import { addPerson, employmentBody, ok, today, unemploymentBody } from './registrations.fixtures.ts';
import { employmentRegistrations, unemploymentRegistrations } from './registrations.schema.ts';

const t = await createTestApp();
const officer = await t.login('officer1');
const officer2 = await t.login('officer2');
const institution = await t.login('institution');
const reviewer = await t.login('reviewer');

// P1 in community1 (street1), P2 in community2 (street2), PI registered by the training institution.
const P1 = await addPerson(officer, t.city.community1.id, 1);
const P2 = await addPerson(officer2, t.city.community2.id, 3);
const PI = await addPerson(institution, t.city.street1.id, 5);
const U2 = await ok(officer2.post(`/api/persons/${P2}/unemployment-registrations`, unemploymentBody(3)));
const E1 = await ok(officer.post(`/api/persons/${P1}/employment-registrations`, employmentBody()));

const readers: RoleUser[] = ['reviewer', 'officer1', 'officer2', 'worker1', 'finance', 'institution'];
const writers: RoleUser[] = ['reviewer', 'officer1', 'officer2', 'worker1', 'institution'];
const personOf = (u: RoleUser) => (u === 'officer2' ? P2 : u === 'institution' ? PI : P1);
const homeOf = (u: RoleUser) =>
  u === 'officer2' ? t.city.community2.id : u === 'institution' ? t.city.street1.id : t.city.community1.id;
let seq = 100;
const nextSeq = () => {
  seq += 2;
  return seq;
};
/** A fresh person the user may write (writers register it themselves); for others any person. */
const fresh = async (c: TestClient, u: RoleUser) =>
  writers.includes(u) ? addPerson(c, homeOf(u), nextSeq()) : P1;
/** A fresh person with an open unemployment registration, made by the reviewer. */
const freshUnemployed = async () => {
  const p = await addPerson(reviewer, t.city.community1.id, nextSeq());
  await ok(reviewer.post(`/api/persons/${p}/unemployment-registrations`, unemploymentBody(seq)));
  return p;
};
const determination = { category: 'hardship_certificate', evidence: '特困证 001 号' };

describeRoleMatrix(t, [
  {
    endpoint: 'GET /api/persons/:id/employment-registrations',
    allowed: readers,
    call: (c, u) => c.get(`/api/persons/${personOf(u)}/employment-registrations`),
  },
  {
    endpoint: 'POST /api/persons/:id/employment-registrations',
    allowed: writers,
    call: async (c, u) =>
      c.post(`/api/persons/${await fresh(c, u)}/employment-registrations`, employmentBody()),
  },
  {
    endpoint: 'POST /api/employment-registrations/:id/end',
    allowed: writers,
    call: async (c, u) => {
      const p = await fresh(c, u);
      const r = writers.includes(u)
        ? await ok(c.post(`/api/persons/${p}/employment-registrations`, employmentBody()))
        : E1;
      return c.post(`/api/employment-registrations/${r.id}/end`, {
        endedOn: today(),
        endReason: 'other',
        version: 1,
      });
    },
  },
  {
    endpoint: 'GET /api/persons/:id/unemployment-registrations',
    allowed: readers,
    call: (c, u) => c.get(`/api/persons/${personOf(u)}/unemployment-registrations`),
  },
  {
    endpoint: 'POST /api/persons/:id/unemployment-registrations',
    allowed: writers,
    call: async (c, u) =>
      c.post(`/api/persons/${await fresh(c, u)}/unemployment-registrations`, unemploymentBody(nextSeq())),
  },
  {
    endpoint: 'POST /api/unemployment-registrations/:id/end',
    allowed: writers,
    call: async (c, u) => {
      const p = await fresh(c, u);
      const r = writers.includes(u)
        ? await ok(c.post(`/api/persons/${p}/unemployment-registrations`, unemploymentBody(nextSeq())))
        : U2;
      return c.post(`/api/unemployment-registrations/${r.id}/end`, {
        endedOn: today(),
        endReason: 'other',
        version: 1,
      });
    },
  },
  {
    endpoint: 'GET /api/unemployment-registrations',
    allowed: readers,
    call: (c) => c.get('/api/unemployment-registrations'),
  },
  {
    endpoint: 'GET /api/persons/:id/difficulty-determinations',
    allowed: readers,
    call: (c, u) => c.get(`/api/persons/${personOf(u)}/difficulty-determinations`),
  },
  {
    endpoint: 'POST /api/persons/:id/difficulty-determinations',
    allowed: ['reviewer'],
    call: async (c, u) =>
      c.post(
        `/api/persons/${u === 'reviewer' ? await freshUnemployed() : P1}/difficulty-determinations`,
        determination,
      ),
  },
  {
    endpoint: 'POST /api/difficulty-determinations/:id/exit',
    allowed: ['reviewer'],
    call: async (c, u) => {
      const id =
        u === 'reviewer'
          ? (
              await ok(
                c.post(`/api/persons/${await freshUnemployed()}/difficulty-determinations`, determination),
              )
            ).id
          : '00000000-0000-4000-8000-000000000000';
      return c.post(`/api/difficulty-determinations/${id}/exit`, {
        exitedOn: today(),
        exitReason: 'other',
        version: 1,
      });
    },
  },
  {
    endpoint: 'GET /api/difficulty-determinations',
    allowed: readers,
    call: (c) => c.get('/api/difficulty-determinations'),
  },
  {
    endpoint: 'GET /api/persons/:id/employment-status',
    allowed: readers,
    call: (c, u) => c.get(`/api/persons/${personOf(u)}/employment-status`),
  },
]);

const total = async (table: typeof employmentRegistrations | typeof unemploymentRegistrations) =>
  Number((await t.db.select({ n: count() }).from(table))[0]!.n);

describe('registrations are scoped through their person', () => {
  it('answers a street officer with 404 for a person of another street and saves nothing', async () => {
    const [e, u] = [await total(employmentRegistrations), await total(unemploymentRegistrations)];
    expect((await officer.get(`/api/persons/${P2}/unemployment-registrations`)).status).toBe(404);
    expect((await officer.get(`/api/persons/${P2}/employment-status`)).status).toBe(404);
    expect((await officer.post(`/api/persons/${P2}/employment-registrations`, employmentBody())).status).toBe(
      404,
    );
    expect(
      (await officer.post(`/api/persons/${P2}/unemployment-registrations`, unemploymentBody(77))).status,
    ).toBe(404);
    const end = await officer.post(`/api/unemployment-registrations/${U2.id}/end`, {
      endedOn: today(),
      endReason: 'other',
      version: 1,
    });
    expect(end.status).toBe(404);
    expect([await total(employmentRegistrations), await total(unemploymentRegistrations)]).toEqual([e, u]);
  });

  it('lists only the registrations of persons in scope', async () => {
    const ids = async (c: TestClient) =>
      (await c.get('/api/unemployment-registrations?pageSize=200')).body.items.map(
        (r: { personId: string }) => r.personId,
      );
    expect(await ids(officer)).not.toContain(P2);
    expect(await ids(officer2)).toContain(P2);
    expect(await ids(reviewer)).toContain(P2);
    expect((await institution.get(`/api/persons/${P1}/employment-registrations`)).status).toBe(404);
  });

  it('keeps the reviewer determination to the reviewer scope (404 for an unknown person)', async () => {
    const res = await reviewer.post(
      '/api/persons/00000000-0000-4000-8000-000000000000/difficulty-determinations',
      determination,
    );
    expect(res.status).toBe(404);
  });
});
