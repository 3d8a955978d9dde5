import { afterAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../test/test-db.ts';
import { insert2027, packagedUntil2026 } from './calendar.fixtures.ts';
import { openStoredCalendar } from './stored-calendar-source.ts';

const database = await createTestDatabase();
afterAll(() => database.close());

const packaged = packagedUntil2026();
describe('the calendar a server process keeps in memory', () => {
  it('sees a year another process entered by its next periodic refresh', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const source = await openStoredCalendar(database.db, { packaged, refreshMs: 30_000 });
      expect(source.current().coversYear(2027)).toBe(false);
      expect(source.current().coversYear(2026)).toBe(true);
      await insert2027(database.db); // as another server process would
      expect(source.current().coversYear(2027)).toBe(false);
      await vi.advanceTimersByTimeAsync(30_000);
      await vi.waitFor(() => expect(source.current().coversYear(2027)).toBe(true));
      expect(source.current().describeDay('2027-01-01')).toMatchObject({ kind: 'holiday', name: '元旦' });
      expect(source.current().isWorkingDay('2027-02-20')).toBe(true);
      source.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
