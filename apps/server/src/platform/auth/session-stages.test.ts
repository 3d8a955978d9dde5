import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../test/fixtures.ts';
import { createTestApp, type TestClient } from '../../test/test-app.ts';
import { users } from '../access/access.schema.ts';
import { defaultSecuritySettings, saveSecuritySettings } from '../security/security-settings.ts';
import type { SessionStage } from './auth.schema.ts';
import { stageAllows } from './session-stages.ts';

// Every endpoint of the OpenAPI document, called from a session in each stage: only those of the
// stage table answer anything but 403 AUTH_STAGE.
const t = await createTestApp();
const street1 = t.city.street1.id;

const endpoints = Object.entries(
  (t.app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths,
)
  .flatMap(([path, methods]) =>
    Object.keys(methods).map((m) => ({
      method: m.toUpperCase(),
      path,
      url: path.replace(/\{[^}]+\}/g, '1'),
    })),
  )
  // Logging out ends the session: last, so that it cannot hide the answers after it.
  .sort((a, b) => Number(a.path === '/api/auth/logout') - Number(b.path === '/api/auth/logout'));

const clients = {} as Record<SessionStage, TestClient>;
beforeAll(async () => {
  await createUser(t.db, {
    username: 'stage_pw',
    orgId: street1,
    roles: ['street_officer'],
    mustChangePassword: true,
  });
  clients.change_password = await t.login('stage_pw');
  const totpUser = await createUser(t.db, {
    username: 'stage_totp',
    orgId: street1,
    roles: ['street_officer'],
  });
  await t.db
    .update(users)
    .set({ totpEnabled: true, totpSecretEnc: t.services.cipher.encrypt('JBSWY3DPEHPK3PXP') })
    .where(eq(users.id, totpUser.id));
  clients.totp = await t.login('stage_totp');
  await createUser(t.db, { username: 'stage_enrol', orgId: t.city.city.id, roles: ['security_admin'] });
  await saveSecuritySettings(t.db, defaultSecuritySettings);
  clients.totp_enrol = await t.login('stage_enrol');
  await saveSecuritySettings(t.db, { ...defaultSecuritySettings, adminMfaRequired: false });
  clients.full = await t.login('secadmin');
});

const call = (c: TestClient, method: string, url: string) =>
  method === 'GET'
    ? c.get(url)
    : method === 'DELETE'
      ? c.delete(url)
      : c[method.toLowerCase() as 'post'](url, {});

describe('the stage table', () => {
  it('covers a large API (the OpenAPI document lists the routes)', () => {
    expect(endpoints.length).toBeGreaterThan(100);
  });

  for (const stage of ['change_password', 'totp_enrol', 'totp', 'full'] as const) {
    it(`refuses every endpoint outside the table to a session at stage ${stage}`, async () => {
      expect((await clients[stage].get('/api/auth/me')).body.stage).toBe(stage);
      const wrong: string[] = [];
      for (const e of endpoints) {
        const key = `${e.method} ${e.path.replace(/\{([^}]+)\}/g, ':$1')}`;
        const res = await call(clients[stage], e.method, e.url);
        const refused = res.status === 403 && (res.body as { code?: string }).code === 'AUTH_STAGE';
        if (refused === stageAllows(stage, key)) wrong.push(`${key} → ${res.status}`);
      }
      expect(wrong).toEqual([]);
    });
  }
});
