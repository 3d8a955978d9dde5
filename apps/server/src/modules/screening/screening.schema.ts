import {
  bigint,
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
import { cases } from '../cases/cases.schema.ts';
import { persons } from '../registry/persons/persons.schema.ts';

export const screeningRunStatuses = ['running', 'done', 'failed'] as const;
export type ScreeningRunStatus = (typeof screeningRunStatuses)[number];
export const screeningRunStatusLabels: Record<ScreeningRunStatus, string> = {
  running: '筛查中',
  done: '已完成',
  failed: '失败',
};

/**
 * One run of 政策找人: every screenable policy in force on `onDate` over every person registered in
 * the subtree of `orgId`. The daily scheduler starts one for the whole bureau (triggeredBy null);
 * an officer with `screening:run` may start one on demand. Progress is counted as it goes.
 */
export const screeningRuns = pgTable(
  'screening_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: integer('org_id')
      .notNull()
      .references(() => organisations.id),
    orgPath: text('org_path').notNull(),
    onDate: date('on_date').notNull(),
    /** null: the daily scheduler */
    triggeredBy: uuid('triggered_by'),
    jobId: uuid('job_id'),
    status: text('status', { enum: screeningRunStatuses }).notNull().default('running'),
    /** the policy ids screened (those with a screening profile in force on onDate) */
    policyIds: jsonb('policy_ids').$type<string[]>().notNull().default([]),
    personsTotal: integer('persons_total').notNull().default(0),
    personsDone: integer('persons_done').notNull().default(0),
    /** leads first found by this run */
    leadsNew: integer('leads_new').notNull().default(0),
    /** open leads this run found again */
    leadsKept: integer('leads_kept').notNull().default(0),
    /** open leads of the run's scope and policies this run no longer found (the facts changed) */
    leadsLapsed: integer('leads_lapsed').notNull().default(0),
    /** Chinese message of a failed run (never personal data) */
    error: text('error'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('screening_runs_started_idx').on(t.startedAt)],
);

export const screeningLeadStatuses = ['open', 'converted', 'dismissed', 'lapsed'] as const;
export type ScreeningLeadStatus = (typeof screeningLeadStatuses)[number];
export const screeningLeadStatusLabels: Record<ScreeningLeadStatus, string> = {
  open: '可能符合、尚未申领',
  converted: '已发起申请',
  dismissed: '已排除',
  lapsed: '已不符合',
};

/**
 * A lead: the registry says a person may be entitled under a policy and has not claimed it. One row
 * per (person, policy, subject): a later run updates it while open, never reopens one converted or
 * dismissed. `orgId`/`orgPath` are the person's registering organisation (the station that owns it).
 */
export const screeningLeads = pgTable(
  'screening_leads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    policyId: text('policy_id').notNull(),
    /** the subject within the person: '' for the person, a certificate id for certificate policies */
    subjectKey: text('subject_key').notNull().default(''),
    orgId: integer('org_id')
      .notNull()
      .references(() => organisations.id),
    orgPath: text('org_path').notNull(),
    status: text('status', { enum: screeningLeadStatuses }).notNull().default('open'),
    /** the run that last found it */
    runId: uuid('run_id')
      .notNull()
      .references(() => screeningRuns.id),
    firstFoundOn: date('first_found_on').notNull(),
    lastFoundOn: date('last_found_on').notNull(),
    /** the payable amount under the screening's assumptions, integer fen; null when the policy pays none */
    payableFen: bigint('payable_fen', { mode: 'number' }),
    /** why, in Chinese: the registry facts the lead rests on (no ID numbers) */
    reason: text('reason').notNull(),
    /** titles of the input fields the applicant must still declare or prove */
    toVerify: jsonb('to_verify').$type<string[]>().notNull().default([]),
    caseId: uuid('case_id').references(() => cases.id),
    dismissedReason: text('dismissed_reason'),
    closedBy: uuid('closed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('screening_leads_subject_uq').on(t.personId, t.policyId, t.subjectKey),
    index('screening_leads_org_status_idx').on(t.orgPath.op('text_pattern_ops'), t.status, t.policyId),
    index('screening_leads_run_idx').on(t.runId),
  ],
);
