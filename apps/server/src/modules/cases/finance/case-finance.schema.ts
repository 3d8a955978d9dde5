import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { scopedRecordColumns } from '../../registry/registry-columns.ts';
import { cases, caseTypes } from '../cases.schema.ts';

/** A public notice (公示) of approved cases: dates, masked names and ID numbers, objections. */
export const publicNotices = pgTable(
  'public_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    title: text('title').notNull(),
    caseTypeId: text('case_type_id').references(() => caseTypes.id),
    status: text('status', { enum: ['draft', 'published', 'closed'] })
      .notNull()
      .default('draft'),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    body: text('body'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by'),
    ...scopedRecordColumns(),
  },
  (t) => [index('public_notices_org_path_idx').on(t.orgPath.op('text_pattern_ops'))],
);

/** The cases a notice lists, with the masked forms shown to the public (never the plain ones). */
export const publicNoticeCases = pgTable(
  'public_notice_cases',
  {
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => publicNotices.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    maskedName: text('masked_name').notNull(),
    maskedIdNumber: text('masked_id_number'),
    amountFen: bigint('amount_fen', { mode: 'number' }),
  },
  (t) => [
    primaryKey({ columns: [t.noticeId, t.caseId] }),
    index('public_notice_cases_case_idx').on(t.caseId),
  ],
);

/** An objection (异议) raised during a notice, recorded and resolved. */
export const objections = pgTable(
  'objections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => publicNotices.id),
    /** the case objected to; null when the objection concerns the notice as a whole */
    caseId: uuid('case_id').references(() => cases.id),
    receivedOn: date('received_on').notNull(),
    objector: text('objector'),
    content: text('content').notNull(),
    status: text('status', { enum: ['open', 'upheld', 'dismissed'] })
      .notNull()
      .default('open'),
    resolution: text('resolution'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('objections_notice_idx').on(t.noticeId), index('objections_case_idx').on(t.caseId)],
);

/** A payment plan (用款计划): cases sent to finance, approved and paid together. */
export const paymentPlans = pgTable(
  'payment_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    title: text('title').notNull(),
    caseTypeId: text('case_type_id').references(() => caseTypes.id),
    status: text('status', { enum: ['draft', 'approved', 'paid', 'cancelled'] })
      .notNull()
      .default('draft'),
    totalCount: integer('total_count').notNull().default(0),
    totalAmountFen: bigint('total_amount_fen', { mode: 'number' }).notNull().default(0),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: uuid('approved_by'),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    note: text('note'),
    ...scopedRecordColumns(),
  },
  (t) => [index('payment_plans_org_path_idx').on(t.orgPath.op('text_pattern_ops'))],
);

/**
 * One disbursement of one case. The idempotency key makes a retried request a no-op; the partial
 * unique index lets a case hold at most one payment that has not failed (a failed one may be retried
 * with a new row).
 */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => paymentPlans.id),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    status: text('status', { enum: ['pending', 'paid', 'failed', 'reconciled'] })
      .notNull()
      .default('pending'),
    payeeName: text('payee_name').notNull(),
    /** bank account: encrypted, with a masked form for display */
    payeeAccountEnc: text('payee_account_enc'),
    payeeAccountMasked: text('payee_account_masked'),
    bankReference: text('bank_reference'),
    failureReason: text('failure_reason'),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    failedAt: timestamp('failed_at', { withTimezone: true }),
    reconciledAt: timestamp('reconciled_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('payments_one_live_per_case_uq').on(t.caseId).where(sql`status <> 'failed'`),
    index('payments_plan_idx').on(t.planId),
    // successful payments in a period (statistics)
    index('payments_paid_at_idx').on(t.paidAt).where(sql`status in ('paid', 'reconciled')`),
  ],
);
