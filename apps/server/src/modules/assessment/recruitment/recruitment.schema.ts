import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { employers } from '../../registry/employers/employers.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { scopedRecordColumns } from '../../registry/registry-columns.ts';

/** 招工责任单位: the 19 towns (乡镇) and the 19 county departments (单位) of seed 001 篇1. */
export const recruitmentUnitKinds = ['town', 'department'] as const;
export type RecruitmentUnitKind = (typeof recruitmentUnitKinds)[number];

/**
 * One unit's recruitment task for one year (001 篇1 三(一)): the annual and the special (key
 * enterprises') targets, and the "other work" the city records on its checks. The unit belongs to
 * an organisation (a town's own station, a department's county), which scopes who sees it.
 */
export const recruitmentUnits = pgTable(
  'recruitment_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    kind: text('kind', { enum: recruitmentUnitKinds }).notNull(),
    name: text('name').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => organisations.id),
    orgPath: text('org_path').notNull(),
    annualTarget: integer('annual_target').notNull(),
    specialTarget: integer('special_target').notNull().default(0),
    /** the key enterprises' special task, in words (招工领导小组下达的重点企业专项招工任务) */
    specialTask: text('special_task'),
    planSubmittedOnTime: boolean('plan_submitted_on_time').notNull().default(false),
    migrantSurveyAndLedger: boolean('migrant_survey_and_ledger').notNull().default(false),
    labourResourceLedger: boolean('labour_resource_ledger').notNull().default(false),
    /** of the five (monthly plans; monthly, quarterly, half-year, year-end summaries) */
    missingPlansAndSummaries: integer('missing_plans_and_summaries').notNull().default(5),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('recruitment_units_year_name_uq').on(t.year, t.name),
    index('recruitment_units_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    check('recruitment_units_targets', sql`${t.annualTarget} >= 0 AND ${t.specialTarget} >= 0`),
    check('recruitment_units_missing', sql`${t.missingPlansAndSummaries} BETWEEN 0 AND 5`),
  ],
);

/**
 * 招工台账: draft (the town gathers the five documents) → submitted (all five present and the
 * rule passed on the registry's contract) → verified or rejected at the city's monthly check.
 */
export const recruitedWorkerStatuses = ['draft', 'submitted', 'verified', 'rejected'] as const;
export type RecruitedWorkerStatus = (typeof recruitedWorkerStatuses)[number];

export const recruitedWorkers = pgTable(
  'recruited_workers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => recruitmentUnits.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    hiredOn: date('hired_on').notNull(),
    /** recruited for the unit's special task (a key enterprise) */
    forSpecialTask: boolean('for_special_task').notNull().default(false),
    status: text('status', { enum: recruitedWorkerStatuses }).notNull().default('draft'),
    /** the city's last check: when, and why it was rejected */
    checkedOn: date('checked_on'),
    checkNote: text('check_note'),
    ...scopedRecordColumns(),
  },
  (t) => [
    unique('recruited_workers_unit_person_uq').on(t.unitId, t.personId),
    index('recruited_workers_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
  ],
);

/** A year's computed scores (the rule function's answer), published when the city decides. */
export const recruitmentResults = pgTable('recruitment_results', {
  year: integer('year').primaryKey(),
  cutoff: date('cutoff').notNull(),
  result: jsonb('result').notNull(),
  scoredAt: timestamp('scored_at', { withTimezone: true }).notNull(),
  scoredBy: uuid('scored_by').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }),
});
