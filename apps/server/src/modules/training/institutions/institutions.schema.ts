import { sql } from 'drizzle-orm';
import {
  check,
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
import { users } from '../../../platform/access/access.schema.ts';
import { publicNotices } from '../../cases/finance/case-finance.schema.ts';
import { scopedRecordColumns } from '../../registry/registry-columns.ts';

/**
 * 定点培训机构 through its life (000 第五篇 / 003 (八)): applies, is reviewed, is shown in a public
 * notice (社会公示), is designated for a validity period, is evaluated each year and may be ordered
 * to rectify (限期整改), suspended, or have its designation withdrawn (取消定点资格).
 */
export const institutionStatuses = [
  'applied', // 已申请，待审核
  'rejected', // 审核未通过
  'in_notice', // 公示中
  'designated', // 已认定（定点）
  'rectifying', // 限期整改
  'suspended', // 暂停
  'withdrawn', // 已取消定点资格
] as const;
export type InstitutionStatus = (typeof institutionStatuses)[number];

/** One occupation the institution asks to (and may) train for, with the levels it covers. */
export interface InstitutionOccupation {
  occupation: string;
  /** qualification levels 1 高级技师 … 5 初级工; empty for training without a level (e.g. SYB) */
  levels: number[];
}

/**
 * A training institution. Its organisation is the bureau that designates and supervises it, which
 * scopes who among the bureau's users sees it; its own staff see it through
 * `training_institution_users`, never through the organisation tree.
 */
export const trainingInstitutions = pgTable(
  'training_institutions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** JG-2026-0001 */
    number: text('number').notNull().unique(),
    name: text('name').notNull(),
    /** 统一社会信用代码 */
    creditCode: text('credit_code').notNull(),
    /** 办学许可证号 (or the licence that allows it to train) */
    licenceNumber: text('licence_number'),
    address: text('address').notNull(),
    /** the institution's public contact (an office line, not a person's phone) */
    contactPhone: text('contact_phone'),
    /** qualifications in words (资质说明) */
    qualifications: text('qualifications'),
    occupations: jsonb('occupations').$type<InstitutionOccupation[]>().notNull().default([]),
    /** trainees it can take at one time */
    capacity: integer('capacity').notNull(),
    status: text('status', { enum: institutionStatuses }).notNull().default('applied'),
    appliedOn: date('applied_on').notNull(),
    /** the 公示 that listed it before designation */
    noticeId: uuid('notice_id').references(() => publicNotices.id),
    designatedOn: date('designated_on'),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    /** the reason of the latest status change, shown on the public list when it is not designated */
    statusReason: text('status_reason'),
    /** a rectification order's deadline (限期整改) */
    rectifyBy: date('rectify_by'),
    ...scopedRecordColumns(),
  },
  (t) => [
    uniqueIndex('training_institutions_credit_code_uq').on(t.creditCode),
    index('training_institutions_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    index('training_institutions_status_idx').on(t.status),
    check('training_institutions_capacity', sql`${t.capacity} BETWEEN 1 AND 100000`),
    check(
      'training_institutions_validity',
      sql`${t.validFrom} IS NULL OR ${t.validTo} IS NULL OR ${t.validFrom} <= ${t.validTo}`,
    ),
  ],
);

/** A teacher of the institution with the certificate that qualifies them to teach. */
export const trainingInstitutionTeachers = pgTable(
  'training_institution_teachers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => trainingInstitutions.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** 教师资格证书 / 职业资格证书 number */
    certificateNumber: text('certificate_number').notNull(),
    occupation: text('occupation').notNull(),
    /** the certificate's level (1 … 5), when it has one */
    level: integer('level'),
    status: text('status', { enum: ['active', 'left'] })
      .notNull()
      .default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** optimistic lock of the teacher's edits */
    version: integer('version').notNull().default(1),
  },
  (t) => [index('training_institution_teachers_institution_idx').on(t.institutionId)],
);

/** A training site (场地): where classes are held, with its size. */
export const trainingInstitutionSites = pgTable(
  'training_institution_sites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => trainingInstitutions.id, { onDelete: 'cascade' }),
    address: text('address').notNull(),
    areaSquareMetres: integer('area_square_metres').notNull(),
    seats: integer('seats').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** optimistic lock of the site's edits */
    version: integer('version').notNull().default(1),
  },
  (t) => [index('training_institution_sites_institution_idx').on(t.institutionId)],
);

/** What happened to an institution, in order: the history shown on its page and the public list. */
export const trainingInstitutionEvents = pgTable(
  'training_institution_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => trainingInstitutions.id, { onDelete: 'cascade' }),
    /** apply, review_pass, review_reject, publish_notice, designate, evaluate, order_rectify, … */
    action: text('action').notNull(),
    fromStatus: text('from_status', { enum: institutionStatuses }),
    toStatus: text('to_status', { enum: institutionStatuses }),
    reason: text('reason'),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
    onDate: date('on_date').notNull(),
    actorId: uuid('actor_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_institution_events_institution_idx').on(t.institutionId, t.at)],
);

/**
 * The yearly performance evaluation (年度考评) computed from the institution's own classes and
 * trainees: counts, not typed rates, so every rate can be traced back to its trainees.
 */
export const trainingInstitutionEvaluations = pgTable(
  'training_institution_evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => trainingInstitutions.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    trained: integer('trained').notNull(),
    passed: integer('passed').notNull(),
    certified: integer('certified').notNull(),
    employed: integer('employed').notNull(),
    /** trainees the institution's approved classes planned for the year */
    planned: integer('planned').notNull(),
    /** the outcome in words and the decision taken (keep, rectify, suspend, withdraw) */
    conclusion: text('conclusion').notNull(),
    decision: text('decision', { enum: ['keep', 'rectify', 'suspend', 'withdraw'] }).notNull(),
    evaluatedBy: uuid('evaluated_by'),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('training_institution_evaluations_year_uq').on(t.institutionId, t.year)],
);

/** Which users are an institution's staff: their data scope is that one institution. */
export const trainingInstitutionUsers = pgTable(
  'training_institution_users',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => trainingInstitutions.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.userId] }),
    index('training_institution_users_institution_idx').on(t.institutionId),
  ],
);
