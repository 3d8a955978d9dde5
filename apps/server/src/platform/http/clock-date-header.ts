import type { FastifyInstance } from 'fastify';
import type { Clock } from '../clock.ts';

/**
 * Every answer's `Date` header is the server's clock, not the machine's: the web app learns the
 * bureau's today from it (apps/web/src/app/bureau-clock.ts), so a server started on a business
 * clock (CLOCK_START) shows that clock's dates in the browser too. Node adds no Date of its own
 * when one is set.
 */
export function installClockDateHeader(app: FastifyInstance, clock: Clock) {
  app.addHook('onRequest', async (_req, reply) => {
    reply.header('date', clock.now().toUTCString());
  });
}
