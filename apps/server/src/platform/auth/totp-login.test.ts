import { eq } from 'drizzle-orm';
import * as OTPAuth from 'otpauth';
import { describe, expect, it } from 'vitest';
import { createUser } from '../../test/fixtures.ts';
import { createTestApp, type TestClient } from '../../test/test-app.ts';
import { users } from '../access/access.schema.ts';
import { newTotpSecret } from './totp.ts';

const t = await createTestApp();

/** A user with a bound authenticator; returns the app-side generator of their codes. */
async function withTotp(username: string, opts: { mustChangePassword?: boolean } = {}) {
  const user = await createUser(t.db, {
    username,
    orgId: t.city.street1.id,
    roles: ['street_officer'],
    ...opts,
  });
  const secret = newTotpSecret();
  await t.db
    .update(users)
    .set({ totpSecretEnc: t.services.cipher.encrypt(secret), totpEnabled: true })
    .where(eq(users.id, user.id));
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
  const wrong = () => {
    const valid = new Set(
      [-1, 0, 1].map((d) => totp.generate({ timestamp: t.clock.now().getTime() + d * 30_000 })),
    );
    return ['000000', '111111', '222222', '333333'].find((c) => !valid.has(c))!;
  };
  return { user, totp, wrong };
}

/** The code the employee's app shows at the server's (test) time. */
const codeNow = (totp: OTPAuth.TOTP) => totp.generate({ timestamp: t.clock.now().getTime() });
const verify = (c: TestClient, code: string) => c.post('/api/auth/totp/verify', { code });

describe('the second factor at login', () => {
  it('locks the account after as many wrong codes as wrong passwords, with the same settings', async () => {
    const { wrong, totp } = await withTotp('totp_guess');
    const c = await t.login('totp_guess');
    for (let i = 0; i < 4; i++) {
      const res = await verify(c, wrong());
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('AUTH_TOTP_INVALID');
    }
    const fifth = await verify(c, wrong());
    expect(fifth.status).toBe(423);
    expect(fifth.body).toMatchObject({
      code: 'AUTH_LOCKED',
      message: '连续 5 次动态口令错误，账号已锁定 15 分钟',
    });
    // The half-signed-in session is over, and the password alone no longer opens a new one.
    expect((await verify(c, codeNow(totp))).status).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'totp_guess', password: t.password },
    });
    expect(again.statusCode).toBe(423);
    expect(again.json().message).toMatch(/账号已锁定，请 15 分钟后再试/);
  });

  it('does not let a correct password reset the count of wrong codes', async () => {
    const { wrong } = await withTotp('totp_relogin');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const c = await t.login('totp_relogin');
      statuses.push((await verify(c, wrong())).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
  });

  it('refuses a code already accepted, in another session too', async () => {
    const { totp } = await withTotp('totp_replay');
    const code = codeNow(totp);
    const first = await t.login('totp_replay');
    expect((await verify(first, code)).body.stage).toBe('full');
    const second = await t.login('totp_replay');
    const replay = await verify(second, code);
    expect(replay.status).toBe(401);
    expect(replay.body.message).toBe('该动态口令已使用过，请等待手机上显示新的口令后再输入');
    expect((await second.get('/api/auth/me')).body.stage).toBe('totp');
  });

  it('asks for the second factor before a first-login password change', async () => {
    const { totp } = await withTotp('totp_first', { mustChangePassword: true });
    const c = await t.login('totp_first');
    expect((await c.get('/api/auth/me')).body.stage).toBe('totp');
    const early = await c.post('/api/auth/change-password', {
      oldPassword: t.password,
      newPassword: 'Fresh-Passw0rd-77',
    });
    expect(early.status).toBe(403);
    expect(early.body.code).toBe('AUTH_STAGE');
    expect((await verify(c, codeNow(totp))).body.stage).toBe('change_password');
    const changed = await c.post('/api/auth/change-password', {
      oldPassword: t.password,
      newPassword: 'Fresh-Passw0rd-77',
    });
    expect(changed.body.stage).toBe('full');
  });
});
