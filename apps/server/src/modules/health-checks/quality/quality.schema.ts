import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { healthCheckExaminations } from '../examinations/examinations.schema.ts';
import { healthCheckHospitals } from '../hospitals/hospitals.schema.ts';
import { healthCheckPlans } from '../plans/plans.schema.ts';

/**
 * 第二十条 质量保证: the 医保处 audits a sample of examinations and counts, over the items it checked,
 * the results in error (检查检验结果差错), the items that should have been done and were not (漏检)
 * and the data typed wrongly (数据录入差错). The three rates are Σ errors / Σ items checked, so they
 * are computed from these rows, never typed.
 */
export const healthCheckQualitySamples = pgTable(
  'health_check_quality_samples',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hospitalId: uuid('hospital_id')
      .notNull()
      .references(() => healthCheckHospitals.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => healthCheckPlans.id),
    examinationId: uuid('examination_id')
      .notNull()
      .unique()
      .references(() => healthCheckExaminations.id),
    sampledOn: date('sampled_on').notNull(),
    itemsChecked: integer('items_checked').notNull(),
    resultErrors: integer('result_errors').notNull().default(0),
    omittedItems: integer('omitted_items').notNull().default(0),
    entryErrors: integer('entry_errors').notNull().default(0),
    note: text('note'),
    auditedBy: uuid('audited_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('health_check_quality_samples_hospital_idx').on(t.hospitalId, t.planId),
    check(
      'health_check_quality_samples_counts',
      sql`${t.itemsChecked} BETWEEN 1 AND 1000 AND ${t.resultErrors} BETWEEN 0 AND ${t.itemsChecked} AND ${t.omittedItems} BETWEEN 0 AND ${t.itemsChecked} AND ${t.entryErrors} BETWEEN 0 AND ${t.itemsChecked}`,
    ),
  ],
);

/**
 * 第二十条 满意率调查: the survey forms the examinees drop into the 医保处's opinion box at each hospital,
 * counted by the 医保处 at each opening of the box (forms, of which satisfied).
 */
export const healthCheckSurveys = pgTable(
  'health_check_surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hospitalId: uuid('hospital_id')
      .notNull()
      .references(() => healthCheckHospitals.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => healthCheckPlans.id),
    collectedOn: date('collected_on').notNull(),
    forms: integer('forms').notNull(),
    satisfied: integer('satisfied').notNull(),
    note: text('note'),
    enteredBy: uuid('entered_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('health_check_surveys_hospital_idx').on(t.hospitalId, t.planId),
    check(
      'health_check_surveys_counts',
      sql`${t.forms} BETWEEN 1 AND 100000 AND ${t.satisfied} BETWEEN 0 AND ${t.forms}`,
    ),
  ],
);
