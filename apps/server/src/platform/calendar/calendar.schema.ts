import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Years of the official holiday schedule entered by the bureau when the State Council publishes
 * them (国务院办公厅关于某年部分节假日安排的通知), ahead of a release of the packaged data. An
 * entered year replaces the packaged one only when `replacesPackaged` was asked for explicitly.
 */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  /** the notice it comes from, e.g. 国办发明电〔2026〕12号 */
  sourceDoc: text('source_doc').notNull(),
  /** date → holiday name */
  holidays: jsonb('holidays').$type<Record<string, string>>().notNull(),
  /** date → reason of the adjusted working day (调休上班) */
  workdays: jsonb('workdays').$type<Record<string, string>>().notNull(),
  replacesPackaged: boolean('replaces_packaged').notNull().default(false),
  enteredBy: uuid('entered_by').notNull(),
  enteredByName: text('entered_by_name').notNull(),
  enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
  version: integer('version').notNull().default(1),
});
