import { describe, expect, it } from 'vitest';
import { createTestApp, secondInstance } from '../test/test-app.ts';

// Two app instances over one database stand for two server processes behind a load balancer. On
// PostgreSQL the second instance has its own connection pool, so nothing can be shared in memory.
const a = await createTestApp();
const { app: b } = await secondInstance(a);

describe('two server processes on one database', () => {
  it('serve the same signed-in user: a session made by one is honoured by the other', async () => {
    const client = await a.login('officer1');
    const res = await b.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: client.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.username).toBe('officer1');
    const logout = await b.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken },
    });
    expect(logout.statusCode).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('share the lockout counter: failures spread over both instances still lock the account', async () => {
    const attempt = (app: typeof b) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'officer2', password: 'Wrong-passw0rd' },
      });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt(i % 2 === 0 ? a.app : b)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
  });
});
