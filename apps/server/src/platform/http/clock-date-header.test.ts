import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.ts';
import { fixedClock } from '../clock.ts';

const t = await createTestApp({ clock: fixedClock('2025-03-10T09:00:00+08:00') });
afterAll(() => t.app.close());

describe('the Date header', () => {
  it("tells the web app the server's clock, not the machine's", async () => {
    for (const url of ['/api/health', '/api/nothing']) {
      const date = (await t.app.inject(url)).headers.date;
      expect(date, url).toBe('Mon, 10 Mar 2025 01:00:00 GMT');
    }
  });
});
