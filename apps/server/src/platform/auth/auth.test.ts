import * as OTPAuth from 'otpauth';
import { describe, expect, it } from 'vitest';
import { createUser } from '../../test/fixtures.ts';
import { createTestApp } from '../../test/test-app.ts';
import { defaultSecuritySettings, saveSecuritySettings } from '../security/security-settings.ts';

const t = await createTestApp();
/** The code an authenticator app shows `ms` after the server's (test) time. */
const codeAt = (totp: OTPAuth.TOTP, ms: number) => totp.generate({ timestamp: t.clock.now().getTime() + ms });

const login = (username: string, password: string, ip = '10.0.0.1') =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  });

describe('login', () => {
  it('answers a wrong password with a Chinese message and logs the failure', async () => {
    const res = await login('officer1', 'wrong-Password1');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'AUTH_INVALID_CREDENTIALS', message: '用户名或密码错误' });
  });

  it('locks an account after 5 bad passwords, even for the right password, for 15 minutes', async () => {
    await createUser(t.db, { username: 'victim', orgId: t.city.street1.id, roles: ['street_officer'] });
    for (let i = 0; i < 4; i++) expect((await login('victim', 'Bad-passw0rd')).statusCode).toBe(401);
    const fifth = await login('victim', 'Bad-passw0rd');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('AUTH_LOCKED');
    const right = await login('victim', t.password);
    expect(right.statusCode).toBe(423);
    expect(right.json().message).toMatch(/15 分钟/);
  });

  it('sets an httpOnly SameSite=Strict session cookie', async () => {
    const res = await login('officer1', t.password);
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/ms_session=.*HttpOnly.*SameSite=Strict/i);
  });
});

describe('CSRF', () => {
  it('rejects a state-changing request without the CSRF header', async () => {
    const c = await t.login('sysadmin');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: { cookie: c.cookie },
      payload: {
        parentId: t.city.street1.id,
        name: '无令牌社区',
        level: 'community',
        regionCode: '370983001009',
      },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_INVALID');
    const ok = await c.post('/api/orgs', {
      parentId: t.city.street1.id,
      name: '有令牌社区',
      level: 'community',
      regionCode: '370983001009',
    });
    expect(ok.status).toBe(200);
  });

  it('rejects a CSRF token from another session', async () => {
    const a = await t.login('sysadmin');
    const b = await t.login('sysadmin');
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/orgs/${t.city.street1.id}`,
      headers: { cookie: a.cookie, 'x-csrf-token': b.csrfToken },
      payload: { name: '改名街道' },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('first login and second factor', () => {
  it('forces a password change, enforces the password rules, then lets the user in', async () => {
    await createUser(t.db, {
      username: 'newbie',
      orgId: t.city.street2.id,
      roles: ['street_officer'],
      mustChangePassword: true,
    });
    const c = await t.login('newbie');
    expect((await c.get('/api/auth/me')).body.stage).toBe('change_password');
    expect((await c.get('/api/orgs/roots')).status).toBe(403);
    const weak = await c.post('/api/auth/change-password', {
      oldPassword: t.password,
      newPassword: 'alllowercase',
    });
    expect(weak.status).toBe(422);
    expect(weak.body.code).toBe('PASSWORD_POLICY');
    const ok = await c.post('/api/auth/change-password', {
      oldPassword: t.password,
      newPassword: 'New-Passw0rd!',
    });
    expect(ok.body.stage).toBe('full');
    expect((await c.get('/api/orgs/roots')).status).toBe(200);
  });

  it('requires administrators to enrol TOTP and then to give a code at every login', async () => {
    await saveSecuritySettings(t.db, defaultSecuritySettings);
    const c = await t.login('auditadmin');
    expect((await c.get('/api/auth/me')).body.stage).toBe('totp_enrol');
    const { secret } = (await c.post('/api/auth/totp/enrol')).body;
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
    expect(
      (await c.post('/api/auth/totp/confirm', { code: '000000' === codeAt(totp, 0) ? '111111' : '000000' }))
        .status,
    ).toBe(401);
    const enrolCode = codeAt(totp, 0);
    expect((await c.post('/api/auth/totp/confirm', { code: enrolCode })).body.stage).toBe('full');

    const again = await t.login('auditadmin');
    expect((await again.get('/api/auth/me')).body.stage).toBe('totp');
    // The enrolment code is used up; the next period's code (within the drift window) is not.
    expect((await again.post('/api/auth/totp/verify', { code: enrolCode })).status).toBe(401);
    const next = codeAt(totp, 30_000);
    expect((await again.post('/api/auth/totp/verify', { code: next })).body.stage).toBe('full');
    expect((await again.get('/api/auth/me')).body.user.permissions).toEqual(['audit:read']);
  });

  it('ends the session on logout', async () => {
    const c = await t.login('officer1');
    expect((await c.post('/api/auth/logout')).status).toBe(200);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });
});
