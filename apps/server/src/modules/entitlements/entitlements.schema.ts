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
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { caseBatches, cases } from '../cases/cases.schema.ts';
import { employers } from '../registry/employers/employers.schema.ts';
import { persons } from '../registry/persons/persons.schema.ts';
import { scopedRecordColumns } from '../registry/registry-columns.ts';

/** 岗位类别, as the public-welfare policy's `employer.kind` names them. */
export const postKinds = ['public_welfare', 'institution_odd_job'] as const;
export type PostKind = (typeof postKinds)[number];
export const postKindLabels: Record<PostKind, string> = {
  public_welfare: '政府投资开发的公益性岗位',
  institution_odd_job: '机关、事业单位勤杂岗位',
};

/**
 * The public-welfare post register (公益性岗位台账): a post, its employer and its holder, from the
 * holder's start. The 3-year clock runs from `continuousSinceMonth` (the first subsidised month of
 * continuous employment on such posts; the start month when null); a "4050" holder's extension
 * beyond it is a reviewer's decision, recorded here. Scoped to the holder's organisation.
 */
export const publicWelfarePosts = pgTable(
  'public_welfare_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    title: text('title').notNull(),
    kind: text('kind', { enum: postKinds }).notNull(),
    holderPersonId: uuid('holder_person_id')
      .notNull()
      .references(() => persons.id),
    startOn: date('start_on').notNull(),
    /** YYYY-MM; null: the start month */
    continuousSinceMonth: text('continuous_since_month'),
    /** 4050 extension beyond 36 months approved (三(三)2 "可适当延长"), by whom and when */
    extensionApprovedAt: timestamp('extension_approved_at', { withTimezone: true }),
    extensionApprovedBy: uuid('extension_approved_by'),
    extensionNote: text('extension_note'),
    endedOn: date('ended_on'),
    endReason: text('end_reason'),
    ...scopedRecordColumns(),
  },
  (t) => [
    index('public_welfare_posts_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    index('public_welfare_posts_employer_idx').on(t.employerId),
    // one open post per holder
    uniqueIndex('public_welfare_posts_one_open_uq').on(t.holderPersonId).where(sql`${t.endedOn} is null`),
    check('public_welfare_posts_end_reason', sql`(${t.endedOn} IS NULL) = (${t.endReason} IS NULL)`),
    check(
      'public_welfare_posts_ended_after_start',
      sql`${t.endedOn} IS NULL OR ${t.endedOn} >= ${t.startOn}`,
    ),
  ],
);

export const entitlementPeriodKinds = ['monthly', 'quarterly'] as const;
export type EntitlementPeriodKind = (typeof entitlementPeriodKinds)[number];
export const entitlementPeriodKindLabels: Record<EntitlementPeriodKind, string> = {
  monthly: '按月',
  quarterly: '按季',
};

export const entitlementStatuses = ['active', 'stopped', 'ended'] as const;
export type EntitlementStatus = (typeof entitlementStatuses)[number];
export const entitlementStatusLabels: Record<EntitlementStatus, string> = {
  active: '发放中',
  stopped: '已停发',
  ended: '已到期',
};

/**
 * A recurring entitlement (定期待遇): an approved multi-period benefit that pays every period from
 * `startMonth` to `endMonth` (inclusive; null: until a stop event) until the registry shows a stop
 * event. `application` is the declared part of the source case's application that every period's
 * claim carries (the period itself is set per run). Scoped to the holder's organisation.
 */
export const entitlements = pgTable(
  'entitlements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    policyId: text('policy_id').notNull(),
    caseTypeId: text('case_type_id').notNull(),
    sourceCaseId: uuid('source_case_id')
      .notNull()
      .references(() => cases.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    /** the paying employer's claim (公益性岗位: the post's employer applies and is paid) */
    employerId: uuid('employer_id').references(() => employers.id),
    postId: uuid('post_id').references(() => publicWelfarePosts.id),
    periodKind: text('period_kind', { enum: entitlementPeriodKinds }).notNull(),
    /** YYYY-MM */
    startMonth: text('start_month').notNull(),
    endMonth: text('end_month'),
    application: jsonb('application').$type<Record<string, unknown>>().notNull().default({}),
    status: text('status', { enum: entitlementStatuses }).notNull().default('active'),
    /** the stop event that ended payment: code, date, reason in Chinese with its clause */
    stopCode: text('stop_code'),
    stoppedOn: date('stopped_on'),
    stopReason: text('stop_reason'),
    /** YYYY-MM: the last month a run has listed (paid or filed); null before the first run */
    listedThroughMonth: text('listed_through_month'),
    ...scopedRecordColumns(),
  },
  (t) => [
    index('entitlements_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    index('entitlements_person_idx').on(t.personId),
    index('entitlements_status_idx').on(t.status, t.policyId),
    // one entitlement per approved case
    uniqueIndex('entitlements_source_case_uq').on(t.sourceCaseId),
  ],
);

export const entitlementRunStatuses = ['done', 'failed'] as const;

/**
 * A period's payment list (定期发放名单): every active entitlement of the subtree whose period
 * `periodStart`…`periodEnd` is due, checked against the registry for stop events since it was last
 * listed. The payable ones become the cases of `batchId`, which the usual chain accepts, reviews,
 * approves and pays.
 */
export const entitlementRuns = pgTable(
  'entitlement_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    policyId: text('policy_id').notNull(),
    periodKind: text('period_kind', { enum: entitlementPeriodKinds }).notNull(),
    /** YYYY-MM, inclusive */
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    batchId: uuid('batch_id').references(() => caseBatches.id),
    listedCount: integer('listed_count').notNull().default(0),
    stoppedCount: integer('stopped_count').notNull().default(0),
    recoveryCount: integer('recovery_count').notNull().default(0),
    totalAmountFen: bigint('total_amount_fen', { mode: 'number' }).notNull().default(0),
    ...scopedRecordColumns(),
  },
  (t) => [
    index('entitlement_runs_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    index('entitlement_runs_period_idx').on(t.policyId, t.periodStart),
  ],
);

export const entitlementPeriodOutcomes = ['listed', 'stopped'] as const;
export type EntitlementPeriodOutcome = (typeof entitlementPeriodOutcomes)[number];

/**
 * One entitlement in one run: listed (its claim filed as `caseId` for `fromMonth`…`paidToMonth`,
 * shorter than the period when a stop event falls inside it) or stopped (nothing payable, with the
 * rule's reason). A period is listed at most once per entitlement.
 */
export const entitlementPeriods = pgTable(
  'entitlement_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entitlementId: uuid('entitlement_id')
      .notNull()
      .references(() => entitlements.id),
    runId: uuid('run_id')
      .notNull()
      .references(() => entitlementRuns.id),
    /** YYYY-MM, the run's period clipped to the entitlement */
    fromMonth: text('from_month').notNull(),
    toMonth: text('to_month').notNull(),
    outcome: text('outcome', { enum: entitlementPeriodOutcomes }).notNull(),
    /** the last payable month when listed (prorated: before the month of a stop event) */
    paidToMonth: text('paid_to_month'),
    caseId: uuid('case_id').references(() => cases.id),
    /** the rule's amount of the filed claim when listed, fen (the case decides the same amount) */
    amountFen: bigint('amount_fen', { mode: 'number' }),
    stopCode: text('stop_code'),
    /** why stopped or shortened, in Chinese with its clause */
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('entitlement_periods_once_uq').on(t.entitlementId, t.fromMonth),
    index('entitlement_periods_run_idx').on(t.runId),
    index('entitlement_periods_case_idx').on(t.caseId),
    check('entitlement_periods_listed_has_case', sql`${t.outcome} <> 'listed' OR ${t.caseId} IS NOT NULL`),
  ],
);

export const recoveryStatuses = ['open', 'recovered', 'waived'] as const;
export type RecoveryStatus = (typeof recoveryStatuses)[number];
export const recoveryStatusLabels: Record<RecoveryStatus, string> = {
  open: '待追回',
  recovered: '已追回',
  waived: '核销',
};

/**
 * An over-payment recovery task (多发追回): a period already paid, which a stop event recorded later
 * (dated before that period's payable months) shows was not due. Resolved by recording the money
 * recovered, or written off with a reason.
 */
export const entitlementRecoveries = pgTable(
  'entitlement_recoveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entitlementId: uuid('entitlement_id')
      .notNull()
      .references(() => entitlements.id),
    periodId: uuid('period_id')
      .notNull()
      .references(() => entitlementPeriods.id),
    /** the paid case */
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** the months not due, YYYY-MM inclusive */
    fromMonth: text('from_month').notNull(),
    toMonth: text('to_month').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    stopCode: text('stop_code').notNull(),
    eventOn: date('event_on').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: recoveryStatuses }).notNull().default('open'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by'),
    resolutionNote: text('resolution_note'),
    ...scopedRecordColumns(),
  },
  (t) => [
    index('entitlement_recoveries_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    uniqueIndex('entitlement_recoveries_period_uq').on(t.periodId),
  ],
);
