import { date, index, pgTable, serial, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/** The city's published shortage-occupation catalogue (紧缺工种目录), one row per occupation and edition. */
export const shortageOccupations = pgTable(
  'shortage_occupations',
  {
    id: serial('id').primaryKey(),
    occupation: text('occupation').notNull(),
    catalogueName: text('catalogue_name').notNull(),
    publishedOn: date('published_on').notNull(),
    refDoc: text('ref_doc'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('shortage_occupations_occupation_published_on_key').on(t.occupation, t.publishedOn),
    index('shortage_occupations_occupation_idx').on(t.occupation.op('text_pattern_ops')),
  ],
);
