import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../../platform/access/access.schema.ts';
import { scopedRecordColumns } from '../../registry/registry-columns.ts';

export const hospitalStatuses = ['applied', 'designated', 'refused', 'revoked'] as const;
export type HospitalStatus = (typeof hospitalStatuses)[number];
export const hospitalStatusLabels: Record<HospitalStatus, string> = {
  applied: '待认定',
  designated: '已确定为体检定点',
  refused: '不予确定',
  revoked: '已取消定点',
};

/**
 * 定点体检医院 (000 第四篇): a hospital that may take the city's insured employees' yearly health
 * checks once the 医保处 designates it. 第一条's conditions (医保定点, 卫生行政部门认定二级以上, 综合医院)
 * are checked by the settlement rule's own conditions; the 第二–八、十一、十九条 facilities and
 * organisation are a checklist (`facilities`, keys in hospital-requirements.ts); 第七条's staffing is
 * checked as 主检人数 × 10 ≥ 计划日均受检人数. The record sits at the 医保处's organisation.
 */
export const healthCheckHospitals = pgTable(
  'health_check_hospitals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull().unique(),
    /** 统一社会信用代码 or 医疗机构登记号 */
    code: text('code').notNull().unique(),
    address: text('address').notNull().default(''),
    contact: text('contact').notNull().default(''),
    /** 被市直医疗保险确定为定点 (第一条) */
    insuranceDesignated: boolean('insurance_designated').notNull(),
    /** 卫生行政部门认定的等级: 1 一级, 2 二级, 3 三级 (第一条) */
    grade: integer('grade').notNull(),
    /** 综合医院 (第一条) */
    general: boolean('general').notNull(),
    /** checklist of 第二–八、十一、十九条 requirements met: { [requirementCode]: true } */
    facilities: jsonb('facilities').$type<Record<string, boolean>>().notNull().default({}),
    /** 总主检 (第七条): name and title (须副主任医师以上) */
    chiefExaminerName: text('chief_examiner_name').notNull().default(''),
    chiefExaminerTitle: text('chief_examiner_title', {
      enum: ['chief', 'associate_chief', 'attending', 'resident'],
    }),
    /** 主检人数 (第七条, 主治医师以上) */
    examiners: integer('examiners').notNull().default(0),
    /** 计划日均受检人数: 主检 : 日均受检 ≥ 1 : 10 (第七条) */
    plannedDailyVolume: integer('planned_daily_volume').notNull().default(0),
    status: text('status', { enum: hospitalStatuses }).notNull().default('applied'),
    decidedOn: date('decided_on'),
    decidedBy: uuid('decided_by'),
    decisionNote: text('decision_note'),
    ...scopedRecordColumns(),
  },
  (t) => [
    index('health_check_hospitals_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    check('health_check_hospitals_grade', sql`${t.grade} BETWEEN 1 AND 3`),
    check(
      'health_check_hospitals_staff',
      sql`${t.examiners} BETWEEN 0 AND 10000 AND ${t.plannedDailyVolume} BETWEEN 0 AND 100000`,
    ),
  ],
);

/** Which users are a hospital's staff: their data scope is that hospital's examinees only. */
export const healthCheckHospitalUsers = pgTable(
  'health_check_hospital_users',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    hospitalId: uuid('hospital_id')
      .notNull()
      .references(() => healthCheckHospitals.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.userId] }),
    index('health_check_hospital_users_hospital_idx').on(t.hospitalId),
  ],
);
