import { bigint, date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases.schema.ts';

/**
 * The Qingdao over-age fixed-worker record of a case (青劳社〔2024〕69号 第四条): the service years
 * the city labour-insurance agency confirmed into the electronic archive (第四条第（二）项), which the
 * review reads, then the payment of the back-payment bill at the district agency (第四条第（三）项).
 * Scoped through its case; one row per case.
 */
export const overAgeRecords = pgTable('over_age_records', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id),
  /** confirmed continuous service in whole years, deemed service (军龄等视同工龄) included */
  serviceYears: integer('service_years').notNull(),
  /** of which deemed service years (军龄等), for the archive and the review form */
  deemedServiceYears: integer('deemed_service_years').notNull().default(0),
  /** 电子档案编号 in the labour-insurance information system */
  archiveNumber: text('archive_number').notNull(),
  /** 认定依据: the archive documents the years rest on */
  basis: text('basis').notNull(),
  confirmedBy: uuid('confirmed_by').notNull(),
  confirmedByName: text('confirmed_by_name').notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull(),
  /** the bill total as paid (pension + medical back-payment), in fen */
  paidTotalFen: bigint('paid_total_fen', { mode: 'number' }),
  receiptNumber: text('receipt_number'),
  paidOn: date('paid_on'),
  paymentRecordedBy: uuid('payment_recorded_by'),
  paymentRecordedByName: text('payment_recorded_by_name'),
  paymentRecordedAt: timestamp('payment_recorded_at', { withTimezone: true }),
  /** YYYY-MM: first pension month (第三条第（一）项), stored when the bill is paid */
  pensionStartMonth: text('pension_start_month'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
