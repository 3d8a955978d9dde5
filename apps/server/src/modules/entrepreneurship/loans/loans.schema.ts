import {
  LOAN_STATUSES,
  type LoanStatus,
} from '@minsheng/rules/policies/county-city/guaranteed-loan/loan-statuses.ts';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../../platform/access/access.schema.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { caseBatches } from '../../cases/cases.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { scopedRecordColumns } from '../../registry/registry-columns.ts';
import { entrepreneurshipFiles } from '../files/files.schema.ts';

/** 经办银行: a bank branch that lends guaranteed start-up loans; its staff see its own loans only. */
export const lendingBanks = pgTable(
  'lending_banks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** the branch's own code (金融机构编码), quoted in its repayment files */
    code: text('code').notNull().unique(),
    ...scopedRecordColumns(),
  },
  (t) => [index('lending_banks_org_path_idx').on(t.orgPath.op('text_pattern_ops'))],
);

/** Which users are a bank's staff: their data scope is that bank's loans. */
export const lendingBankUsers = pgTable(
  'lending_bank_users',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    bankId: uuid('bank_id')
      .notNull()
      .references(() => lendingBanks.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId] }), index('lending_bank_users_bank_idx').on(t.bankId)],
);

export const loanStatuses = LOAN_STATUSES;
export type { LoanStatus };

/**
 * 创业担保贷款 (001 篇3 三(二)1): application → eligibility by `county-city.guaranteed-loan` →
 * guarantee (counter-guarantee, or waived in a credit community) → disbursement by the bank →
 * schedule and repayments → at most one extension → overdue → 代偿 by the guarantee fund and
 * recovery. The rule's inputs are kept on the loan, so the decision and each period's interest
 * subsidy can be recomputed from the row.
 */
export const guaranteedLoans = pgTable(
  'guaranteed_loans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** DK-2026-000001 */
    number: text('number').notNull().unique(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    fileId: uuid('file_id').references(() => entrepreneurshipFiles.id),
    bankId: uuid('bank_id')
      .notNull()
      .references(() => lendingBanks.id),
    /** the community (organisation of level community) the borrower applied through */
    communityOrgId: integer('community_org_id').references(() => organisations.id),
    status: text('status', { enum: loanStatuses }).notNull().default('applied'),
    appliedOn: date('applied_on').notNull(),
    /** the rule's inputs */
    borrowerGroup: text('borrower_group', {
      enum: ['job_loser', 'certificate_holder', 'urban_veteran', 'other_unemployed'],
    }).notNull(),
    requestedFen: bigint('requested_fen', { mode: 'number' }).notNull(),
    partners: integer('partners').notNull().default(1),
    collateral: boolean('collateral').notNull().default(false),
    counterGuarantee: text('counter_guarantee', {
      enum: ['guarantee_fund', 'civil_servant', 'stable_job_insured_1y', 'real_estate', 'none'],
    }).notNull(),
    creditCommunityExemption: boolean('credit_community_exemption').notNull().default(false),
    serviceSector: boolean('service_sector').notNull(),
    industry: text('industry').notNull().default('other'),
    /** the rule's decision at review: reasons with clauses */
    eligibility: jsonb('eligibility').$type<{ met: boolean; text: string; clause?: string }[]>(),
    decidedOn: date('decided_on'),
    guaranteedOn: date('guaranteed_on'),
    /** the bank's contract number (quoted in its files) */
    contractNumber: text('contract_number'),
    principalFen: bigint('principal_fen', { mode: 'number' }),
    /** contract annual interest rate, e.g. 0.043500 */
    annualRate: numeric('annual_rate', { precision: 8, scale: 6 }),
    disbursedOn: date('disbursed_on'),
    maturesOn: date('matures_on'),
    /** the one extension (展期) allowed: the new maturity; no interest subsidy after the original one */
    extendedTo: date('extended_to'),
    /** 信用社区: the borrower signed the 《信用承诺书》 and has a tracking service card */
    commitmentSigned: boolean('commitment_signed').notNull().default(false),
    trackingCard: boolean('tracking_card').notNull().default(false),
    overdueSince: date('overdue_since'),
    /** 代偿 by the guarantee fund, and what was recovered from the borrower since */
    compensatedOn: date('compensated_on'),
    compensatedFen: bigint('compensated_fen', { mode: 'number' }),
    recoveredFen: bigint('recovered_fen', { mode: 'number' }).notNull().default(0),
    ...scopedRecordColumns(),
  },
  (t) => [
    index('guaranteed_loans_person_idx').on(t.personId),
    index('guaranteed_loans_bank_idx').on(t.bankId, t.status),
    index('guaranteed_loans_community_idx').on(t.communityOrgId, t.disbursedOn),
    index('guaranteed_loans_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    uniqueIndex('guaranteed_loans_contract_uq').on(t.bankId, t.contractNumber),
    check('guaranteed_loans_requested', sql`${t.requestedFen} > 0`),
    check('guaranteed_loans_principal', sql`${t.principalFen} IS NULL OR ${t.principalFen} > 0`),
    check('guaranteed_loans_partners', sql`${t.partners} BETWEEN 1 AND 100`),
    check(
      'guaranteed_loans_rate',
      sql`${t.annualRate} IS NULL OR (${t.annualRate} > 0 AND ${t.annualRate} < 1)`,
    ),
    check('guaranteed_loans_extension', sql`${t.extendedTo} IS NULL OR ${t.extendedTo} > ${t.maturesOn}`),
  ],
);

/** The repayment schedule agreed at disbursement: principal due on each date. */
export const guaranteedLoanSchedule = pgTable(
  'guaranteed_loan_schedule',
  {
    loanId: uuid('loan_id')
      .notNull()
      .references(() => guaranteedLoans.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    dueOn: date('due_on').notNull(),
    principalFen: bigint('principal_fen', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.loanId, t.seq] }),
    check('guaranteed_loan_schedule_principal', sql`${t.principalFen} >= 0`),
  ],
);

/** A bank's repayment file, accepted whole or refused whole with every bad line's reason. */
export const guaranteedLoanImports = pgTable('guaranteed_loan_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  bankId: uuid('bank_id')
    .notNull()
    .references(() => lendingBanks.id),
  fileName: text('file_name').notNull(),
  /** sha-256 of the file: the same file is not booked twice */
  fileHash: text('file_hash').notNull(),
  rows: integer('rows').notNull(),
  status: text('status', { enum: ['accepted', 'refused'] }).notNull(),
  errors: jsonb('errors').$type<{ row: number; message: string }[]>().notNull().default([]),
  importedBy: uuid('imported_by'),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
});

/** A repayment as the bank booked it (principal and interest paid on a date). */
export const guaranteedLoanRepayments = pgTable(
  'guaranteed_loan_repayments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => guaranteedLoans.id, { onDelete: 'cascade' }),
    paidOn: date('paid_on').notNull(),
    principalFen: bigint('principal_fen', { mode: 'number' }).notNull(),
    interestFen: bigint('interest_fen', { mode: 'number' }).notNull().default(0),
    /** the bank's transaction reference: a line booked twice is refused */
    bankRef: text('bank_ref').notNull(),
    importId: uuid('import_id').references(() => guaranteedLoanImports.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('guaranteed_loan_repayments_loan_idx').on(t.loanId, t.paidOn),
    uniqueIndex('guaranteed_loan_repayments_ref_uq').on(t.loanId, t.bankRef),
    check('guaranteed_loan_repayments_amounts', sql`${t.principalFen} >= 0 AND ${t.interestFen} >= 0`),
  ],
);

/** What happened to a loan, in order: the history on its page (and recoveries after 代偿). */
export const guaranteedLoanEvents = pgTable(
  'guaranteed_loan_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => guaranteedLoans.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    fromStatus: text('from_status', { enum: loanStatuses }),
    toStatus: text('to_status', { enum: loanStatuses }),
    onDate: date('on_date').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }),
    reason: text('reason'),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
    actorId: uuid('actor_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('guaranteed_loan_events_loan_idx').on(t.loanId, t.at)],
);

/**
 * 贴息 for one bank and period: computed from the ledger (balance × days × rate × ratio, within
 * the subsidised quota), submitted as a case batch through the finance chain.
 */
export const interestSubsidyClaims = pgTable(
  'interest_subsidy_claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** TX-2026Q4-<bank code> */
    number: text('number').notNull().unique(),
    bankId: uuid('bank_id')
      .notNull()
      .references(() => lendingBanks.id),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    status: text('status', { enum: ['computed', 'submitted', 'paid'] })
      .notNull()
      .default('computed'),
    loans: integer('loans').notNull(),
    totalFen: bigint('total_fen', { mode: 'number' }).notNull(),
    batchId: uuid('batch_id').references(() => caseBatches.id),
    computedBy: uuid('computed_by'),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
    ...scopedRecordColumns(),
  },
  (t) => [
    uniqueIndex('interest_subsidy_claims_period_uq').on(t.bankId, t.periodStart),
    check('interest_subsidy_claims_period', sql`${t.periodStart} <= ${t.periodEnd}`),
  ],
);

/** One loan's line of a claim, with the figures the amount was computed from. */
export const interestSubsidyLines = pgTable(
  'interest_subsidy_lines',
  {
    claimId: uuid('claim_id')
      .notNull()
      .references(() => interestSubsidyClaims.id, { onDelete: 'cascade' }),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => guaranteedLoans.id),
    /** days with a balance in the period, and Σ(subsidised balance × days) in fen·days */
    days: integer('days').notNull(),
    balanceDaysFen: bigint('balance_days_fen', { mode: 'number' }).notNull(),
    /** 1 or 0.5 by borrower group; 0 with the reason for an extension or an excluded industry */
    ratio: numeric('ratio', { precision: 4, scale: 3 }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    reason: text('reason'),
  },
  (t) => [
    primaryKey({ columns: [t.claimId, t.loanId] }),
    index('interest_subsidy_lines_loan_idx').on(t.loanId),
  ],
);
