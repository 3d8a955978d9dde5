import { boolean, date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases.schema.ts';

/**
 * A case whose current due date (`cases.due_on`) was counted on a year the working-day calendar
 * had no schedule for (weekends only). Kept with what it was counted from, so the due date is
 * recounted when the year is entered; one row per case, replaced whenever the due date is.
 */
export const provisionalDeadlines = pgTable('provisional_deadlines', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id),
  /** the due-date step (a key of `cases.due_dates`): application, accept, review … */
  step: text('step').notNull(),
  startOn: date('start_on').notNull(),
  unit: text('unit', { enum: ['days', 'working_days'] }).notNull(),
  amount: integer('amount').notNull(),
  holidayPostponement: boolean('holiday_postponement').notNull(),
  dueOn: date('due_on').notNull(),
  /** the years without a schedule the count went through */
  years: integer('years').array().notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});
