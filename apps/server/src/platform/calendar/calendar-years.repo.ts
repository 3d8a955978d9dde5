import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { calendarYears } from './calendar.schema.ts';

export type CalendarYearRow = typeof calendarYears.$inferSelect;
export type NewCalendarYearRow = typeof calendarYears.$inferInsert;

export function createCalendarYearsRepo(db: Executor) {
  return {
    all: () => db.select().from(calendarYears).orderBy(asc(calendarYears.year)),

    byYear: async (year: number): Promise<CalendarYearRow | undefined> =>
      (await db.select().from(calendarYears).where(eq(calendarYears.year, year)))[0],

    insert: async (row: NewCalendarYearRow) =>
      (await db.insert(calendarYears).values(row).onConflictDoNothing().returning())[0],

    /** Replaces an entered year, only when it is still at `version`; answers the new row or undefined. */
    async replace(row: NewCalendarYearRow, version: number) {
      const [updated] = await db
        .update(calendarYears)
        .set({ ...row, version: version + 1 })
        .where(and(eq(calendarYears.year, row.year), eq(calendarYears.version, version)))
        .returning();
      return updated;
    },
  };
}
