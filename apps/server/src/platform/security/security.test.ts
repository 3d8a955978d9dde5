import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createUser } from '../../test/fixtures.ts';
import { describeRoleMatrix } from '../../test/role-matrix.ts';
import { createTestApp } from '../../test/test-app.ts';
import { auditLog } from '../audit/audit.schema.ts';
import { sessions } from '../auth/auth.schema.ts';
import { defaultSecuritySettings, saveSecuritySettings } from './security-settings.ts';

const t = await createTestApp();
const testSettings = { ...defaultSecuritySettings, adminMfaRequired: false };
/** What the API accepts: administrators' second factor cannot be switched off. */
const editable = defaultSecuritySettings;
const street1 = t.city.street1.id;

const loginRaw = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

/** Signs a fresh user in and returns the short session id the security admin sees. */
async function sessionOf(username: string) {
  const u = await createUser(t.db, { username, orgId: street1, roles: ['street_officer'] });
  const client = await t.login(username);
  const [s] = await t.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, u.id));
  return { user: u, client, ref: s!.id.slice(0, 16), storedId: s!.id };
}

describeRoleMatrix(t, [
  {
    endpoint: 'GET /api/security/settings',
    allowed: ['secadmin'],
    call: (c) => c.get('/api/security/settings'),
  },
  {
    endpoint: 'PUT /api/security/settings',
    allowed: ['secadmin'],
    call: async (c) => {
      const res = await c.put('/api/security/settings', editable);
      await saveSecuritySettings(t.db, testSettings);
      return res;
    },
  },
  {
    endpoint: 'GET /api/security/sessions',
    allowed: ['secadmin'],
    call: (c) => c.get('/api/security/sessions'),
  },
  {
    endpoint: 'DELETE /api/security/sessions/:id',
    allowed: ['secadmin'],
    call: async (c, u) => c.delete(`/api/security/sessions/${(await sessionOf(`matrix_${u}`)).ref}`),
  },
  { endpoint: 'GET /api/login-log', allowed: ['secadmin'], call: (c) => c.get('/api/login-log') },
  {
    endpoint: 'POST /api/security/totp-resets',
    allowed: ['secadmin'],
    call: async (c, u) => {
      await createUser(t.db, { username: `totp_${u}`, orgId: street1, roles: ['street_officer'] });
      return c.post('/api/security/totp-resets', { username: `totp_${u}` });
    },
  },
]);

describe('resetting a second factor', () => {
  it("removes the factor, ends the user's sessions, and makes an administrator enrol again", async () => {
    const sec = await t.login('secadmin'); // signed in while MFA is still off in these tests
    await saveSecuritySettings(t.db, defaultSecuritySettings);
    try {
      const admin = await createUser(t.db, {
        username: 'lostphone',
        orgId: street1,
        roles: ['system_admin'],
      });
      await t.db.execute(
        sql`update users set totp_enabled = true, totp_secret_enc = 'x' where id = ${admin.id}`,
      );
      const before = await t.login('lostphone');
      expect((await before.get('/api/auth/me')).body.stage).toBe('totp');
      expect((await sec.post('/api/security/totp-resets', { username: 'lostphone' })).status).toBe(200);
      expect((await before.get('/api/auth/me')).status).toBe(401);
      const after = await t.login('lostphone');
      expect((await after.get('/api/auth/me')).body.stage).toBe('totp_enrol');
      expect((await sec.post('/api/security/totp-resets', { username: 'secadmin' })).status).toBe(403);
      expect((await sec.post('/api/security/totp-resets', { username: 'nobody' })).status).toBe(404);
    } finally {
      await saveSecuritySettings(t.db, testSettings);
    }
  });
});

describe('security settings', () => {
  afterEach(() => saveSecuritySettings(t.db, testSettings));

  it('does not let the audit administrator change the settings', async () => {
    const auditor = await t.login('auditadmin');
    const res = await auditor.put('/api/security/settings', { ...editable, lockoutThreshold: 10 });
    expect(res.status).toBe(403);
  });

  it('refuses values below the level-3 floors', async () => {
    const sec = await t.login('secadmin');
    for (const bad of [
      { passwordMinLength: 6 },
      { passwordMinClasses: 2 },
      { lockoutThreshold: 20 },
      { idleTimeoutMinutes: 240 },
      { sessionMaxHours: 0 },
      { sessionMaxHours: 25 },
      { addressFailureLimit: 1000 },
    ]) {
      const res = await sec.put('/api/security/settings', { ...editable, ...bad });
      expect(res.status, JSON.stringify(bad)).toBe(422);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
  });

  it("refuses to switch off administrators' second factor", async () => {
    const sec = await t.login('secadmin');
    const res = await sec.put('/api/security/settings', { ...editable, adminMfaRequired: false });
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).toContain('等保三级要求管理员必须使用双因素认证，不能关闭');
  });

  it('signs a session out after the absolute lifetime however active it is', async () => {
    const { client, storedId } = await sessionOf('marathon');
    const sec = await t.login('secadmin');
    expect((await sec.put('/api/security/settings', { ...editable, sessionMaxHours: 2 })).status).toBe(200);
    const ago = (minutes: number) => new Date(t.clock.now().getTime() - minutes * 60_000);
    await t.db
      .update(sessions)
      .set({ createdAt: ago(119) })
      .where(eq(sessions.id, storedId));
    expect((await client.get('/api/auth/me')).status).toBe(200);
    await t.db
      .update(sessions)
      .set({ createdAt: ago(121) })
      .where(eq(sessions.id, storedId));
    const res = await client.get('/api/auth/me');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('AUTH_REQUIRED');
  });

  it('locks an account at the third bad password once the threshold is lowered to 3, and audits the change', async () => {
    await createUser(t.db, { username: 'clumsy', orgId: street1, roles: ['street_officer'] });
    const sec = await t.login('secadmin');
    const res = await sec.put('/api/security/settings', { ...editable, lockoutThreshold: 3 });
    expect(res.status).toBe(200);
    expect((await sec.get('/api/security/settings')).body.lockoutThreshold).toBe(3);
    expect((await loginRaw('clumsy', 'Wrong-passw0rd')).statusCode).toBe(401);
    expect((await loginRaw('clumsy', 'Wrong-passw0rd')).statusCode).toBe(401);
    const third = await loginRaw('clumsy', 'Wrong-passw0rd');
    expect(third.statusCode).toBe(423);
    expect(third.json().message).toContain('连续 3 次');
    const [row] = (
      await t.db.select().from(auditLog).where(eq(auditLog.action, 'security.settings.update'))
    ).slice(-1);
    expect(row?.detail).toMatchObject({ before: { lockoutThreshold: 5 }, after: { lockoutThreshold: 3 } });
    expect(row?.username).toBe('secadmin');
  });

  it('ends a session idle longer than the configured timeout', async () => {
    const { client, storedId } = await sessionOf('idler');
    const sec = await t.login('secadmin');
    expect((await sec.put('/api/security/settings', { ...editable, idleTimeoutMinutes: 5 })).status).toBe(
      200,
    );
    expect((await client.get('/api/auth/me')).status).toBe(200);
    await t.db
      .update(sessions)
      .set({ lastSeenAt: new Date(t.clock.now().getTime() - 6 * 60_000) })
      .where(eq(sessions.id, storedId));
    const res = await client.get('/api/auth/me');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('AUTH_REQUIRED');
  });
});

describe('online sessions', () => {
  it('lists live sessions with user, address and times, without the cookie token or stored id', async () => {
    const { client, ref, storedId } = await sessionOf('online_user');
    const sec = await t.login('secadmin');
    const res = await sec.get('/api/security/sessions');
    const mine = res.body.find((s: { id: string }) => s.id === ref);
    expect(mine).toMatchObject({ username: 'online_user', displayName: 'online_user', ip: '127.0.0.1' });
    expect(typeof mine.createdAt).toBe('string');
    const token = decodeURIComponent(client.cookie.split('=')[1]!).split('.')[0]!;
    expect(JSON.stringify(res.body)).not.toContain(token);
    expect(JSON.stringify(res.body)).not.toContain(storedId);
  });

  it('leaves out sessions idle beyond the timeout', async () => {
    const { ref, storedId } = await sessionOf('stale_user');
    await t.db
      .update(sessions)
      .set({ lastSeenAt: new Date(t.clock.now().getTime() - 31 * 60_000) })
      .where(eq(sessions.id, storedId));
    const sec = await t.login('secadmin');
    const res = await sec.get('/api/security/sessions');
    expect(res.body.map((s: { id: string }) => s.id)).not.toContain(ref);
  });

  it('forces a user out: their next request is 401, and the action is audited', async () => {
    const { user, client, ref } = await sessionOf('kicked');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    const sec = await t.login('secadmin');
    expect((await sec.delete(`/api/security/sessions/${ref}`)).status).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    const [row] = (
      await t.db.select().from(auditLog).where(eq(auditLog.action, 'security.session.end'))
    ).slice(-1);
    expect(row).toMatchObject({ username: 'secadmin', targetId: user.id });
    expect((await sec.delete(`/api/security/sessions/${ref}`)).status).toBe(404);
  });

  it('rejects a full stored id or a malformed one', async () => {
    const { storedId } = await sessionOf('full_id');
    const sec = await t.login('secadmin');
    // a reference that is no session's reference names no record: 404, with the usual message
    const res = await sec.delete(`/api/security/sessions/${storedId}`);
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('找不到该记录：链接中的编号格式不正确');
  });
});

describe('login log', () => {
  it('shows attempts newest first, filtered by username, outcome and time', async () => {
    await createUser(t.db, { username: 'logged_user', orgId: street1, roles: ['street_officer'] });
    await loginRaw('logged_user', 'Wrong-passw0rd');
    await loginRaw('logged_user', t.password);
    const sec = await t.login('secadmin');
    const all = await sec.get('/api/login-log?username=logged_user');
    expect(all.body.total).toBe(2);
    expect(all.body.items.map((i: { success: boolean }) => i.success)).toEqual([true, false]);
    expect(all.body.items[1]).toMatchObject({ username: 'logged_user', reason: 'bad_password' });
    const failed = await sec.get('/api/login-log?username=logged_user&success=false');
    expect(failed.body.total).toBe(1);
    const future = await sec.get('/api/login-log?username=logged_user&from=2999-01-01');
    expect(future.body.total).toBe(0);
    const past = await sec.get('/api/login-log?username=logged_user&to=2000-01-01');
    expect(past.body.total).toBe(0);
    const bounded = await sec.get(`/api/login-log?username=logged_user&from=2000-01-01&to=${t.today()}`);
    expect(bounded.body.total).toBe(2);
  });

  it('records failed attempts on unknown usernames too', async () => {
    await loginRaw('nobody_here', 'Wrong-passw0rd');
    const sec = await t.login('secadmin');
    const res = await sec.get('/api/login-log?username=nobody_here');
    expect(res.body.items[0]).toMatchObject({ success: false, reason: 'unknown_user' });
  });
});
