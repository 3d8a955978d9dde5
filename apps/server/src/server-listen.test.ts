import { afterAll, describe, expect, it } from 'vitest';
import { listenQuietly } from './server.ts';
import { createTestApp } from './test/test-app.ts';

const logLines: string[] = [];
const t = await createTestApp({ logLines });
afterAll(() => t.app.close());

describe('listening', () => {
  it('logs no address of its own: Fastify would list every interface, even unreachable ones', async () => {
    await listenQuietly(t.app, { port: 0, host: '0.0.0.0' });
    expect(t.app.server.listening).toBe(true);
    expect(logLines.filter((l) => /listening/i.test(l))).toEqual([]);
    t.app.log.info('after listening');
    expect(logLines.some((l) => l.includes('after listening'))).toBe(true);
  });
});
