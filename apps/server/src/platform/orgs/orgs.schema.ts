import { index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const orgLevels = ['city', 'district', 'street', 'community'] as const;
export type OrgLevel = (typeof orgLevels)[number];

/**
 * The organisation tree. `path` is the materialised chain of ids (`/1/4/17/`) so that
 * "this node and everything below" is one indexed prefix match, the basis of data scope.
 */
export const organisations = pgTable(
  'organisations',
  {
    id: serial('id').primaryKey(),
    parentId: integer('parent_id'),
    name: text('name').notNull(),
    level: text('level', { enum: orgLevels }).notNull(),
    regionCode: text('region_code').notNull(),
    path: text('path').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organisations_parent_idx').on(t.parentId),
    index('organisations_path_idx').on(t.path.op('text_pattern_ops')),
    uniqueIndex('organisations_region_code_uq').on(t.regionCode),
  ],
);
