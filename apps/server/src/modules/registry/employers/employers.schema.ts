import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { encryptedPhoneColumns, scopedRecordColumns } from '../registry-columns.ts';

/**
 * An employer (用人单位), identified by its unified social credit code (GB 32100). The contact
 * phone is personal data like a person's phone: encrypted, with a keyed hash and a masked form.
 */
export const employers = pgTable(
  'employers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    creditCode: text('credit_code').notNull().unique(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    industry: text('industry').notNull(),
    size: text('size'),
    address: text('address'),
    ...encryptedPhoneColumns(),
    ...scopedRecordColumns(),
  },
  (t) => [
    index('employers_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    index('employers_name_idx').on(t.name.op('text_pattern_ops')),
    // The `own` and `self` data scopes match on these columns.
    index('employers_org_id_idx').on(t.orgId),
    index('employers_created_by_idx').on(t.createdBy),
  ],
);
