import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The Content-Security-Policy of every answer: the web app (Vite output: module scripts from
 * files, no inline script) and the API viewer under /api/docs (Swagger UI 5: scripts from files)
 * run under it.
 *
 * `style-src` allows inline styles: Ant Design writes its CSS-in-JS as <style> elements at run
 * time and Swagger UI sets style attributes. A nonce would need the server to template
 * index.html per request and to hand the nonce to antd's StyleProvider, for styles only; since
 * scripts stay locked to files from this origin (no 'unsafe-inline', no 'unsafe-eval'), an
 * injected style can change how a page looks but not run code. See docs/security.md.
 */
export const contentSecurityPolicy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** One year; sent only on answers to requests that came over TLS (directly or via a trusted proxy). */
const HSTS = 'max-age=31536000; includeSubDomains';

export async function installSecurityHeaders(app: FastifyInstance) {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // An HSTS header over plain HTTP is ignored by browsers and wrong on a LAN-only deployment.
    strictTransportSecurity: false,
  });
  app.addHook('onRequest', async (req, reply) => {
    if (req.protocol === 'https') reply.header('strict-transport-security', HSTS);
  });
}
