import { boolean, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

export const dictTypes = pgTable('dict_types', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

export const dictItems = pgTable(
  'dict_items',
  {
    typeCode: text('type_code')
      .notNull()
      .references(() => dictTypes.code),
    code: text('code').notNull(),
    label: text('label').notNull(),
    sort: integer('sort').notNull().default(0),
    active: boolean('active').notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.typeCode, t.code] })],
);
