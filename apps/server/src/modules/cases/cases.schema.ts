import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from '../../platform/orgs/orgs.schema.ts';
import { qualificationCertificates } from '../registry/certificates/certificates.schema.ts';
import { employers } from '../registry/employers/employers.schema.ts';
import { persons } from '../registry/persons/persons.schema.ts';
import { scopedRecordColumns } from '../registry/registry-columns.ts';
import type { FactOverride, FieldProvenance } from './facts/fact-types.ts';
import { type CaseApplicantKind, type CaseStatus, caseStatuses } from './workflow/case-status.ts';

/** One item of a case type's materials checklist (申请材料). */
export interface MaterialItem {
  /** stable within the case type, e.g. `m1` */
  code: string;
  label: string;
  applicantKind: CaseApplicantKind;
  /** the catalogue's list label (e.g. 培训补贴（职业培训机构代补贴对象申领）) */
  group: string;
  clause?: string;
  required: boolean;
}

/** One step of the approval chain and the permission that acts on it. */
export interface ApprovalStep {
  step: 'accept' | 'review' | 'approve';
  label: string;
  permission: string;
}

export interface ApprovalChain {
  steps: ApprovalStep[];
  /** 审核与审批分离: the approver must not be the reviewer */
  distinctApprover: boolean;
  /**
   * How far above the rule's amount a reviewer may set the approved amount, in per cent of it
   * (absent: DEFAULT_RAISE_CEILING_PERCENT); a raise also needs a second person's approval.
   */
  raiseCeilingPercent?: number;
}

/** A time limit of the case type: the policy's own ones plus workflow step limits (working days). */
export interface CaseTimeLimit {
  id: string;
  label: string;
  unit: 'days' | 'working_days' | 'day_of_month';
  amount: number;
  from: string;
  /** the policy clause; empty for the bureau's default step limits */
  clause: string;
  holidayPostponement: boolean;
  /** policy: from the policy text; default: the bureau's default step limit; admin: set by an administrator */
  source: 'policy' | 'default' | 'admin';
}

/**
 * A case type (事项), one per catalogue policy, synchronised from the rules catalogue; the columns
 * an administrator may change (`case:configure`) start from the catalogue's values.
 */
export const caseTypes = pgTable('case_types', {
  /** the catalogue policy id, e.g. zhuhai.high-skill-subsidy */
  id: text('id').primaryKey(),
  policyId: text('policy_id').notNull(),
  name: text('name').notNull(),
  /**
   * Whether the type accepts applications: true / false as an administrator set it; null follows
   * the deployment (on for a policy of the deployment's own jurisdictions, off otherwise).
   */
  enabled: boolean('enabled'),
  materials: jsonb('materials').$type<MaterialItem[]>().notNull(),
  applicantKinds: jsonb('applicant_kinds').$type<CaseApplicantKind[]>().notNull(),
  approvalChain: jsonb('approval_chain').$type<ApprovalChain>().notNull(),
  timeLimits: jsonb('time_limits').$type<CaseTimeLimit[]>().notNull(),
  requiresPublicNotice: boolean('requires_public_notice').notNull().default(false),
  /** length of the public notice (公示期) in working days */
  publicNoticeDays: integer('public_notice_days').notNull().default(5),
  paysMoney: boolean('pays_money').notNull(),
  updatedBy: uuid('updated_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/** Per-year counters for human-readable numbers (MS-2026-000123, BZ-2026-000001, PP-…). */
export const documentCounters = pgTable(
  'document_counters',
  {
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.kind, t.year] })],
);

/** A roster upload (花名册) by an institution: one case per valid row. */
export const caseBatches = pgTable(
  'case_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    caseTypeId: text('case_type_id')
      .notNull()
      .references(() => caseTypes.id),
    applicantOrgId: integer('applicant_org_id').references(() => organisations.id),
    applicantName: text('applicant_name'),
    fileName: text('file_name').notNull(),
    status: text('status', { enum: ['uploaded', 'processed', 'submitted', 'failed'] })
      .notNull()
      .default('uploaded'),
    totalRows: integer('total_rows').notNull().default(0),
    createdCount: integer('created_count').notNull().default(0),
    errorCount: integer('error_count').notNull().default(0),
    /** row → Chinese error messages */
    errors: jsonb('errors').$type<{ row: number; messages: string[] }[]>().notNull().default([]),
    totalAmountFen: bigint('total_amount_fen', { mode: 'number' }).notNull().default(0),
    jobId: uuid('job_id'),
    ...scopedRecordColumns(),
  },
  (t) => [index('case_batches_org_path_idx').on(t.orgPath.op('text_pattern_ops'))],
);

/** Facts a rule read, frozen on the case when it was reviewed. */
export interface FrozenFacts {
  asOf: string;
  /** the policy input built from the registry (and the declared application data) */
  input: Record<string, unknown>;
  /** field path → where it came from, in Chinese (人员登记（日期）/ 申请填报 / 经办人修改：理由) */
  sources: Record<string, string>;
  /** field path → source, record date, and an officer's change with the registry's own value */
  provenance?: Record<string, FieldProvenance>;
}

/**
 * A case (经办件): one application of one applicant for one case type, from draft to reconciliation.
 * It belongs to the organisation of the person (or employer) it concerns, so the street that
 * registered them accepts it; an institution sees the cases it created (`self`).
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    caseTypeId: text('case_type_id')
      .notNull()
      .references(() => caseTypes.id),
    policyId: text('policy_id').notNull(),
    applicantKind: text('applicant_kind').$type<CaseApplicantKind>().notNull(),
    personId: uuid('person_id').references(() => persons.id),
    employerId: uuid('employer_id').references(() => employers.id),
    /** the institution filing (for itself or on behalf of a person) */
    applicantOrgId: integer('applicant_org_id').references(() => organisations.id),
    /** display name of the applicant (person, employer or institution) */
    applicantName: text('applicant_name').notNull(),
    batchId: uuid('batch_id').references(() => caseBatches.id),
    /** the certificate the claim rests on, when the policy reads one */
    certificateId: uuid('certificate_id').references(() => qualificationCertificates.id),
    status: text('status', { enum: caseStatuses }).$type<CaseStatus>().notNull().default('draft'),
    /** declared application data (申请填报): facts the registry does not hold */
    application: jsonb('application').$type<Record<string, unknown>>().notNull().default({}),
    /** registry facts an officer changed: field path → value, reason, who and when (audited) */
    factOverrides: jsonb('fact_overrides').$type<Record<string, FactOverride>>().notNull().default({}),
    /** the application date the rules read (申请日) */
    appliedOn: date('applied_on'),
    /** the applicant's own deadline (e.g. 60 days from the certificate) when the policy sets one */
    applicationDeadline: date('application_deadline'),
    frozenFacts: jsonb('frozen_facts').$type<FrozenFacts>(),
    frozenEvaluation: jsonb('frozen_evaluation').$type<Record<string, unknown>>(),
    evaluatedOn: date('evaluated_on'),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }),
    evaluatedBy: uuid('evaluated_by'),
    /** reviewer's decisions on the rule's human checks: id → { confirmed, note } */
    humanChecks: jsonb('human_checks')
      .$type<Record<string, { confirmed: boolean; note?: string }>>()
      .notNull()
      .default({}),
    reviewNote: text('review_note'),
    proposedAmountFen: bigint('proposed_amount_fen', { mode: 'number' }),
    approvedAmountFen: bigint('approved_amount_fen', { mode: 'number' }),
    /** amount set by the reviewer instead of the rule result, with the written reason */
    overrideAmountFen: bigint('override_amount_fen', { mode: 'number' }),
    overrideReason: text('override_reason'),
    overriddenBy: uuid('overridden_by'),
    overriddenAt: timestamp('overridden_at', { withTimezone: true }),
    decisionReasons: jsonb('decision_reasons').$type<string[]>().notNull().default([]),
    decidedOn: date('decided_on'),
    decidedBy: uuid('decided_by'),
    reviewedBy: uuid('reviewed_by'),
    /** copied from the case type at approval, so a later setting change does not move decided cases */
    requiresPublicNotice: boolean('requires_public_notice').notNull().default(false),
    /** how many times the case was returned for supplements */
    supplementRounds: integer('supplement_rounds').notNull().default(0),
    /** due date of the step awaiting action; null when nobody must act */
    dueOn: date('due_on'),
    /** step → due date (accept, review, approve, bureau_to_finance, finance_approval …) */
    dueDates: jsonb('due_dates').$type<Record<string, string>>().notNull().default({}),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    sentToFinanceAt: timestamp('sent_to_finance_at', { withTimezone: true }),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    ...scopedRecordColumns(),
  },
  (t) => [
    index('cases_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    index('cases_org_id_idx').on(t.orgId),
    index('cases_created_by_idx').on(t.createdBy),
    index('cases_status_idx').on(t.status, t.dueOn),
    index('cases_person_id_idx').on(t.personId),
    index('cases_employer_id_idx').on(t.employerId),
    index('cases_batch_id_idx').on(t.batchId),
    index('cases_case_type_idx').on(t.caseTypeId),
    // cases decided in a period within a subtree (statistics)
    index('cases_decided_on_idx').on(t.decidedOn, t.orgPath.op('text_pattern_ops')),
  ],
);

/** The case's history: every transition and audited action, in order. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    action: text('action').notNull(),
    fromStatus: text('from_status').$type<CaseStatus>(),
    toStatus: text('to_status').$type<CaseStatus>().notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    note: text('note'),
    payload: jsonb('payload').$type<Record<string, unknown>>(),
    /** the case version this event produced */
    version: integer('version').notNull(),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.id)],
);

/** The materials checklist of one case (copied from the case type when the case is created). */
export const caseMaterials = pgTable(
  'case_materials',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    code: text('code').notNull(),
    label: text('label').notNull(),
    required: boolean('required').notNull(),
    provided: boolean('provided').notNull().default(false),
    note: text('note'),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('case_materials_case_code_uq').on(t.caseId, t.code)],
);

/** 一次性补正材料告知书: every missing item at once, printable. */
export const supplementNotices = pgTable(
  'supplement_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    number: text('number').notNull().unique(),
    items: jsonb('items').$type<{ code: string; label: string; note?: string }[]>().notNull(),
    note: text('note'),
    /** the applicant should supplement by this date (working days) */
    supplementBy: date('supplement_by'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    issuedBy: uuid('issued_by'),
    issuedByName: text('issued_by_name').notNull(),
    issuingOrgId: integer('issuing_org_id').references(() => organisations.id),
    printed: boolean('printed').notNull().default(false),
    printedAt: timestamp('printed_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [index('supplement_notices_case_idx').on(t.caseId)],
);

/**
 * Exactly once (每人每等级只能享受一次): one active row per beneficiary, policy and claim key,
 * inserted in the approval transaction. The partial unique index is the guarantee; a revoked
 * approval (objection upheld) sets revoked_at and frees the key.
 */
export const benefitClaims = pgTable(
  'benefit_claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** `person:<uuid>` or `employer:<uuid>` or `org:<id>` */
    beneficiaryKey: text('beneficiary_key').notNull(),
    personId: uuid('person_id').references(() => persons.id),
    employerId: uuid('employer_id').references(() => employers.id),
    policyId: text('policy_id').notNull(),
    /** e.g. `level_3:training`; `once` for once-in-a-lifetime benefits */
    claimKey: text('claim_key').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }),
    claimedOn: date('claimed_on').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokeReason: text('revoke_reason'),
  },
  (t) => [
    uniqueIndex('benefit_claims_once_uq')
      .on(t.beneficiaryKey, t.policyId, t.claimKey)
      .where(sql`revoked_at is null`),
    index('benefit_claims_case_idx').on(t.caseId),
  ],
);
