import { describe, expect, it } from 'vitest';
import { createUser } from '../../test/fixtures.ts';
import { createTestApp, type TestClient } from '../../test/test-app.ts';

const t = await createTestApp();

async function signedIn(username: string) {
  await createUser(t.db, { username, orgId: t.city.street1.id, roles: ['street_officer'] });
  return t.login(username);
}

const change = (c: TestClient, oldPassword: string, newPassword: string) =>
  c.post('/api/auth/change-password', { oldPassword, newPassword });

describe('new passwords', () => {
  it('refuses one that contains the username, forwards or backwards', async () => {
    const c = await signedIn('wangfang');
    for (const pw of ['Wangfang#2026x', 'x!GNAFGNAW-93']) {
      const res = await change(c, t.password, pw);
      expect(res.status, pw).toBe(422);
      expect(res.body).toMatchObject({ code: 'PASSWORD_POLICY', message: '密码不能包含用户名' });
    }
  });

  it('refuses common and breached passwords that meet the character rules', async () => {
    const c = await signedIn('commoner');
    for (const pw of ['P@ssw0rd1234', 'Qwerty!2345', 'Admin@123', 'Aa123456!']) {
      const res = await change(c, t.password, pw);
      expect(res.status, pw).toBe(422);
      expect(res.body.message, pw).toMatch(/过于常见或容易猜到/);
    }
    expect((await change(c, t.password, 'Lanzhou-Noodle-88')).status).toBe(200);
  });

  it('refuses the current password and the last five, and takes the sixth back', async () => {
    const c = await signedIn('recycler');
    const pw = (i: number) => `Rotation-${i}-Kiwi!`;
    let current = t.password;
    for (let i = 1; i <= 5; i++) {
      expect((await change(c, current, pw(i))).status).toBe(200);
      current = pw(i);
    }
    // History: Test-Passw0rd! (the first), Rotation-1 … Rotation-4, and Rotation-5 is current.
    for (const old of [pw(5), pw(4), pw(1), t.password]) {
      const res = await change(c, current, old);
      expect(res.status, old).toBe(422);
      expect(res.body.message).toBe('新密码不能与当前密码或最近 5 次使用过的密码相同');
    }
    expect((await change(c, current, pw(6))).status).toBe(200);
    // Now the first one has dropped out of the last five.
    expect((await change(c, pw(6), t.password)).status).toBe(200);
  }, 180_000); // about sixty argon2id verifications, each deliberately slow
});
