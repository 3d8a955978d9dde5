import { describe, expect, it } from 'vitest';
import { type RoleUser, roleUsers } from '../../../test/role-matrix.ts';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';
import { personBody } from './persons.fixtures.ts';

/**
 * The data-scope table: every person endpoint that reads or takes an id, for each of the nine
 * test users, against three persons — one in community1 (under street1), one in community2 (under
 * street2) and one registered by the training institution directly at street1.
 */
const t = await createTestApp();
const users = roleUsers;
type User = RoleUser;
const clients = {} as Record<User, TestClient>;
for (const u of users) clients[u] = await t.login(u);

const register = async (as: User, orgId: number, seq: number, name: string) => {
  const res = await clients[as].post('/api/persons', personBody(orgId, seq, { name }));
  if (res.status !== 200) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
};
const A = await register('officer1', t.city.community1.id, 1, '甲社区一');
const B = await register('officer2', t.city.community2.id, 2, '乙社区二');
const I = await register('institution', t.city.street1.id, 3, '丙机构');
const persons = { A, B, I };

// Which of A, B, I each user may read; null = no permission at all (403).
const readable: Record<User, (keyof typeof persons)[] | null> = {
  reviewer: ['A', 'B', 'I'],
  officer1: ['A', 'I'],
  officer2: ['B'],
  worker1: ['A'],
  finance: ['A', 'B', 'I'],
  institution: ['I'],
  sysadmin: null,
  secadmin: null,
  auditadmin: null,
};
const mayReveal = new Set<User>(['reviewer', 'officer1', 'officer2']);
const mayWrite = new Set<User>(['reviewer', 'officer1', 'officer2', 'worker1', 'institution']);
const mayExport = new Set<User>(['reviewer', 'officer1', 'officer2']);

const expected = (u: User, p: keyof typeof persons, allowed: boolean) =>
  !allowed ? 403 : readable[u]!.includes(p) ? 200 : 404;

describe.each(users)('data scope of %s', (u) => {
  it('GET /api/persons lists exactly the persons in scope', async () => {
    const res = await clients[u].get('/api/persons?pageSize=200');
    if (!readable[u]) return expect(res.status).toBe(403);
    expect(res.status).toBe(200);
    const seen = Object.entries(persons)
      .filter(([, id]) => res.body.items.some((p: { id: string }) => p.id === id))
      .map(([k]) => k);
    expect(seen).toEqual(readable[u]);
    expect(res.body.total).toBe(readable[u]!.length);
  });

  it.each(Object.keys(persons) as (keyof typeof persons)[])('GET /api/persons/:id of %s', async (p) => {
    const res = await clients[u].get(`/api/persons/${persons[p]}`);
    expect(res.status).toBe(expected(u, p, readable[u] !== null));
  });

  it.each(Object.keys(persons) as (keyof typeof persons)[])(
    'POST /api/persons/:id/reveal-id of %s',
    async (p) => {
      const res = await clients[u].post(`/api/persons/${persons[p]}/reveal-id`);
      expect(res.status).toBe(expected(u, p, mayReveal.has(u)));
    },
  );

  it.each(Object.keys(persons) as (keyof typeof persons)[])('PATCH /api/persons/:id of %s', async (p) => {
    const res = await clients[u].patch(`/api/persons/${persons[p]}`, { address: `${u} 改` });
    expect(res.status).toBe(expected(u, p, mayWrite.has(u)));
  });

  it('GET /api/persons/export.xlsx exports exactly the persons in scope', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/persons/export.xlsx',
      headers: { cookie: clients[u].cookie },
    });
    if (!mayExport.has(u)) return expect(res.statusCode).toBe(403);
    expect(res.statusCode).toBe(200);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const names = wb.worksheets[0]!.getColumn(1).values.slice(2);
    const expectedNames = { A: '甲社区一', B: '乙社区二', I: '丙机构' };
    expect([...names].sort()).toEqual(readable[u]!.map((k) => expectedNames[k]).sort());
  });
});

describe('registration scope', () => {
  it('lets a community worker register only in the own community', async () => {
    expect((await clients.worker1.post('/api/persons', personBody(t.city.community1.id, 10))).status).toBe(
      200,
    );
    expect((await clients.worker1.post('/api/persons', personBody(t.city.street1.id, 11))).status).toBe(404);
  });

  it('lets a training institution register below its organisation only', async () => {
    expect(
      (await clients.institution.post('/api/persons', personBody(t.city.community1.id, 12))).status,
    ).toBe(200);
    expect(
      (await clients.institution.post('/api/persons', personBody(t.city.community2.id, 13))).status,
    ).toBe(404);
  });

  it('refuses registration to roles without person:write', async () => {
    expect((await clients.finance.post('/api/persons', personBody(t.city.community1.id, 14))).status).toBe(
      403,
    );
    expect((await clients.sysadmin.post('/api/persons', personBody(t.city.community1.id, 15))).status).toBe(
      403,
    );
  });
});
