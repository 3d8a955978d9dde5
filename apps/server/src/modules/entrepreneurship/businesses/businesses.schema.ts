import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { employers } from '../../registry/employers/employers.schema.ts';
import { scopedRecordColumns } from '../../registry/registry-columns.ts';
import { entrepreneurshipFiles } from '../files/files.schema.ts';

/**
 * A business opened by a trainee (创业实体): an enterprise or an individual business (个体工商户),
 * identified by its unified social credit code (GB 32100, check digit verified) and linked to the
 * employer registry, whose contracts and contributions give the jobs it created and whose later
 * records show whether it still operates a year on.
 */
export const entrepreneurshipBusinesses = pgTable(
  'entrepreneurship_businesses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => entrepreneurshipFiles.id),
    kind: text('kind', { enum: ['enterprise', 'individual'] }).notNull(),
    creditCode: text('credit_code').notNull(),
    name: text('name').notNull(),
    /** the employer registry's record of the business (created or matched by credit code) */
    employerId: uuid('employer_id').references(() => employers.id),
    sector: text('sector').notNull(),
    /** 营业执照 date of establishment */
    openedOn: date('opened_on').notNull(),
    /**
     * jobs found at a follow-up for a business that has no contracts or contributions on record
     * (an individual business employing family helpers); the registry's figures win when present
     */
    declaredJobs: integer('declared_jobs'),
    closedOn: date('closed_on'),
    closedReason: text('closed_reason'),
    ...scopedRecordColumns(),
  },
  (t) => [
    uniqueIndex('entrepreneurship_businesses_credit_code_uq').on(t.creditCode),
    index('entrepreneurship_businesses_file_idx').on(t.fileId),
    index('entrepreneurship_businesses_org_path_idx').on(t.orgPath.op('text_pattern_ops'), t.openedOn),
    check('entrepreneurship_businesses_closed', sql`${t.closedOn} IS NULL OR ${t.closedOn} >= ${t.openedOn}`),
    check(
      'entrepreneurship_businesses_jobs',
      sql`${t.declaredJobs} IS NULL OR ${t.declaredJobs} BETWEEN 0 AND 100000`,
    ),
  ],
);
