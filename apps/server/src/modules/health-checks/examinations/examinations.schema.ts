import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { healthCheckHospitals } from '../hospitals/hospitals.schema.ts';
import { healthCheckExaminees, healthCheckPlans } from '../plans/plans.schema.ts';

/** A package item the examinee declined (自动放弃), and whether they signed for it (第二十条). */
export interface DeclinedItem {
  code: string;
  signed: boolean;
}

export const examinationStatuses = ['entered', 'concluded'] as const;
export type ExaminationStatus = (typeof examinationStatuses)[number];
export const examinationStatusLabels: Record<ExaminationStatus, string> = {
  entered: '结果录入中',
  concluded: '已出结论',
};

/**
 * One examinee's examination at their hospital (电子档案, 第十五条). Health data is sensitive
 * personal information (个人信息保护法 第二十八条): results, conclusion, advice and finding codes are
 * stored only encrypted (`*_enc`, AES-GCM via FieldCipher) and decrypted for the examinee's hospital
 * or the 医保处 with a stated purpose, each view audited. What stays clear is what settlement and
 * progress need and reveals no health state: dates, counts and the declined items with the signature
 * flag.
 */
export const healthCheckExaminations = pgTable(
  'health_check_examinations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    examineeId: uuid('examinee_id')
      .notNull()
      .unique()
      .references(() => healthCheckExaminees.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => healthCheckPlans.id),
    hospitalId: uuid('hospital_id')
      .notNull()
      .references(() => healthCheckHospitals.id),
    examinedOn: date('examined_on').notNull(),
    /** 第十五条 仔细核对体检人员身份: the ID number shown matched the registry's (by keyed hash) */
    identityVerifiedAt: timestamp('identity_verified_at', { withTimezone: true }).notNull(),
    identityVerifiedBy: uuid('identity_verified_by').notNull(),
    performedItems: integer('performed_items').notNull().default(0),
    declinedItems: jsonb('declined_items').$type<DeclinedItem[]>().notNull().default([]),
    /** encrypted JSON: { [itemCode]: { value: string, abnormal: boolean } } */
    resultsEnc: text('results_enc'),
    /** encrypted: 体检结论 and 健康建议 (第十二条) */
    conclusionEnc: text('conclusion_enc'),
    adviceEnc: text('advice_enc'),
    /** encrypted JSON array of finding codes (findings.ts), for the analysis report */
    findingsEnc: text('findings_enc'),
    status: text('status', { enum: examinationStatuses }).notNull().default('entered'),
    concludedAt: timestamp('concluded_at', { withTimezone: true }),
    concludedBy: uuid('concluded_by'),
    enteredBy: uuid('entered_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('health_check_examinations_hospital_day_idx').on(t.hospitalId, t.examinedOn),
    index('health_check_examinations_plan_idx').on(t.planId),
  ],
);

export const findingStatuses = ['open', 'notified'] as const;
export type FindingStatus = (typeof findingStatuses)[number];
export const findingStatusLabels: Record<FindingStatus, string> = { open: '待通知', notified: '已通知' };
export const notifyParties = ['employer', 'family', 'employee'] as const;
export type NotifyParty = (typeof notifyParties)[number];
export const notifyPartyLabels: Record<NotifyParty, string> = {
  employer: '参检单位',
  family: '参检职工家属',
  employee: '参检职工本人',
};

/**
 * 第十七条: a positive key indicator or suspected major disease found in an examination is a task
 * to notify the employer or the family "in an appropriate way", tracked until done. The finding's
 * wording is health data (encrypted); the task list shows only who is to be told and by when.
 */
export const healthCheckFindings = pgTable(
  'health_check_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    examinationId: uuid('examination_id')
      .notNull()
      .references(() => healthCheckExaminations.id),
    hospitalId: uuid('hospital_id')
      .notNull()
      .references(() => healthCheckHospitals.id),
    summaryEnc: text('summary_enc').notNull(),
    notifyParty: text('notify_party', { enum: notifyParties }).notNull(),
    dueOn: date('due_on').notNull(),
    status: text('status', { enum: findingStatuses }).notNull().default('open'),
    notifiedOn: date('notified_on'),
    /** 电话 / 当面 / 书面 … and whom, in words; no health data */
    notifiedHow: text('notified_how'),
    notifiedBy: uuid('notified_by'),
    raisedBy: uuid('raised_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('health_check_findings_hospital_status_idx').on(t.hospitalId, t.status)],
);
