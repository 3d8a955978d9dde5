import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { createTestApp, testConfig } from './test/test-app.ts';

const logLines: string[] = [];
const t = await createTestApp({ logLines });

describe('HTTP surface', () => {
  it('answers the health check with the database kind', async () => {
    const res = await t.app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: t.database.kind });
  });

  it('publishes an OpenAPI document listing the foundation endpoints, with a viewer', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of ['/api/auth/login', '/api/auth/me', '/api/orgs/roots', '/api/orgs/{id}/children']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    const viewer = await t.app.inject('/api/docs/');
    expect(viewer.statusCode).toBe(200);
    expect(viewer.body).toMatch(/swagger/i);
  });

  it('answers an unknown API path with a Chinese NOT_FOUND error', async () => {
    const res = await t.app.inject('/api/no-such-thing');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect(res.json().message).toMatch(/接口不存在/);
  });

  it('answers malformed input with 422 and a Chinese message naming the field', async () => {
    const c = await t.login('sysadmin');
    const res = await c.post('/api/orgs', {
      parentId: t.city.street1.id,
      name: '',
      level: 'village',
      regionCode: '1',
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.message).toMatch(/输入有误/);
    expect(res.body.details.map((d: { path: string }) => d.path).join(',')).toMatch(/level/);
  });

  it('answers a request without a session with 401 AUTH_REQUIRED', async () => {
    const res = await t.app.inject('/api/orgs/roots');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH_REQUIRED');
  });

  it('tags every log line with a request id and never logs passwords or cookies', async () => {
    const secret = 'Very-Secret-Passw0rd!';
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'officer1', password: secret },
    });
    const c = await t.login('officer1');
    await c.get('/api/auth/me');
    const text = logLines.join('');
    expect(logLines.length).toBeGreaterThan(0);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(t.password);
    expect(text).not.toContain(c.cookie.split('=')[1]!);
    for (const line of logLines.filter((l) => l.includes('"req"')))
      expect(JSON.parse(line).reqId).toBeTruthy();
  });
});

describe('serving the web app', () => {
  it('serves files, answers client-side routes with the shell, and picks up a rebuild without a restart', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'minsheng-web-'));
    writeFileSync(path.join(dist, 'index.html'), '<html>民生</html>');
    const { app } = await buildApp({
      config: testConfig(),
      database: t.database,
      webDist: dist,
      logger: false,
    });
    try {
      expect((await app.inject('/persons/123')).body).toContain('民生');
      writeFileSync(path.join(dist, 'app-new.js'), 'console.log(1)');
      const asset = await app.inject('/app-new.js');
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['content-type']).toMatch(/javascript/);
      expect((await app.inject('/missing.js')).statusCode).toBe(404);
      expect((await app.inject('/api/nothing')).json().code).toBe('NOT_FOUND');
    } finally {
      await app.close();
    }
  });
});
