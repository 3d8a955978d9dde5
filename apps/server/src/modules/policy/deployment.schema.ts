import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The rules jurisdictions this deployment serves (county-city, feicheng…), each with the local
 * name it goes by here (肥城市). Case types of these jurisdictions accept applications by default;
 * the others stay readable as reference. Set by the system administrator, audited.
 */
export const deploymentJurisdictions = pgTable('deployment_jurisdictions', {
  code: text('code').primaryKey(),
  localName: text('local_name').notNull(),
  setBy: uuid('set_by').notNull(),
  setAt: timestamp('set_at', { withTimezone: true }).notNull(),
});

/**
 * The 文号 and the title a deployment gives a registered policy document (rules
 * policies/documents.ts), where the source text has none or names it otherwise. Every citation the
 * server returns is named from these at read time. Set by the system administrator, audited.
 */
export const policyDocumentSettings = pgTable('policy_document_settings', {
  documentId: text('document_id').primaryKey(),
  /** 文号, e.g. 肥政发〔2009〕12号; null: cited by title alone */
  number: text('number'),
  /** the title as issued here; null: the registered title */
  title: text('title'),
  setBy: uuid('set_by').notNull(),
  setAt: timestamp('set_at', { withTimezone: true }).notNull(),
});
