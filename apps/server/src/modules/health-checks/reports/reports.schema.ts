import { date, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { healthCheckHospitals } from '../hospitals/hospitals.schema.ts';
import { healthCheckPlans } from '../plans/plans.schema.ts';

/**
 * 第十六条 每周定期向医保处报送进度情况统计表: one row per hospital, plan and week (Monday–Sunday),
 * its figures generated from the records at submission and frozen there. A resubmission of the
 * same week replaces the figures and keeps the first submission time in the audit trail.
 */
export const healthCheckWeeklyReports = pgTable(
  'health_check_weekly_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hospitalId: uuid('hospital_id')
      .notNull()
      .references(() => healthCheckHospitals.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => healthCheckPlans.id),
    weekStart: date('week_start').notNull(),
    /** the generated progress table (weekly-report.ts): counts only, no names */
    figures: jsonb('figures').$type<Record<string, number>>().notNull(),
    note: text('note'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    submittedBy: uuid('submitted_by').notNull(),
  },
  (t) => [unique('health_check_weekly_reports_key').on(t.hospitalId, t.planId, t.weekStart)],
);

/**
 * 第十六条 体检结束后…形成分析报告，报医疗保险处: a hospital's closing analysis (aggregates by age
 * band, sex, employer and finding; cells under 5 persons suppressed) with the hospital's narrative.
 */
export const healthCheckAnalysisReports = pgTable(
  'health_check_analysis_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hospitalId: uuid('hospital_id')
      .notNull()
      .references(() => healthCheckHospitals.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => healthCheckPlans.id),
    figures: jsonb('figures').$type<unknown>().notNull(),
    narrative: text('narrative').notNull().default(''),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    submittedBy: uuid('submitted_by').notNull(),
  },
  (t) => [unique('health_check_analysis_reports_key').on(t.hospitalId, t.planId)],
);
