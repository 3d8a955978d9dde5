import { integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../platform/orgs/orgs.schema.ts';

/** A contact phone as personal data: encrypted, with a keyed hash for lookup and a masked form. */
export const encryptedPhoneColumns = () => ({
  phoneEnc: text('phone_enc'),
  phoneMasked: text('phone_masked'),
  phoneHash: text('phone_hash'),
});

/**
 * What every registry record carries: the organisation it belongs to (id and materialised path,
 * which `accessFilter` matches), who registered it (the `self` scope), timestamps and the
 * optimistic-lock version. A function, because each table needs its own column builders.
 */
export const scopedRecordColumns = () => ({
  orgId: integer('org_id')
    .notNull()
    .references(() => organisations.id),
  orgPath: text('org_path').notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
