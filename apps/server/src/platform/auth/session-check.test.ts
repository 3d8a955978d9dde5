import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUser } from '../../test/fixtures.ts';
import { createTestApp } from '../../test/test-app.ts';
import { roles, userRoles, users } from '../access/access.schema.ts';
import { defaultSecuritySettings, saveSecuritySettings } from '../security/security-settings.ts';
import { sessions } from './auth.schema.ts';
import { TOUCH_AFTER_MS } from './auth.service.ts';

// The session check runs before every API request: these tests pin its cost in database statements
// and prove that it still sees every change at once (nothing about access is cached in memory).
const t = await createTestApp();
const street1 = t.city.street1.id;

/** Statements sent to the database (both drivers funnel through their client's `query`). */
function countQueries() {
  const client = (t.db as unknown as { $client: { query: (...args: unknown[]) => unknown } }).$client;
  const spy = vi.spyOn(client, 'query');
  let calls = 0;
  return {
    count: () => calls,
    stop: () => {
      calls = spy.mock.calls.length;
      spy.mockRestore();
    },
  };
}

async function signedIn(username: string, roleCodes = ['street_officer']) {
  const user = await createUser(t.db, { username, orgId: street1, roles: roleCodes });
  const client = await t.login(username);
  const [s] = await t.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, user.id));
  const setLastSeen = (msAgo: number) =>
    t.db
      .update(sessions)
      .set({ lastSeenAt: new Date(t.clock.now().getTime() - msAgo) })
      .where(eq(sessions.id, s!.id));
  const lastSeen = async () =>
    (await t.db.select({ at: sessions.lastSeenAt }).from(sessions).where(eq(sessions.id, s!.id)))[0]?.at;
  return { user, client, setLastSeen, lastSeen };
}

afterEach(() => saveSecuritySettings(t.db, { ...defaultSecuritySettings, adminMfaRequired: false }));

describe('the session check on every request', () => {
  it('reads session, user, organisation, roles and settings in one statement', async () => {
    const { client } = await signedIn('cost_one');
    await client.get('/api/auth/me');
    const q = countQueries();
    const res = await client.get('/api/auth/me');
    q.stop();
    expect(res.status).toBe(200);
    expect(res.body.user.username).toBe('cost_one');
    expect(q.count()).toBe(1);
  });

  it('writes the last-seen time only when it is older than 30 seconds', async () => {
    const { client, setLastSeen, lastSeen } = await signedIn('cost_touch');
    await setLastSeen(TOUCH_AFTER_MS - 5_000);
    const before = await lastSeen();
    let q = countQueries();
    expect((await client.get('/api/auth/me')).status).toBe(200);
    q.stop();
    expect(q.count()).toBe(1);
    expect(await lastSeen()).toEqual(before);

    await setLastSeen(TOUCH_AFTER_MS + 5_000);
    q = countQueries();
    expect((await client.get('/api/auth/me')).status).toBe(200);
    q.stop();
    expect(q.count()).toBe(2);
    expect(t.clock.now().getTime() - (await lastSeen())!.getTime()).toBeLessThan(5_000);
  });

  it('keeps a session alive by use: requests spaced under the timeout never expire it', async () => {
    await saveSecuritySettings(t.db, { ...defaultSecuritySettings, idleTimeoutMinutes: 5 });
    const { client, setLastSeen, lastSeen } = await signedIn('cost_alive');
    // Each request comes 4 minutes after the previous one; the touch moves last-seen forward.
    for (let i = 0; i < 3; i++) {
      await setLastSeen(4 * 60_000);
      expect((await client.get('/api/auth/me')).status).toBe(200);
    }
    await setLastSeen(5 * 60_000 + 1_000);
    const res = await client.get('/api/auth/me');
    expect(res.status).toBe(401);
    expect(res.body.message).toBe('未登录或会话已超时，请重新登录');
    expect(await lastSeen()).toBeUndefined();
  });

  it('applies a shorter idle timeout written by another server process to the next request', async () => {
    const { client, setLastSeen } = await signedIn('cost_settings');
    await setLastSeen(10 * 60_000);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    await setLastSeen(10 * 60_000);
    // Straight into the database, past every service: no in-memory copy can hide it.
    await saveSecuritySettings(t.db, { ...defaultSecuritySettings, idleTimeoutMinutes: 5 });
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('refuses a user disabled directly in the database on the very next request', async () => {
    const { user, client } = await signedIn('cost_disabled');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    await t.db.update(users).set({ status: 'disabled' }).where(eq(users.id, user.id));
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('applies a role taken away or a permission removed to the very next request', async () => {
    const { user, client } = await signedIn('cost_roles', ['street_officer', 'finance_officer']);
    const me = async () => (await client.get('/api/auth/me')).body.user;
    expect((await me()).roles.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['street_officer', 'finance_officer']),
    );
    const [fin] = await t.db.select().from(roles).where(eq(roles.code, 'finance_officer'));
    await t.db
      .delete(userRoles)
      .where(sql`${userRoles.userId} = ${user.id} and ${userRoles.roleId} = ${fin!.id}`);
    expect((await me()).roles.map((r: { code: string }) => r.code)).toEqual(['street_officer']);

    const [officer] = await t.db.select().from(roles).where(eq(roles.code, 'street_officer'));
    expect((await me()).permissions).toContain('person:read');
    await t.db
      .update(roles)
      .set({ permissions: officer!.permissions.filter((p) => p !== 'person:read') })
      .where(eq(roles.id, officer!.id));
    try {
      expect((await me()).permissions).not.toContain('person:read');
      expect((await client.get('/api/persons')).status).toBe(403);
    } finally {
      await t.db.update(roles).set({ permissions: officer!.permissions }).where(eq(roles.id, officer!.id));
    }
  });

  it('resolves a custom data scope to the organisations’ paths, in the role’s order', async () => {
    const [role] = await t.db
      .insert(roles)
      .values({
        code: 'custom_two_streets',
        name: '两街道',
        permissions: ['person:read'],
        dataScope: 'custom',
        customOrgIds: [t.city.street2.id, t.city.street1.id],
      })
      .returning();
    const { user, client } = await signedIn('cost_custom', []);
    await t.db.insert(userRoles).values({ userId: user.id, roleId: role!.id });
    const list = await client.get('/api/persons');
    expect(list.status).toBe(200);
    const ctx = await t.services.auth.resolveSession(
      decodeURIComponent(client.cookie.split('=')[1]!).split('.')[0]!,
      { ip: null, userAgent: null },
    );
    expect(ctx?.actor.roles).toEqual([
      {
        code: 'custom_two_streets',
        name: '两街道',
        permissions: ['person:read'],
        dataScope: 'custom',
        customOrgPaths: [t.city.street2.path, t.city.street1.path],
        adminClass: null,
      },
    ]);
  });
});
