import { describe, expect, it } from 'vitest';
import { type RoleUser, roleUsers } from '../../../test/role-matrix.ts';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';
import { employerBody } from './employers.fixtures.ts';

/**
 * The data-scope table: every employer endpoint that reads or takes an id, for each of the nine
 * test users, against three employers — one in community1 and one at street1 itself (both under
 * street1) and one in community2 (under street2).
 */
const t = await createTestApp();
type User = RoleUser;
const clients = {} as Record<User, TestClient>;
for (const u of roleUsers) clients[u] = await t.login(u);

const register = async (as: User, orgId: number, seq: number, name: string) => {
  const res = await clients[as].post('/api/employers', employerBody(orgId, seq, { name }));
  if (res.status !== 200) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
};
const A = await register('officer1', t.city.community1.id, 1, '甲社区单位');
const S = await register('officer1', t.city.street1.id, 2, '乙街道单位');
const B = await register('officer2', t.city.community2.id, 3, '丙社区单位');
const list = { A, S, B };
type Key = keyof typeof list;
const keys = Object.keys(list) as Key[];

// Which of A, S, B each user may read; null = no permission at all (403).
const readable: Record<User, Key[] | null> = {
  reviewer: ['A', 'S', 'B'],
  officer1: ['A', 'S'],
  officer2: ['B'],
  worker1: ['A'],
  finance: ['A', 'S', 'B'],
  institution: null,
  sysadmin: null,
  secadmin: null,
  auditadmin: null,
};
const mayWrite = new Set<User>(['reviewer', 'officer1', 'officer2', 'worker1']);

const expected = (u: User, k: Key, allowed: boolean) =>
  !allowed ? 403 : readable[u]!.includes(k) ? 200 : 404;

describe.each(roleUsers)('data scope of %s', (u) => {
  it('GET /api/employers lists exactly the employers in scope', async () => {
    const res = await clients[u].get('/api/employers?pageSize=200');
    if (!readable[u]) return expect(res.status).toBe(403);
    expect(res.status).toBe(200);
    const seen = keys.filter((k) => res.body.items.some((e: { id: string }) => e.id === list[k]));
    expect(seen).toEqual(readable[u]);
    expect(res.body.total).toBe(readable[u]!.length);
  });

  it.each(keys)('GET /api/employers/:id of %s', async (k) => {
    const res = await clients[u].get(`/api/employers/${list[k]}`);
    expect(res.status).toBe(expected(u, k, readable[u] !== null));
  });

  it.each(keys)('PATCH /api/employers/:id of %s', async (k) => {
    const res = await clients[u].patch(`/api/employers/${list[k]}`, { address: `${u} 改` });
    expect(res.status).toBe(expected(u, k, mayWrite.has(u)));
  });
});

describe('registration scope', () => {
  it('lets a community worker register only in the own community', async () => {
    const own = await clients.worker1.post('/api/employers', employerBody(t.city.community1.id, 10));
    expect(own.status).toBe(200);
    const street = await clients.worker1.post('/api/employers', employerBody(t.city.street1.id, 11));
    expect(street.status).toBe(404);
  });

  it('lets a street officer register inside the own street only', async () => {
    expect(
      (await clients.officer1.post('/api/employers', employerBody(t.city.community2.id, 12))).status,
    ).toBe(404);
  });

  it('refuses registration to roles without employer:write', async () => {
    for (const u of ['finance', 'institution', 'sysadmin', 'secadmin', 'auditadmin'] as const) {
      const res = await clients[u].post('/api/employers', employerBody(t.city.community1.id, 13));
      expect(res.status, u).toBe(403);
    }
  });
});
