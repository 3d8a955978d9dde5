import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { createTestApp, testConfig } from '../../test/test-app.ts';

const t = await createTestApp();
const { app: behindProxy } = await buildApp({
  config: { ...testConfig(), trustProxy: true },
  database: t.database,
  logger: false,
});
afterAll(() => behindProxy.close());

describe('security headers', () => {
  it('sends a CSP without inline scripts that forbids framing, nosniff and a referrer policy', async () => {
    for (const url of ['/api/health', '/api/docs/static/index.html', '/api/nothing']) {
      const h = (await t.app.inject(url)).headers;
      const csp = String(h['content-security-policy']);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toContain("object-src 'none'");
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('no-referrer');
      expect(h['x-frame-options']).toBe('DENY');
    }
  });

  it('sends HSTS only to requests that came over TLS', async () => {
    expect((await t.app.inject('/api/health')).headers['strict-transport-security']).toBeUndefined();
    // Without a trusted proxy a forwarded protocol is not believed.
    const spoofed = await t.app.inject({ url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(spoofed.headers['strict-transport-security']).toBeUndefined();
    const viaProxy = await behindProxy.inject({
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(viaProxy.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const plainViaProxy = await behindProxy.inject('/api/health');
    expect(plainViaProxy.headers['strict-transport-security']).toBeUndefined();
  });
});
