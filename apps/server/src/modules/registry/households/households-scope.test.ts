import { describe, expect, it } from 'vitest';
import { type RoleUser, roleUsers } from '../../../test/role-matrix.ts';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';
import { addHousehold } from './households.fixtures.ts';

/**
 * The data-scope table: every household endpoint that takes an id, for each of the nine test
 * users, against three households — one in community1 and one at street1 itself (both under
 * street1) and one in community2 (under street2) — each recognised as zero-employment.
 */
const t = await createTestApp();
type User = RoleUser;
const clients = {} as Record<User, TestClient>;
for (const u of roleUsers) clients[u] = await t.login(u);

const make = async (as: User, orgId: number, seq: number) => {
  const h = await addHousehold(clients[as], orgId, seq);
  const rec = await clients.reviewer.post(`/api/households/${h.id}/zero-employment`, {
    recognisedOn: '2026-03-01',
    basis: '入户核实',
  });
  if (rec.status !== 200) throw new Error(`recognise: ${rec.status} ${JSON.stringify(rec.body)}`);
  return { ...h, recognition: rec.body.id as string };
};
const list = {
  A: await make('officer1', t.city.community1.id, 1),
  S: await make('officer1', t.city.street1.id, 2),
  B: await make('officer2', t.city.community2.id, 3),
};
type Key = keyof typeof list;
const keys = Object.keys(list) as Key[];

// Which of A, S, B each user may read; null = no permission at all (403).
const readable: Record<User, Key[] | null> = {
  reviewer: ['A', 'S', 'B'],
  officer1: ['A', 'S'],
  officer2: ['B'],
  worker1: ['A'],
  finance: ['A', 'S', 'B'],
  institution: [],
  sysadmin: null,
  secadmin: null,
  auditadmin: null,
};
const writers = new Set<User>(['reviewer', 'officer1', 'officer2', 'worker1', 'institution']);
const recognisers = new Set<User>(['reviewer', 'officer1', 'officer2']);

/** 403 without the permission, 404 outside the data scope, else what an allowed call answers. */
const expected = (u: User, k: Key, allowed: boolean, ok: number) =>
  !allowed || readable[u] === null ? 403 : readable[u]!.includes(k) ? ok : 404;

describe.each(roleUsers)('data scope of %s', (u) => {
  const c = () => clients[u];

  it('GET /api/households lists exactly the households in scope', async () => {
    const res = await c().get('/api/households?pageSize=200');
    if (!readable[u]) return expect(res.status).toBe(403);
    expect(res.status).toBe(200);
    expect(keys.filter((k) => res.body.items.some((h: { id: string }) => h.id === list[k].id))).toEqual(
      readable[u],
    );
    expect(res.body.total).toBe(readable[u]!.length);
  });

  it('GET /api/zero-employment/summary counts exactly the households in scope', async () => {
    const res = await c().get('/api/zero-employment/summary?from=2026-01-01&to=2026-12-31');
    if (!readable[u]) return expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ recognised: readable[u]!.length, active: readable[u]!.length });
  });

  it.each(keys)('GET /api/households/:id and its zero-employment history of %s', async (k) => {
    expect((await c().get(`/api/households/${list[k].id}`)).status).toBe(expected(u, k, true, 200));
    expect((await c().get(`/api/households/${list[k].id}/zero-employment`)).status).toBe(
      expected(u, k, true, 200),
    );
  });

  it.each(keys)('GET /api/persons/:id/household of the head of %s', async (k) => {
    const res = await c().get(`/api/persons/${list[k].head}/household`);
    // The institution sees no person it did not register: 404 like any other out-of-scope record.
    expect(res.status).toBe(expected(u, k, true, 200));
    if (res.status === 200) expect(res.body.household.id).toBe(list[k].id);
  });

  it.each(keys)('PATCH /api/households/:id of %s', async (k) => {
    const res = await c().patch(`/api/households/${list[k].id}`, { address: `${u} 改` });
    expect(res.status).toBe(expected(u, k, writers.has(u), 200));
  });

  // In-scope calls with a future date reach the date check (422): the scope check comes first.
  it.each(keys)('POST recognise, assistance and eliminate of %s', async (k) => {
    const future = '2099-01-01';
    const rec = await c().post(`/api/households/${list[k].id}/zero-employment`, {
      recognisedOn: future,
      basis: 'x',
    });
    expect(rec.status).toBe(expected(u, k, recognisers.has(u), 409));
    const assist = await c().post(`/api/zero-employment/${list[k].recognition}/assistance`, {
      actedOn: future,
      kind: 'other',
      description: 'x',
    });
    expect(assist.status).toBe(expected(u, k, writers.has(u), 422));
    const elim = await c().post(`/api/zero-employment/${list[k].recognition}/eliminate`, {
      eliminatedOn: future,
      reason: 'other',
      note: 'x',
    });
    expect(elim.status).toBe(expected(u, k, recognisers.has(u), 422));
  });
});

describe('creating households', () => {
  it('lets a street officer register only inside the own street', async () => {
    const res = await clients.officer2.post('/api/households', {
      number: 'X-1',
      orgId: t.city.community1.id,
      headPersonId: list.B.head,
    });
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('所属机构不存在或无权访问');
  });
});
