import { describe, expect, it } from 'vitest';
import { createTestApp, secondInstance } from '../../test/test-app.ts';

// Two app instances over one database stand for two server processes: failures from one address
// are counted in the database, so spreading them over both still throttles the address.
const a = await createTestApp();
const { app: b } = await secondInstance(a);

const attempt = (app: typeof b, username: string, password: string, ip: string) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: ip });

describe('per-address login throttle', () => {
  it('makes an address with 20 failures wait, across server processes, while other addresses go on', async () => {
    const ip = '203.0.113.7';
    // Different usernames each time: no account reaches its own lockout.
    for (let i = 0; i < 20; i++) {
      const res = await attempt(i % 2 === 0 ? a.app : b, `nobody${i}`, 'Wrong-passw0rd', ip);
      expect(res.statusCode).toBe(401);
    }
    for (const app of [a.app, b]) {
      const res = await attempt(app, 'officer1', a.password, ip);
      expect(res.statusCode).toBe(429);
      expect(res.json()).toMatchObject({
        code: 'AUTH_THROTTLED',
        message: '该网络地址登录失败次数过多，请 15 分钟后再试',
      });
    }
    expect((await attempt(b, 'officer1', a.password, '203.0.113.8')).statusCode).toBe(200);
  });
});
