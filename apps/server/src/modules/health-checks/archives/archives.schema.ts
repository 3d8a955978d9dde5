import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { healthCheckExaminations } from '../examinations/examinations.schema.ts';
import { healthCheckHospitals } from '../hospitals/hospitals.schema.ts';

export const archiveReviewStatuses = ['pending', 'approved', 'returned_for_fix'] as const;
export type ArchiveReviewStatus = (typeof archiveReviewStatuses)[number];
export const archiveReviewStatusLabels: Record<ArchiveReviewStatus, string> = {
  pending: '待医保处审核',
  approved: '审核通过',
  returned_for_fix: '退回整改',
};
export const archiveReceivers = ['employer', 'employee'] as const;
export type ArchiveReceiver = (typeof archiveReceivers)[number];
export const archiveReceiverLabels: Record<ArchiveReceiver, string> = {
  employer: '参检单位',
  employee: '参检职工本人',
};

/**
 * 第十八条: each examination's 健康（体检）档案 (paper, 第十三条) and 电子档案 (第十五条) are reviewed by
 * the 医保处, then returned by the hospital to the employer or the employee before the 20th of the
 * month after the examination (`dueOn`, from the rule's `archivesDueBy`), with a register of who
 * received it, when, and whether they signed. One row per examination, made when it is concluded.
 */
export const healthCheckArchives = pgTable(
  'health_check_archives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    examinationId: uuid('examination_id')
      .notNull()
      .unique()
      .references(() => healthCheckExaminations.id),
    hospitalId: uuid('hospital_id')
      .notNull()
      .references(() => healthCheckHospitals.id),
    planId: uuid('plan_id').notNull(),
    paperComplete: boolean('paper_complete').notNull().default(false),
    electronicComplete: boolean('electronic_complete').notNull().default(false),
    reviewStatus: text('review_status', { enum: archiveReviewStatuses }).notNull().default('pending'),
    reviewNote: text('review_note'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by'),
    dueOn: date('due_on').notNull(),
    returnedOn: date('returned_on'),
    receiverKind: text('receiver_kind', { enum: archiveReceivers }),
    receiverName: text('receiver_name'),
    receiverSigned: boolean('receiver_signed'),
    returnedBy: uuid('returned_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('health_check_archives_hospital_due_idx').on(t.hospitalId, t.dueOn),
    index('health_check_archives_plan_idx').on(t.planId),
  ],
);
