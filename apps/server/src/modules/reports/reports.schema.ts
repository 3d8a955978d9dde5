import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from '../../platform/orgs/orgs.schema.ts';
import type { Figures } from './report-figures.ts';

/**
 * One periodic report of an organisation: a template (code in `report-templates.ts`) for a period
 * (`2026-03`, `2026-Q1`, `2026-H1`, `2026`). Its figures live in versions; `currentVersion` is the
 * one in force. At most one report per template, period and organisation.
 */
export const periodicReports = pgTable(
  'periodic_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    templateCode: text('template_code').notNull(),
    period: text('period').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => organisations.id),
    orgPath: text('org_path').notNull(),
    currentVersion: integer('current_version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('periodic_reports_template_period_org_uq').on(t.templateCode, t.period, t.orgId),
    index('periodic_reports_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    index('periodic_reports_org_id_idx').on(t.orgId),
  ],
);

/** 草稿 → 已上报 (locked) → 已审核 or 已退回; a correction starts a new version as a draft. */
export const reportVersionStatuses = ['draft', 'submitted', 'accepted', 'returned'] as const;
export type ReportVersionStatus = (typeof reportVersionStatuses)[number];

/**
 * A version of a report with the figures as generated from the records, kept unchanged once
 * submitted. Version 1 has no reason; every later version is a correction and says why.
 */
export const periodicReportVersions = pgTable(
  'periodic_report_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => periodicReports.id),
    version: integer('version').notNull(),
    status: text('status', { enum: reportVersionStatuses }).notNull().default('draft'),
    figures: jsonb('figures').$type<Figures>().notNull(),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull(),
    generatedBy: uuid('generated_by'),
    /** 更正原因 */
    reason: text('reason'),
    /** 单位负责人 and 填表人 as printed in the footer, given when submitting */
    unitHead: text('unit_head'),
    preparer: text('preparer'),
    submittedOn: date('submitted_on'),
    submittedBy: uuid('submitted_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by'),
    reviewNote: text('review_note'),
  },
  (t) => [
    uniqueIndex('periodic_report_versions_report_version_uq').on(t.reportId, t.version),
    check(
      'periodic_report_versions_reason_ck',
      sql`${t.version} = 1 or (${t.reason} is not null and length(${t.reason}) > 0)`,
    ),
    check(
      'periodic_report_versions_submitted_ck',
      sql`${t.status} = 'draft' or ${t.submittedOn} is not null`,
    ),
  ],
);

/** The bureau's deadline for a template, overriding the template's default (报送时限设置). */
export const reportDueSettings = pgTable('report_due_settings', {
  templateCode: text('template_code').primaryKey(),
  workingDays: integer('working_days').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
