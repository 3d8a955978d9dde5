import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createUser } from '../../test/fixtures.ts';
import { describeRoleMatrix } from '../../test/role-matrix.ts';
import { createTestApp } from '../../test/test-app.ts';
import { roles, users } from '../access/access.schema.ts';
import { auditLog } from '../audit/audit.schema.ts';

const t = await createTestApp();

const roleId = async (code: string) =>
  (await t.db.select({ id: roles.id }).from(roles).where(eq(roles.code, code)))[0]!.id;
const street1 = t.city.street1.id;

const loginRaw = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

// A user the matrix edits, resets and unlocks (never one of the nine, whose sessions the matrix uses).
const target = await createUser(t.db, {
  username: 'matrix_target',
  orgId: street1,
  roles: ['street_officer'],
});
const officerRole = await roleId('street_officer');

describeRoleMatrix(t, [
  { endpoint: 'GET /api/users', allowed: ['sysadmin'], call: (c) => c.get('/api/users') },
  {
    endpoint: 'POST /api/users',
    allowed: ['sysadmin'],
    call: (c, u) =>
      c.post('/api/users', {
        username: `made_by_${u}`,
        displayName: '新用户',
        orgId: street1,
        roleIds: [officerRole],
      }),
  },
  {
    endpoint: 'PATCH /api/users/:id',
    allowed: ['sysadmin'],
    call: (c, u) => c.patch(`/api/users/${target.id}`, { displayName: `改名-${u}` }),
  },
  {
    endpoint: 'POST /api/users/:id/reset-password',
    allowed: ['sysadmin'],
    call: (c) => c.post(`/api/users/${target.id}/reset-password`),
  },
  {
    endpoint: 'POST /api/users/:id/unlock',
    allowed: ['sysadmin'],
    call: (c) => c.post(`/api/users/${target.id}/unlock`),
  },
]);

describe('listing users', () => {
  it('shows the system administrator every user with organisation and roles', async () => {
    const admin = await t.login('sysadmin');
    const res = await admin.get('/api/users?pageSize=200');
    expect(res.status).toBe(200);
    const names = res.body.items.map((u: { username: string }) => u.username);
    for (const u of ['reviewer', 'officer1', 'officer2', 'worker1', 'secadmin', 'auditadmin']) {
      expect(names).toContain(u);
    }
    const officer1 = res.body.items.find((u: { username: string }) => u.username === 'officer1');
    expect(officer1).toMatchObject({
      org: { id: street1, name: '新城街道' },
      roles: [{ code: 'street_officer', name: '街道(乡镇)经办员' }],
      status: 'active',
      lockedUntil: null,
    });
    expect(officer1).not.toHaveProperty('passwordHash');
  });

  it('filters by an organisation and everything below it', async () => {
    const admin = await t.login('sysadmin');
    const res = await admin.get(`/api/users?orgId=${street1}&pageSize=200`);
    const names = res.body.items.map((u: { username: string }) => u.username);
    expect(names).toEqual(expect.arrayContaining(['officer1', 'worker1', 'institution']));
    expect(names).not.toContain('officer2');
    expect(names).not.toContain('sysadmin');
  });

  it('matches the query against username and display name and pages the result', async () => {
    const admin = await t.login('sysadmin');
    const res = await admin.get('/api/users?q=OFFICER&page=1&pageSize=1');
    expect(res.body.total).toBe(2);
    expect(res.body.items).toHaveLength(1);
    const page2 = await admin.get('/api/users?q=officer&page=2&pageSize=1');
    expect(page2.body.items[0].username).not.toBe(res.body.items[0].username);
  });

  it('answers an unknown organisation filter with 404', async () => {
    const admin = await t.login('sysadmin');
    expect((await admin.get('/api/users?orgId=999999')).status).toBe(404);
  });
});

describe('creating users', () => {
  it('returns a one-time password that must be changed at first login, and audits without it', async () => {
    const admin = await t.login('sysadmin');
    const res = await admin.post('/api/users', {
      username: 'zhang.san',
      displayName: '张三',
      orgId: t.city.community2.id,
      roleIds: [await roleId('community_worker')],
    });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ username: 'zhang.san', displayName: '张三', status: 'active' });
    expect(res.body.initialPassword).toMatch(/^.{14}$/);
    const first = await loginRaw('zhang.san', res.body.initialPassword);
    expect(first.json().stage).toBe('change_password');

    const [row] = await t.db.select().from(auditLog).where(eq(auditLog.targetId, res.body.user.id));
    expect(row).toMatchObject({ action: 'user.create', username: 'sysadmin' });
    expect(JSON.stringify(row!.detail)).not.toContain(res.body.initialPassword);
  });

  it('refuses a username that is already taken with 409', async () => {
    const admin = await t.login('sysadmin');
    const res = await admin.post('/api/users', {
      username: 'officer1',
      displayName: '重名',
      orgId: street1,
      roleIds: [officerRole],
    });
    expect(res.status).toBe(409);
  });

  it('refuses an administrator role combined with a business role (三员分立)', async () => {
    const admin = await t.login('sysadmin');
    const res = await admin.post('/api/users', {
      username: 'mixed',
      displayName: '混合',
      orgId: t.city.city.id,
      roleIds: [await roleId('system_admin'), officerRole],
    });
    expect(res.status).toBe(403);
    expect(res.body.message).toContain('管理员角色不能与业务角色');
  });

  it('refuses two administrator roles on one account', async () => {
    const admin = await t.login('sysadmin');
    const res = await admin.post('/api/users', {
      username: 'twohats',
      displayName: '两顶帽子',
      orgId: t.city.city.id,
      roleIds: [await roleId('security_admin'), await roleId('audit_admin')],
    });
    expect(res.status).toBe(403);
    expect(res.body.message).toContain('三员分立');
  });

  it('does not let the security administrator create users', async () => {
    const sec = await t.login('secadmin');
    const res = await sec.post('/api/users', {
      username: 'by_secadmin',
      displayName: '安全员建的',
      orgId: street1,
      roleIds: [officerRole],
    });
    expect(res.status).toBe(403);
  });
});

describe('the other administrators are out of the system administrator’s reach', () => {
  it('does not let the system administrator create an audit administrator', async () => {
    const admin = await t.login('sysadmin');
    const res = await admin.post('/api/users', {
      username: 'my_own_auditor',
      displayName: '自己人',
      orgId: t.city.city.id,
      roleIds: [await roleId('audit_admin')],
    });
    expect(res.status).toBe(403);
    expect(res.body.message).toContain('服务器控制台');
  });

  it('does not let the system administrator reset, disable or re-role the security and audit administrators', async () => {
    const admin = await t.login('sysadmin');
    const auditor = t.users.auditadmin.id;
    expect((await admin.post(`/api/users/${auditor}/reset-password`)).status).toBe(403);
    expect((await admin.patch(`/api/users/${t.users.secadmin.id}`, { status: 'disabled' })).status).toBe(403);
    expect((await admin.patch(`/api/users/${auditor}`, { roleIds: [officerRole] })).status).toBe(403);
    expect(
      (await admin.patch(`/api/users/${target.id}`, { roleIds: [await roleId('security_admin')] })).status,
    ).toBe(403);
    // The auditor is untouched and still signs in.
    expect((await (await t.login('auditadmin')).get('/api/audit/verify')).status).toBe(200);
  });

  it('still lets the system administrator create another system administrator and unlock anyone', async () => {
    const admin = await t.login('sysadmin');
    const res = await admin.post('/api/users', {
      username: 'second_sysadmin',
      displayName: '系统管理员乙',
      orgId: t.city.city.id,
      roleIds: [await roleId('system_admin')],
    });
    expect(res.status).toBe(200);
    expect((await admin.post(`/api/users/${t.users.auditadmin.id}/unlock`)).status).toBe(200);
  });
});

describe('editing users', () => {
  it('does not let an administrator change their own roles or disable themselves', async () => {
    const admin = await t.login('sysadmin');
    const me = t.users.sysadmin.id;
    const roles1 = await admin.patch(`/api/users/${me}`, { roleIds: [await roleId('audit_admin')] });
    expect(roles1.status).toBe(403);
    expect(roles1.body.message).toBe('不能修改自己的角色');
    const disable = await admin.patch(`/api/users/${me}`, { status: 'disabled' });
    expect(disable.status).toBe(403);
    // Sending back the unchanged roles (as an edit form does) is fine.
    const same = await admin.patch(`/api/users/${me}`, {
      displayName: '系统管理员甲',
      roleIds: [await roleId('system_admin')],
    });
    expect(same.status).toBe(200);
    expect(same.body.displayName).toBe('系统管理员甲');
  });

  it('ends every session of a user who is disabled', async () => {
    const u = await createUser(t.db, { username: 'to_disable', orgId: street1, roles: ['street_officer'] });
    const victim = await t.login('to_disable');
    expect((await victim.get('/api/auth/me')).status).toBe(200);
    const admin = await t.login('sysadmin');
    const res = await admin.patch(`/api/users/${u.id}`, { status: 'disabled' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('disabled');
    expect((await victim.get('/api/auth/me')).status).toBe(401);
    expect((await loginRaw('to_disable', t.password)).statusCode).toBe(401);
    const [row] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'user.disable'));
    expect(row?.targetId).toBe(u.id);
  });

  it('changes roles and organisation of another user and records before and after', async () => {
    const u = await createUser(t.db, { username: 'mover', orgId: street1, roles: ['street_officer'] });
    const admin = await t.login('sysadmin');
    const res = await admin.patch(`/api/users/${u.id}`, {
      orgId: t.city.community1.id,
      roleIds: [await roleId('community_worker')],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      org: { id: t.city.community1.id },
      roles: [{ code: 'community_worker' }],
    });
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.targetId, u.id));
    expect(rows.at(-1)?.detail).toMatchObject({
      before: { orgId: street1, roles: ['street_officer'] },
      after: { orgId: t.city.community1.id, roles: ['community_worker'] },
    });
  });

  it('answers an unknown user with 404', async () => {
    const admin = await t.login('sysadmin');
    const res = await admin.patch('/api/users/3f1c6a40-5c0e-4a55-9a47-0a1d2c3b4e5f', { displayName: '无人' });
    expect(res.status).toBe(404);
  });
});

describe('password reset and unlock', () => {
  it('replaces the password with a one-time one and signs the user out everywhere', async () => {
    const u = await createUser(t.db, { username: 'forgetful', orgId: street1, roles: ['street_officer'] });
    const session = await t.login('forgetful');
    const admin = await t.login('sysadmin');
    const res = await admin.post(`/api/users/${u.id}/reset-password`);
    expect(res.status).toBe(200);
    expect((await session.get('/api/auth/me')).status).toBe(401);
    expect((await loginRaw('forgetful', t.password)).statusCode).toBe(401);
    const again = await loginRaw('forgetful', res.body.initialPassword);
    expect(again.json().stage).toBe('change_password');
  });

  it('does not reset the administrator’s own password', async () => {
    const admin = await t.login('sysadmin');
    expect((await admin.post(`/api/users/${t.users.sysadmin.id}/reset-password`)).status).toBe(403);
  });

  it('unlocks an account locked by bad passwords', async () => {
    const u = await createUser(t.db, { username: 'locked_out', orgId: street1, roles: ['street_officer'] });
    for (let i = 0; i < 5; i++) await loginRaw('locked_out', 'Wrong-passw0rd');
    expect((await loginRaw('locked_out', t.password)).statusCode).toBe(423);
    const admin = await t.login('sysadmin');
    const list = await admin.get('/api/users?q=locked_out');
    expect(list.body.items[0].lockedUntil).not.toBeNull();
    expect((await admin.post(`/api/users/${u.id}/unlock`)).body).toEqual({ ok: true });
    expect((await loginRaw('locked_out', t.password)).statusCode).toBe(200);
    expect((await admin.get('/api/users?q=locked_out')).body.items[0].lockedUntil).toBeNull();
  });

  it('does not report a lock that has already expired', async () => {
    const u = await createUser(t.db, { username: 'was_locked', orgId: street1, roles: ['street_officer'] });
    await t.db
      .update(users)
      .set({ lockedUntil: new Date(t.clock.now().getTime() - 60_000) })
      .where(eq(users.id, u.id));
    const admin = await t.login('sysadmin');
    expect((await admin.get('/api/users?q=was_locked')).body.items[0].lockedUntil).toBeNull();
  });
});
