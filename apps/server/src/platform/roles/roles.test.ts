import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { describeRoleMatrix } from '../../test/role-matrix.ts';
import { createTestApp } from '../../test/test-app.ts';
import { roles } from '../access/access.schema.ts';
import { auditLog } from '../audit/audit.schema.ts';

const t = await createTestApp();

const role = async (code: string) => (await t.db.select().from(roles).where(eq(roles.code, code)))[0]!;
const body = (code: string) => ({
  code,
  name: '就业援助员',
  permissions: ['org:read', 'person:read'],
  dataScope: 'own',
  customOrgIds: [],
});

describeRoleMatrix(t, [
  { endpoint: 'GET /api/permissions', allowed: ['sysadmin'], call: (c) => c.get('/api/permissions') },
  { endpoint: 'GET /api/roles', allowed: ['sysadmin'], call: (c) => c.get('/api/roles') },
  {
    endpoint: 'POST /api/roles',
    allowed: ['sysadmin'],
    call: (c, u) => c.post('/api/roles', body(`role_by_${u}`)),
  },
  {
    endpoint: 'PATCH /api/roles/:id',
    allowed: ['sysadmin'],
    call: async (c, u) => c.patch(`/api/roles/${(await role('finance_officer')).id}`, { name: `财政-${u}` }),
  },
]);

describe('permission catalogue and role list', () => {
  it('lists every permission with its group and marks the administrator-only ones', async () => {
    const admin = await t.login('sysadmin');
    const res = await admin.get('/api/permissions');
    expect(res.body).toContainEqual({
      code: 'audit:read',
      label: '查看审计日志',
      group: '审计',
      adminClass: 'audit',
    });
    expect(res.body).toContainEqual({
      code: 'person:read',
      label: '查看人员',
      group: '人员登记',
      adminClass: null,
    });
  });

  it('lists the built-in roles with their data scope and administrator class', async () => {
    const admin = await t.login('sysadmin');
    const res = await admin.get('/api/roles');
    expect(res.body).toContainEqual(
      expect.objectContaining({ code: 'audit_admin', builtin: true, adminClass: 'audit', dataScope: 'all' }),
    );
    expect(res.body).toContainEqual(
      expect.objectContaining({
        code: 'community_worker',
        builtin: true,
        adminClass: null,
        dataScope: 'own',
      }),
    );
  });
});

describe('separation of duties', () => {
  it('does not let the system administrator grant audit:read to a business role', async () => {
    const admin = await t.login('sysadmin');
    const res = await admin.post('/api/roles', {
      ...body('sneaky_auditor'),
      permissions: ['person:read', 'audit:read'],
    });
    expect(res.status).toBe(403);
    expect(res.body.message).toContain('查看审计日志');
    expect(await t.db.select().from(roles).where(eq(roles.code, 'sneaky_auditor'))).toHaveLength(0);
  });

  it('does not let an existing business role be given security powers either', async () => {
    const admin = await t.login('sysadmin');
    const worker = await role('community_worker');
    const res = await admin.patch(`/api/roles/${worker.id}`, {
      permissions: [...worker.permissions, 'security:manage'],
    });
    expect(res.status).toBe(403);
    expect((await role('community_worker')).permissions).not.toContain('security:manage');
  });

  it('refuses to edit a built-in administrator role, so the system administrator cannot widen their own powers', async () => {
    const admin = await t.login('sysadmin');
    const sys = await role('system_admin');
    const res = await admin.patch(`/api/roles/${sys.id}`, {
      permissions: [...sys.permissions, 'audit:read'],
    });
    expect(res.status).toBe(403);
    expect(res.body.message).toContain('三员分立');
    expect((await role('system_admin')).permissions).not.toContain('audit:read');
  });
});

describe('creating and editing business roles', () => {
  it('creates a role with a custom scope and audits it', async () => {
    const admin = await t.login('sysadmin');
    const res = await admin.post('/api/roles', {
      ...body('district_helper'),
      dataScope: 'custom',
      customOrgIds: [t.city.street1.id, t.city.street2.id],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      code: 'district_helper',
      builtin: false,
      adminClass: null,
      dataScope: 'custom',
    });
    const [row] = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, String(res.body.id)));
    expect(row).toMatchObject({ action: 'role.create', username: 'sysadmin', targetType: 'role' });
  });

  it('rejects unknown organisations in a custom scope and a custom scope without any', async () => {
    const admin = await t.login('sysadmin');
    const missing = await admin.post('/api/roles', {
      ...body('ghost_scope'),
      dataScope: 'custom',
      customOrgIds: [987654],
    });
    expect(missing.status).toBe(422);
    const empty = await admin.post('/api/roles', {
      ...body('empty_scope'),
      dataScope: 'custom',
      customOrgIds: [],
    });
    expect(empty.status).toBe(422);
  });

  it('rejects a malformed or duplicate role code and an unknown permission', async () => {
    const admin = await t.login('sysadmin');
    expect((await admin.post('/api/roles', body('Bad-Code'))).status).toBe(422);
    expect((await admin.post('/api/roles', body('street_officer'))).status).toBe(409);
    expect(
      (await admin.post('/api/roles', { ...body('odd_perm'), permissions: ['person:fly'] })).status,
    ).toBe(422);
  });

  it('edits a built-in business role but keeps its code', async () => {
    const admin = await t.login('sysadmin');
    const worker = await role('community_worker');
    const renamed = await admin.patch(`/api/roles/${worker.id}`, {
      name: '社区协理员',
      dataScope: 'subtree',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      name: '社区协理员',
      dataScope: 'subtree',
      code: 'community_worker',
    });
    expect((await admin.patch(`/api/roles/${worker.id}`, { code: 'community_x' })).status).toBe(403);
    const [row] = (await t.db.select().from(auditLog).where(eq(auditLog.action, 'role.update'))).slice(-1);
    expect(row?.detail).toMatchObject({ before: { name: worker.name }, after: { name: '社区协理员' } });
  });

  it('gives the new permissions to holders of the role on their next request', async () => {
    const admin = await t.login('sysadmin');
    const finance = await t.login('finance');
    expect((await finance.get('/api/auth/me')).body.user.permissions).not.toContain('person:export');
    const fin = await role('finance_officer');
    await admin.patch(`/api/roles/${fin.id}`, { permissions: [...fin.permissions, 'person:export'] });
    expect((await finance.get('/api/auth/me')).body.user.permissions).toContain('person:export');
  });
});
