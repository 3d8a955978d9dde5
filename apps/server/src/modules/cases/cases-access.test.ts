import { policyExamples } from '@minsheng/rules/examples.ts';
import { describe, expect, it } from 'vitest';
import { describeRoleMatrix, type RoleUser, roleUsers } from '../../test/role-matrix.ts';
import { createTestApp, type TestClient } from '../../test/test-app.ts';
import { personBody } from '../registry/persons/persons.fixtures.ts';
import {
  allProvided,
  listWelder,
  reviewedCase,
  ZHUHAI,
  zhuhaiApplicant,
  zhuhaiCaseBody,
  zhuhaiChecks,
} from './cases.fixtures.ts';

/**
 * Who may do what to which case. A loan case (individual applicant) is filed in each community by
 * its own station; the Zhuhai case is filed by the training institution (street1).
 */
const t = await createTestApp();
const clients = {} as Record<RoleUser, TestClient>;
for (const u of roleUsers) clients[u] = await t.login(u);
await listWelder(t);

const LOAN = 'county-city.guaranteed-loan';
let seq = 500;
type Draft = { id: string; version: number; materials: { code: string }[] };

/** A loan draft in `orgId` filed by `by` for a person `by` registers there. */
async function loanDraft(by: RoleUser, orgId: number): Promise<Draft> {
  const person = await clients[by].post('/api/persons', personBody(orgId, seq++));
  if (person.status !== 200) throw new Error(`person: ${JSON.stringify(person.body)}`);
  const res = await clients[by].post('/api/cases', {
    caseTypeId: LOAN,
    applicantKind: 'person',
    personId: person.body.id,
    // A complete application: the policy's first worked example (the registry fills the rest).
    application: policyExamples(LOAN)[0]!.input,
  });
  if (res.status !== 200) throw new Error(`case: ${JSON.stringify(res.body)}`);
  return res.body;
}

async function submitted(by: RoleUser, orgId: number) {
  const d = await loanDraft(by, orgId);
  const res = await clients[by].post(`/api/cases/${d.id}/submit`, {
    version: d.version,
    materials: allProvided(d.materials),
  });
  return res.body as Draft;
}

/** Where each user files or accepts: their own organisation's community. */
const homeOf = (u: RoleUser) =>
  u === 'officer2' ? t.city.community2.id : u === 'officer1' || u === 'worker1' ? t.city.community1.id : 0;

async function zhuhaiAccepted() {
  const a = await zhuhaiApplicant(t, clients.institution, clients.officer1, seq++);
  const d = (await clients.institution.post('/api/cases', zhuhaiCaseBody(a))).body;
  const s = (
    await clients.institution.post(`/api/cases/${d.id}/submit`, {
      version: d.version,
      materials: allProvided(d.materials),
    })
  ).body;
  return (await clients.officer1.post(`/api/cases/${d.id}/accept`, { version: s.version })).body as Draft;
}

const A = await loanDraft('officer1', t.city.community1.id);
const B = await loanDraft('officer2', t.city.community2.id);
const I = await (async () => {
  const a = await zhuhaiApplicant(t, clients.institution, clients.officer1, seq++);
  return (await clients.institution.post('/api/cases', zhuhaiCaseBody(a))).body as Draft;
})();
const all = { A, B, I };
type Key = keyof typeof all;

// Which cases each user reads; null = no case:read at all.
const readable: Record<RoleUser, Key[] | null> = {
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

describe.each(roleUsers)('case scope of %s', (u) => {
  it('GET /api/cases lists exactly the cases in scope', async () => {
    const res = await clients[u].get('/api/cases?pageSize=200');
    if (!readable[u]) return expect(res.status).toBe(403);
    const ids = res.body.items.map((c: { id: string }) => c.id);
    expect((Object.keys(all) as Key[]).filter((k) => ids.includes(all[k].id))).toEqual(readable[u]);
  });

  it.each(Object.keys(all) as Key[])('GET /api/cases/:id of %s', async (k) => {
    const res = await clients[u].get(`/api/cases/${all[k].id}`);
    const expected = !readable[u] ? 403 : readable[u].includes(k) ? 200 : 404;
    expect(res.status).toBe(expected);
  });
});

describe('list filters', () => {
  const ids = (body: { items: { id: string }[] }) => body.items.map((c) => c.id);

  it('filters by organisation subtree, case type and status', async () => {
    const street2 = (await clients.reviewer.get(`/api/cases?orgId=${t.city.street2.id}&pageSize=200`)).body;
    expect(ids(street2)).toContain(B.id);
    expect(ids(street2)).not.toContain(A.id);
    expect(ids(street2)).not.toContain(I.id);
    const zhuhai = (await clients.reviewer.get(`/api/cases?caseTypeId=${ZHUHAI}&pageSize=200`)).body;
    expect(ids(zhuhai)).toContain(I.id);
    expect(ids(zhuhai)).not.toContain(A.id);
    const drafts = (await clients.reviewer.get('/api/cases?status=draft,returned&pageSize=200')).body;
    expect(drafts.items.every((c: { status: string }) => ['draft', 'returned'].includes(c.status))).toBe(
      true,
    );
    expect(ids(drafts)).toEqual(expect.arrayContaining([A.id, B.id, I.id]));
  });

  it('refuses an unknown status with 422', async () => {
    expect((await clients.reviewer.get('/api/cases?status=paid,bogus')).status).toBe(422);
  });

  it('finds a case by its number', async () => {
    const detail = (await clients.reviewer.get(`/api/cases/${A.id}`)).body;
    expect(ids((await clients.reviewer.get(`/api/cases?q=${detail.number}`)).body)).toEqual([A.id]);
  });
});

describe('what a case answer carries', () => {
  it('answers the case file and list rows without organisation paths, officer ids or raw fact overrides', async () => {
    const d = await submitted('officer1', t.city.community1.id);
    const file = (await clients.officer1.get(`/api/cases/${d.id}`)).body as Record<string, unknown>;
    const row = (await clients.officer1.get(`/api/cases?q=${(file as { number: string }).number}`)).body
      .items[0] as Record<string, unknown>;
    for (const answer of [file, row])
      for (const internal of ['orgPath', 'orgId', 'createdBy', 'evaluatedBy', 'factOverrides', 'decidedBy'])
        expect(answer, internal).not.toHaveProperty(internal);
    expect(file).toMatchObject({
      status: 'submitted',
      person: { idNumberMasked: expect.stringContaining('*') },
    });
    expect(row).toMatchObject({ id: d.id, org: { id: t.city.community1.id } });
  });
});

describe('acting outside scope', () => {
  it('answers 404 when officer2 tries to accept a street1 case, changing nothing', async () => {
    const s = await submitted('officer1', t.city.community1.id);
    const res = await clients.officer2.post(`/api/cases/${s.id}/accept`, { version: s.version });
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('案件不存在或无权访问');
    expect((await clients.officer1.get(`/api/cases/${s.id}`)).body.status).toBe('submitted');
  });

  it('refuses a case for a person outside the filer’s scope', async () => {
    const person = await clients.officer2.post('/api/persons', personBody(t.city.community2.id, seq++));
    const res = await clients.worker1.post('/api/cases', {
      caseTypeId: LOAN,
      applicantKind: 'person',
      personId: person.body.id,
    });
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('人员不存在或无权访问');
  });

  it('shows a submitted case in the tasks of its own station only', async () => {
    const s = await submitted('officer1', t.city.community1.id);
    const own = (await clients.officer1.get('/api/cases/my-tasks?pageSize=200')).body.items;
    expect(own.find((c: { id: string }) => c.id === s.id)).toMatchObject({
      status: 'submitted',
      awaiting: { actor: 'station', step: 'accept' },
    });
    const other = (await clients.officer2.get('/api/cases/my-tasks?pageSize=200')).body.items;
    expect(other.map((c: { id: string }) => c.id)).not.toContain(s.id);
    const finance = (await clients.finance.get('/api/cases/my-tasks?pageSize=200')).body.items;
    expect(finance.map((c: { id: string }) => c.id)).not.toContain(s.id);
  });
});

describeRoleMatrix(t, [
  {
    endpoint: 'GET /api/case-types',
    allowed: ['reviewer', 'officer1', 'officer2', 'worker1', 'finance', 'institution'],
    call: (c) => c.get('/api/case-types'),
  },
  {
    endpoint: 'PUT /api/case-types/:id',
    allowed: ['reviewer'],
    call: async (c) => {
      const type = (await clients.reviewer.get(`/api/case-types/${LOAN}`)).body;
      return c.put(`/api/case-types/${LOAN}`, { version: type.version, publicNoticeDays: 5 });
    },
  },
  {
    endpoint: 'GET /api/cases/my-tasks',
    allowed: ['reviewer', 'officer1', 'officer2', 'worker1', 'finance', 'institution'],
    call: (c) => c.get('/api/cases/my-tasks'),
  },
  {
    endpoint: 'POST /api/cases',
    allowed: ['officer1', 'officer2', 'worker1', 'institution'],
    call: async (c, u) => {
      if (u === 'institution') {
        const a = await zhuhaiApplicant(t, clients.institution, clients.officer1, seq++);
        return c.post('/api/cases', zhuhaiCaseBody(a));
      }
      const orgId = homeOf(u) || t.city.community1.id;
      const person = await clients[homeOf(u) ? u : 'officer1'].post('/api/persons', personBody(orgId, seq++));
      return c.post('/api/cases', { caseTypeId: LOAN, applicantKind: 'person', personId: person.body.id });
    },
  },
  {
    endpoint: 'POST /api/cases/:id/submit',
    allowed: ['officer1', 'officer2', 'worker1', 'institution'],
    call: async (c, u) => {
      const d =
        u === 'institution'
          ? ((
              await clients.institution.post(
                '/api/cases',
                zhuhaiCaseBody(await zhuhaiApplicant(t, clients.institution, clients.officer1, seq++)),
              )
            ).body as Draft)
          : await loanDraft(homeOf(u) ? u : 'officer1', homeOf(u) || t.city.community1.id);
      return c.post(`/api/cases/${d.id}/submit`, { version: d.version, materials: allProvided(d.materials) });
    },
  },
  {
    endpoint: 'POST /api/cases/:id/accept',
    allowed: ['officer1', 'officer2', 'worker1'],
    call: async (c, u) => {
      if (!homeOf(u)) return c.post(`/api/cases/${I.id}/accept`, { version: I.version });
      const s = await submitted(u, homeOf(u));
      return c.post(`/api/cases/${s.id}/accept`, { version: s.version });
    },
  },
  {
    endpoint: 'POST /api/cases/:id/review',
    allowed: ['reviewer'],
    call: async (c, u) => {
      if (u !== 'reviewer') return c.post(`/api/cases/${I.id}/review`, { version: I.version });
      const a = await zhuhaiAccepted();
      return c.post(`/api/cases/${a.id}/review`, { version: a.version, checks: zhuhaiChecks });
    },
  },
  {
    endpoint: 'POST /api/cases/:id/approve',
    allowed: ['reviewer'],
    call: async (c, u) => {
      if (u !== 'reviewer') return c.post(`/api/cases/${I.id}/approve`, { version: I.version });
      const r = await reviewedCase(
        clients,
        await zhuhaiApplicant(t, clients.institution, clients.officer1, seq++),
      );
      return c.post(`/api/cases/${r.id}/approve`, { version: r.version });
    },
  },
]);

describe('the case type a role matrix relies on', () => {
  it('takes individual applicants for the loan and institutions for Zhuhai', async () => {
    const types = (await clients.reviewer.get('/api/case-types')).body as {
      id: string;
      applicantKinds: string[];
    }[];
    expect(types.find((x) => x.id === LOAN)?.applicantKinds).toEqual(['person']);
    expect(types.find((x) => x.id === ZHUHAI)?.applicantKinds).toEqual(['institution_on_behalf']);
  });
});
