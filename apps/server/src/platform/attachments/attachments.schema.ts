import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../orgs/orgs.schema.ts';

/**
 * A stored file's metadata (附件). The bytes live in the attachment storage under `storageKey`
 * (the local folder or an S3-compatible bucket); the row is written only after the bytes are
 * complete, so no row ever points at a half-written file. The owner is a record of some module
 * (`ownerKind` + `ownerId`), whose own access rules decide who may read or add files; the
 * organisation is copied from the owner when the file is added.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerKind: text('owner_kind').notNull(),
    ownerId: text('owner_id').notNull(),
    /** what the file proves for its owner (an owner kind's category, e.g. `monthlyPayroll`) */
    category: text('category'),
    orgId: integer('org_id')
      .notNull()
      .references(() => organisations.id),
    orgPath: text('org_path').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    fileName: text('file_name').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** the type detected from the content's magic numbers, never the one the client declared */
    mimeType: text('mime_type').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('attachments_owner_idx').on(t.ownerKind, t.ownerId),
    index('attachments_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    check('attachments_sha256_hex', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check('attachments_size_positive', sql`${t.sizeBytes} > 0`),
  ],
);
