import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
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
import { employers } from '../../registry/employers/employers.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { scopedRecordColumns } from '../../registry/registry-columns.ts';
import { trainingTrainees } from '../../training/trainees/trainees.schema.ts';
import { entrepreneurshipExperts } from '../experts/experts.schema.ts';
import { entrepreneurshipProjects } from '../projects/projects.schema.ts';

/**
 * 创业培训学员信息库 (000 第五篇 三(七)): one file per person, from registration through training,
 * assessment, business plan and its expert review, guidance, internship and the business's
 * progress. The organisation is the person's at registration (their station counts them).
 */
export const entrepreneurshipFiles = pgTable(
  'entrepreneurship_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** CY-2026-0001 */
    number: text('number').notNull().unique(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    registeredOn: date('registered_on').notNull(),
    /** the SYB/IYB/GYB course the person registered for */
    course: text('course', { enum: ['SYB', 'IYB', 'GYB', 'EYB'] })
      .notNull()
      .default('SYB'),
    /** the trainee record of the entrepreneurship class they attended here, when trained here */
    traineeId: uuid('trainee_id').references(() => trainingTrainees.id),
    /**
     * training finished elsewhere or before the system: the end date and the assessment as
     * recorded from the certificate (for files with a trainee record these come from it)
     */
    trainedOn: date('trained_on'),
    assessment: text('assessment', { enum: ['passed', 'failed'] }),
    trainingCertificateNumber: text('training_certificate_number'),
    /** the expert assigned as mentor (创业导师) for guidance after training */
    mentorExpertId: uuid('mentor_expert_id').references(() => entrepreneurshipExperts.id),
    /** 创业者联谊会 membership */
    associationJoinedOn: date('association_joined_on'),
    associationLeftOn: date('association_left_on'),
    ...scopedRecordColumns(),
  },
  (t) => [
    uniqueIndex('entrepreneurship_files_person_uq').on(t.personId),
    uniqueIndex('entrepreneurship_files_trainee_uq').on(t.traineeId),
    index('entrepreneurship_files_org_path_idx').on(t.orgPath.op('text_pattern_ops'), t.registeredOn),
  ],
);

export const businessPlanStatuses = [
  'submitted', // 已提交，待评审
  'approved', // 专家评审通过
  'revise', // 需修改
] as const;

/**
 * 创业计划书: the attachment (owner kind `entrepreneurship.plan`) and its structured summary. A
 * revised plan is a new row; the file's current plan is its latest.
 */
export const entrepreneurshipBusinessPlans = pgTable(
  'entrepreneurship_business_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => entrepreneurshipFiles.id),
    title: text('title').notNull(),
    sector: text('sector').notNull(),
    /** one of the guaranteed-loan rule's industries (excluded ones get no interest subsidy) */
    industry: text('industry').notNull().default('other'),
    serviceSector: boolean('service_sector').notNull().default(true),
    investmentFen: bigint('investment_fen', { mode: 'number' }).notNull(),
    plannedJobs: integer('planned_jobs').notNull(),
    summary: text('summary'),
    submittedOn: date('submitted_on').notNull(),
    status: text('status', { enum: businessPlanStatuses }).notNull().default('submitted'),
    decidedOn: date('decided_on'),
    ...scopedRecordColumns(),
  },
  (t) => [
    index('entrepreneurship_business_plans_file_idx').on(t.fileId, t.submittedOn),
    check('entrepreneurship_business_plans_investment', sql`${t.investmentFen} >= 0`),
    check('entrepreneurship_business_plans_jobs', sql`${t.plannedJobs} BETWEEN 0 AND 100000`),
  ],
);

/** An expert's review opinion on a plan (专家评审意见). */
export const entrepreneurshipPlanReviews = pgTable(
  'entrepreneurship_plan_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => entrepreneurshipBusinessPlans.id),
    expertId: uuid('expert_id')
      .notNull()
      .references(() => entrepreneurshipExperts.id),
    /** assigned, then answered with an opinion */
    assignedOn: date('assigned_on').notNull(),
    feasible: boolean('feasible'),
    score: integer('score'),
    opinion: text('opinion'),
    reviewedOn: date('reviewed_on'),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('entrepreneurship_plan_reviews_uq').on(t.planId, t.expertId),
    check('entrepreneurship_plan_reviews_score', sql`${t.score} IS NULL OR ${t.score} BETWEEN 0 AND 100`),
  ],
);

/**
 * 跟踪指导记录: a visit, call or guidance session after training, with what was found about the
 * business. The 3/6-month follow-ups are what 开业成功率 is read against.
 */
export const entrepreneurshipFollowUps = pgTable(
  'entrepreneurship_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => entrepreneurshipFiles.id),
    onDate: date('on_date').notNull(),
    kind: text('kind', { enum: ['visit', 'phone', 'guidance'] }).notNull(),
    expertId: uuid('expert_id').references(() => entrepreneurshipExperts.id),
    /** what the follow-up found: not started, preparing, operating, closed */
    businessState: text('business_state', {
      enum: ['not_started', 'preparing', 'operating', 'closed'],
    }).notNull(),
    note: text('note').notNull(),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('entrepreneurship_follow_ups_file_idx').on(t.fileId, t.onDate)],
);

/** 创业见习: an internship at an employer (or an incubated business) before starting one's own. */
export const entrepreneurshipInternships = pgTable(
  'entrepreneurship_internships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => entrepreneurshipFiles.id),
    employerId: uuid('employer_id').references(() => employers.id),
    /** the host's name when it is not in the registry */
    hostName: text('host_name').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    note: text('note'),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('entrepreneurship_internships_file_idx').on(t.fileId),
    check('entrepreneurship_internships_dates', sql`${t.endsOn} IS NULL OR ${t.startsOn} <= ${t.endsOn}`),
  ],
);

/** What happened to a file that has no record of its own (registered, mentor assigned, …). */
export const entrepreneurshipFileEvents = pgTable(
  'entrepreneurship_file_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => entrepreneurshipFiles.id),
    action: text('action').notNull(),
    onDate: date('on_date').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
    actorId: uuid('actor_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('entrepreneurship_file_events_file_idx').on(t.fileId, t.at)],
);

/** A trainee's rating of an expert who reviewed or guided them (1–5), one per expert and file. */
export const entrepreneurshipExpertRatings = pgTable(
  'entrepreneurship_expert_ratings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    expertId: uuid('expert_id')
      .notNull()
      .references(() => entrepreneurshipExperts.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => entrepreneurshipFiles.id),
    score: integer('score').notNull(),
    comment: text('comment'),
    ratedOn: date('rated_on').notNull(),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('entrepreneurship_expert_ratings_uq').on(t.expertId, t.fileId),
    check('entrepreneurship_expert_ratings_score', sql`${t.score} BETWEEN 1 AND 5`),
  ],
);

/** A library project recommended to a trainee, and whether the trainee took it. */
export const entrepreneurshipProjectLinks = pgTable(
  'entrepreneurship_project_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => entrepreneurshipProjects.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => entrepreneurshipFiles.id),
    status: text('status', { enum: ['recommended', 'taken', 'declined'] })
      .notNull()
      .default('recommended'),
    recommendedOn: date('recommended_on').notNull(),
    takenOn: date('taken_on'),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('entrepreneurship_project_links_uq').on(t.projectId, t.fileId),
    index('entrepreneurship_project_links_file_idx').on(t.fileId),
  ],
);
