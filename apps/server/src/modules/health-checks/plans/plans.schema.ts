import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { employers } from '../../registry/employers/employers.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { scopedRecordColumns } from '../../registry/registry-columns.ts';
import { healthCheckHospitals } from '../hospitals/hospitals.schema.ts';

/**
 * One item of a plan's examination package (体检项目) with the fee the 医保处 pays for it, and the
 * reference range printed on the report (第十二条: 检验报告结果有正常参考值). The fee of an item an
 * examinee declined without signing is not paid (第二十条).
 */
export interface PackageItem {
  /** stable within the plan: 'blood_routine', 'ultrasound_abdomen', … */
  code: string;
  name: string;
  /** yuan, two decimals, as a string ("35.00") */
  fee: string;
  /** e.g. "3.9–6.1"; empty for descriptive items (B超, 心电图) */
  referenceRange: string;
  unit: string;
}

export const planStatuses = ['draft', 'open', 'closed'] as const;
export type PlanStatus = (typeof planStatuses)[number];
export const planStatusLabels: Record<PlanStatus, string> = {
  draft: '编制中',
  open: '体检进行中',
  closed: '已结束',
};

/**
 * A year's health-check plan (年度体检计划) of the 医保处's organisation: the package, the period,
 * and the month whose paid city-level employee medical insurance (基本医疗保险, kind `medical`)
 * makes a person eligible.
 */
export const healthCheckPlans = pgTable(
  'health_check_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    startOn: date('start_on').notNull(),
    endOn: date('end_on').notNull(),
    /** the contribution month (1st) that decides eligibility */
    eligibilityMonth: date('eligibility_month').notNull(),
    items: jsonb('items').$type<PackageItem[]>().notNull(),
    status: text('status', { enum: planStatuses }).notNull().default('draft'),
    ...scopedRecordColumns(),
  },
  (t) => [
    unique('health_check_plans_org_year_key').on(t.orgId, t.year),
    check('health_check_plans_year', sql`${t.year} BETWEEN 2000 AND 2100`),
    check('health_check_plans_period', sql`${t.startOn} <= ${t.endOn}`),
  ],
);

export const examineeStatuses = ['eligible', 'allocated', 'examined', 'absent'] as const;
export type ExamineeStatus = (typeof examineeStatuses)[number];
export const examineeStatusLabels: Record<ExamineeStatus, string> = {
  eligible: '待分配',
  allocated: '已安排',
  examined: '已体检',
  absent: '未到检',
};

/** 第十条: an examinee who cannot come by themselves is fetched by ambulance or examined at bedside. */
export const visitModes = ['on_site', 'ambulance', 'bedside'] as const;
export type VisitMode = (typeof visitModes)[number];
export const visitModeLabels: Record<VisitMode, string> = {
  on_site: '到院体检',
  ambulance: '救护车接送',
  bedside: '到床体检',
};

/**
 * An insured employee in a plan (参检职工): eligible from the registry's contributions, allocated to
 * a designated hospital and a date, notified (第十条). The organisation is the person's, so stations
 * see their own people; the hospital sees only those allocated to it.
 */
export const healthCheckExaminees = pgTable(
  'health_check_examinees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => healthCheckPlans.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    /** 参检单位: the employer of the eligibility month's contribution; null for a flexible worker */
    employerId: uuid('employer_id').references(() => employers.id),
    hospitalId: uuid('hospital_id').references(() => healthCheckHospitals.id),
    scheduledOn: date('scheduled_on'),
    visitMode: text('visit_mode', { enum: visitModes }).notNull().default('on_site'),
    /** who asked for the home or bedside visit and why (第十条 申请), reported to 医保处 */
    visitNote: text('visit_note'),
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    status: text('status', { enum: examineeStatuses }).notNull().default('eligible'),
    ...scopedRecordColumns(),
  },
  (t) => [
    unique('health_check_examinees_plan_person_key').on(t.planId, t.personId),
    index('health_check_examinees_hospital_day_idx').on(t.hospitalId, t.scheduledOn),
    index('health_check_examinees_plan_org_idx').on(t.planId, t.orgPath.op('text_pattern_ops')),
  ],
);
