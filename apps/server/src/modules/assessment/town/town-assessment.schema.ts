import type { IndicatorUnit } from '@minsheng/rules/policies/feicheng/town-assessment/indicators.ts';
import type {
  AssessmentPeriod,
  ScoringMethod,
} from '@minsheng/rules/policies/feicheng/town-assessment/plan-scoring.ts';
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
import { organisations } from '../../../platform/orgs/orgs.schema.ts';

/** One indicator of a plan's 评分标准: its points, how it is scored and every town's target. */
export interface PlanIndicator {
  code: string;
  label: string;
  clause: string;
  unit: IndicatorUnit;
  method: ScoringMethod;
  /** full points (分值), a decimal string */
  maxPoints: string;
  evidence: string;
  /** town organisation id (as text) → the year's target */
  targets: Record<string, number>;
}

/**
 * A yearly town-assessment plan (seed 000 第一篇) of an assessing organisation (the county-level
 * bureau) over the streets/towns below it. Never updated: an edit is a new row with the next
 * version and its reason, so every score and notice can name the version it used.
 */
export const townAssessmentPlans = pgTable(
  'town_assessment_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => organisations.id),
    orgPath: text('org_path').notNull(),
    version: integer('version').notNull(),
    /** why this version replaced the previous one (null for the first) */
    reason: text('reason'),
    indicators: jsonb('indicators').$type<PlanIndicator[]>().notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('town_assessment_plans_version_uq').on(t.orgId, t.year, t.version),
    index('town_assessment_plans_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
  ],
);

export const submissionStatuses = ['draft', 'submitted', 'reviewed'] as const;
export type SubmissionStatus = (typeof submissionStatuses)[number];

/** A town's quarterly report (季度上报, 二) of its figures, reviewed by the city. */
export const townAssessmentSubmissions = pgTable(
  'town_assessment_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    quarter: integer('quarter').notNull(),
    /** the assessing organisation whose plan the figures answer */
    assessingOrgId: integer('assessing_org_id')
      .notNull()
      .references(() => organisations.id),
    /** the town */
    orgId: integer('org_id')
      .notNull()
      .references(() => organisations.id),
    orgPath: text('org_path').notNull(),
    status: text('status', { enum: submissionStatuses }).notNull().default('draft'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('town_assessment_submissions_quarter_uq').on(t.orgId, t.year, t.quarter),
    index('town_assessment_submissions_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    index('town_assessment_submissions_assessing_idx').on(t.assessingOrgId, t.year),
    check('town_assessment_submissions_quarter_check', sql`${t.quarter} between 1 and 4`),
  ],
);

/** A town's claimed figure of one indicator in a quarter, and the city's accepted one. */
export const townAssessmentFigures = pgTable(
  'town_assessment_figures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => townAssessmentSubmissions.id),
    indicatorCode: text('indicator_code').notNull(),
    claimed: integer('claimed').notNull(),
    /** a rate indicator's denominator (e.g. new employees for the contract-signing rate) */
    claimedDenominator: integer('claimed_denominator'),
    note: text('note'),
    /** set by the review: the accepted figure (the claim, or the city's adjustment) */
    accepted: integer('accepted'),
    acceptedDenominator: integer('accepted_denominator'),
    /** why the city adjusted the claim (shown to the town) */
    adjustReason: text('adjust_reason'),
  },
  (t) => [uniqueIndex('town_assessment_figures_indicator_uq').on(t.submissionId, t.indicatorCode)],
);

/** One town's line of a generated ranking. */
export interface RankingLine {
  townOrgId: number;
  townName: string;
  points: Record<string, string>;
  total: string;
  rank: number;
  /** quarters of the period without a reviewed submission (counted as 0) */
  missingQuarters: number[];
}

/**
 * A generated half-year notice (半年通报, early July) or year-end ranking (年终考核): the ranking
 * frozen when generated, regenerated until published, read-only after.
 */
export const townAssessmentDocuments = pgTable(
  'town_assessment_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    period: text('period').$type<AssessmentPeriod>().notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => organisations.id),
    orgPath: text('org_path').notNull(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => townAssessmentPlans.id),
    number: text('number').notNull(),
    datedOn: date('dated_on').notNull(),
    ranking: jsonb('ranking').$type<RankingLine[]>().notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('town_assessment_documents_period_uq').on(t.orgId, t.year, t.period),
    index('town_assessment_documents_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
  ],
);
