import { date, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../platform/access/access.schema.ts';
import { scopedRecordColumns } from '../../registry/registry-columns.ts';
import { trainingInstitutions } from '../../training/institutions/institutions.schema.ts';

/**
 * 创业专家 (000 第五篇 三(十二)): people from departments, enterprises and universities who teach,
 * review business plans and projects (论证评审) and guide trainees. An expert may have a sign-in
 * account (`userId`, role `expert`) through which they write their opinions.
 */
export const entrepreneurshipExperts = pgTable(
  'entrepreneurship_experts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** field of expertise in words (e.g. 餐饮管理, 财务, 电子商务) */
    field: text('field').notNull(),
    /** the department, enterprise or university they come from */
    organisation: text('organisation').notNull(),
    qualifications: text('qualifications'),
    status: text('status', { enum: ['active', 'suspended'] })
      .notNull()
      .default('active'),
    statusReason: text('status_reason'),
    userId: uuid('user_id').references(() => users.id),
    ...scopedRecordColumns(),
  },
  (t) => [
    index('entrepreneurship_experts_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    uniqueIndex('entrepreneurship_experts_user_uq').on(t.userId),
  ],
);

/**
 * SYB/IYB/GYB teachers (三(十三)): teaching needs the certificate issued under the MoL/ILO
 * programme; the bureau manages them dynamically (active, suspended, revoked).
 */
export const entrepreneurshipTeachers = pgTable(
  'entrepreneurship_teachers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    certificateNumber: text('certificate_number').notNull(),
    /** the course the certificate allows to teach */
    course: text('course', { enum: ['SYB', 'IYB', 'GYB', 'EYB'] }).notNull(),
    certifiedOn: date('certified_on').notNull(),
    validTo: date('valid_to'),
    /** the designated institution they teach for, when any */
    institutionId: uuid('institution_id').references(() => trainingInstitutions.id),
    status: text('status', { enum: ['active', 'suspended', 'revoked'] })
      .notNull()
      .default('active'),
    statusReason: text('status_reason'),
    ...scopedRecordColumns(),
  },
  (t) => [
    uniqueIndex('entrepreneurship_teachers_certificate_uq').on(t.certificateNumber),
    index('entrepreneurship_teachers_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
  ],
);
