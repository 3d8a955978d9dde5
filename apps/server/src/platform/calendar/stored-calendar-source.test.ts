import { afterAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../test/test-db.ts';
import { packagedUntil2026, schedule2027 } from './calendar.fixtures.ts';
import { createCalendarYearsRepo } from './calendar-years.repo.ts';
import { openStoredCalendar } from './stored-calendar-source.ts';

const database = await createTestDatabase();
afterAll(() => database.close());

const packaged = packagedUntil2026();
const { sourceDoc, holidays, workdays } = schedule2027();
/** What another server process writes when an administrator enters 2027 there. */
const enterElsewhere = () =>
  createCalendarYearsRepo(database.db).insert({
    year: 2027,
    sourceDoc,
    holidays: Object.fromEntries(holidays.map((d) => [d.date, d.name])),
    workdays: Object.fromEntries(workdays.map((d) => [d.date, d.name])),
    enteredBy: '00000000-0000-0000-0000-000000000000',
    enteredByName: '系统管理员',
    enteredAt: new Date('2026-11-20T09:00:00+08:00'),
  });

describe('the calendar a server process keeps in memory', () => {
  it('sees a year another process entered by its next periodic refresh', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const source = await openStoredCalendar(database.db, { packaged, refreshMs: 30_000 });
      expect(source.current().coversYear(2027)).toBe(false);
      expect(source.current().coversYear(2026)).toBe(true);
      await enterElsewhere();
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
