import {
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/** Raw bytes (PGlite answers Uint8Array, node-postgres Buffer; readers wrap with Buffer.from). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export const importFileRoles = ['upload', 'errors'] as const;

/**
 * Files of Excel imports, kept in the database (not on one server's disk) so that whichever
 * process claims the import job can read the upload: the uploaded workbook until its job ends, and
 * the error workbook of a rejected import for its owner to download.
 */
export const importFiles = pgTable(
  'import_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    role: text('role', { enum: importFileRoles }).notNull(),
    fileName: text('file_name').notNull(),
    content: bytea('content').notNull(),
    jobId: uuid('job_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('import_files_job_id_idx').on(t.jobId)],
);

/**
 * Validated rows of an import in progress, staged in short transactions while the workbook is
 * read; one final transaction moves them into the target table (all or nothing). Rows of an import
 * that died are never moved and are swept on a later import.
 */
export const importStaging = pgTable(
  'import_staging',
  {
    importId: uuid('import_id').notNull(),
    rowNo: integer('row_no').notNull(),
    data: jsonb('data').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.rowNo] })],
);
