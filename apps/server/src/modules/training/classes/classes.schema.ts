import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { employers } from '../../registry/employers/employers.schema.ts';
import { scopedRecordColumns } from '../../registry/registry-columns.ts';
import { trainingInstitutions } from '../institutions/institutions.schema.ts';

/**
 * The programmes a class belongs to: the skills re-employment plan (城镇技能再就业计划), SYB
 * entrepreneurship training (创业培训), the labour preparation system (劳动预备制, 3–12 months) and
 * order/directed training (订单/定向培训, 000 第五篇 三(三)) for a named employer.
 */
export const trainingProgrammes = [
  'skills_reemployment',
  'entrepreneurship',
  'labour_preparation',
  'order_training',
] as const;
export type TrainingProgramme = (typeof trainingProgrammes)[number];

export const classStatuses = [
  'applied', // 申请开班，待审批
  'rejected', // 不予开班
  'approved', // 已批准，未开课
  'running', // 培训中
  'closed', // 已结业
] as const;
export type ClassStatus = (typeof classStatuses)[number];

/**
 * 培训班: an institution applies to open it, the bureau approves, it runs and closes with results.
 * The organisation is the institution's (the supervising bureau), which scopes the bureau's view.
 */
export const trainingClasses = pgTable(
  'training_classes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** BJ-2026-0001 */
    number: text('number').notNull().unique(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => trainingInstitutions.id),
    programme: text('programme', { enum: trainingProgrammes }).notNull(),
    occupation: text('occupation').notNull(),
    /** qualification level 1 … 5 the class prepares for; null when it has none (e.g. SYB) */
    level: integer('level'),
    hours: integer('hours').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    place: text('place').notNull(),
    /** ids of the institution's teachers who teach it */
    teacherIds: jsonb('teacher_ids').$type<string[]>().notNull().default([]),
    /** the employer of an order/directed class (订单培训) */
    employerId: uuid('employer_id').references(() => employers.id),
    /**
     * the training fee per trainee in fen (实际培训费用): skills-training subsidies are the actual
     * fee up to the policy's cap (001 篇3 四(三)2)
     */
    feePerTraineeFen: bigint('fee_per_trainee_fen', { mode: 'number' }),
    /** planned trainees */
    capacity: integer('capacity').notNull(),
    /** share of the class's days a trainee must attend to complete it, in percent */
    completionThresholdPercent: integer('completion_threshold_percent').notNull().default(80),
    status: text('status', { enum: classStatuses }).notNull().default('applied'),
    reviewNote: text('review_note'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** the closing report (结业报告) in words; the figures come from the trainees */
    closingReport: text('closing_report'),
    closedBy: uuid('closed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    ...scopedRecordColumns(),
  },
  (t) => [
    index('training_classes_institution_idx').on(t.institutionId, t.startsOn),
    index('training_classes_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    index('training_classes_status_idx').on(t.status, t.endsOn),
    check('training_classes_dates', sql`${t.startsOn} <= ${t.endsOn}`),
    check('training_classes_level', sql`${t.level} IS NULL OR ${t.level} BETWEEN 1 AND 5`),
    check('training_classes_hours', sql`${t.hours} BETWEEN 1 AND 10000`),
    check('training_classes_capacity', sql`${t.capacity} BETWEEN 1 AND 1000`),
    check('training_classes_threshold', sql`${t.completionThresholdPercent} BETWEEN 1 AND 100`),
  ],
);
