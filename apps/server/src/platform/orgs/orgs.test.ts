import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.ts';

const t = await createTestApp();
const { city, district, street1, street2, community1, community2 } = t.city;

// Who sees which top of the tree, and which nodes by id, under each role's data scope.
const all = [city, district, street1, street2, community1, community2];
const expectations = [
  { user: 'reviewer', roots: [city.id], visible: all },
  { user: 'officer1', roots: [street1.id], visible: [street1, community1] },
  { user: 'officer2', roots: [street2.id], visible: [street2, community2] },
  { user: 'worker1', roots: [community1.id], visible: [community1] },
  { user: 'finance', roots: [city.id], visible: all },
  { user: 'institution', roots: null, visible: [] },
  { user: 'sysadmin', roots: [city.id], visible: all },
  { user: 'secadmin', roots: null, visible: [] },
  { user: 'auditadmin', roots: null, visible: [] },
] as const;

describe('organisation tree under data scope', () => {
  for (const e of expectations) {
    it(`${e.user}: sees exactly its part of the tree, by roots, children and id`, async () => {
      const c = await t.login(e.user);
      const roots = await c.get('/api/orgs/roots');
      if (e.roots === null) {
        expect(roots.status).toBe(403);
      } else {
        expect(roots.status).toBe(200);
        expect(roots.body.map((n: { id: number }) => n.id)).toEqual(e.roots);
      }
      const visibleIds = new Set<number>(e.visible.map((o) => o.id));
      for (const org of all) {
        const res = await c.get(`/api/orgs/${org.id}`);
        const expected = e.roots === null ? 403 : visibleIds.has(org.id) ? 200 : 404;
        expect(res.status, `${e.user} GET /api/orgs/${org.id} (${org.name})`).toBe(expected);
        const children = await c.get(`/api/orgs/${org.id}/children`);
        if (e.roots === null) expect(children.status).toBe(403);
        else for (const child of children.body) expect(visibleIds.has(child.id)).toBe(true);
      }
    });
  }

  it('lets only the system admin create and rename organisations, and audits both', async () => {
    const officer = await t.login('officer1');
    const body = { parentId: street1.id, name: '新建社区', level: 'community', regionCode: '370983001005' };
    expect((await officer.post('/api/orgs', body)).status).toBe(403);
    const admin = await t.login('sysadmin');
    const created = await admin.post('/api/orgs', body);
    expect(created.status).toBe(200);
    expect((await admin.post('/api/orgs', body)).status).toBe(409);
    expect((await admin.patch(`/api/orgs/${created.body.id}`, { name: '改名社区' })).status).toBe(200);
    // The new community is inside street1, so officer1 now sees it under its tree.
    const kids = await officer.get(`/api/orgs/${street1.id}/children`);
    expect(kids.body.map((n: { name: string }) => n.name)).toContain('改名社区');
    const audit = await (await t.login('auditadmin')).get('/api/audit?action=org.');
    expect(audit.body.items.map((i: { action: string }) => i.action)).toEqual(
      expect.arrayContaining(['org.create', 'org.update']),
    );
  });

  it('rejects a child at the wrong level or with a code outside the parent', async () => {
    const admin = await t.login('sysadmin');
    const wrongLevel = await admin.post('/api/orgs', {
      parentId: street1.id,
      name: '错层街道',
      level: 'street',
      regionCode: '370983009',
    });
    expect(wrongLevel.status).toBe(422);
    expect(wrongLevel.body.message).toMatch(/层级/);
    const wrongCode = await admin.post('/api/orgs', {
      parentId: street1.id,
      name: '错码社区',
      level: 'community',
      regionCode: '370983002099',
    });
    expect(wrongCode.status).toBe(422);
    expect(wrongCode.body.message).toMatch(/370983001/);
  });
});
