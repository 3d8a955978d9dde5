import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { scopedRecordColumns } from '../../registry/registry-columns.ts';
import { entrepreneurshipBusinesses } from '../businesses/businesses.schema.ts';
import { entrepreneurshipFiles } from '../files/files.schema.ts';

/** 创业孵化基地 (000 第五篇 三(五)): a base with its capacity, for counting residents. */
export const incubationBases = pgTable(
  'incubation_bases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    address: text('address').notNull(),
    /** who runs it (a park, a university, the bureau) */
    operator: text('operator').notNull(),
    /** how many businesses it can host at once */
    capacity: integer('capacity').notNull(),
    openedOn: date('opened_on').notNull(),
    closedOn: date('closed_on'),
    ...scopedRecordColumns(),
  },
  (t) => [
    index('incubation_bases_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    check('incubation_bases_capacity', sql`${t.capacity} BETWEEN 1 AND 100000`),
  ],
);

/** A resident of a base (入驻): a trainee's business or a trainee preparing one, from entry to exit. */
export const incubationResidents = pgTable(
  'incubation_residents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    baseId: uuid('base_id')
      .notNull()
      .references(() => incubationBases.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => entrepreneurshipFiles.id),
    businessId: uuid('business_id').references(() => entrepreneurshipBusinesses.id),
    enteredOn: date('entered_on').notNull(),
    exitedOn: date('exited_on'),
    /** 孵化成功, 期满, 经营不善, … */
    exitReason: text('exit_reason'),
    ...scopedRecordColumns(),
  },
  (t) => [
    index('incubation_residents_base_idx').on(t.baseId, t.enteredOn),
    index('incubation_residents_file_idx').on(t.fileId),
    check('incubation_residents_dates', sql`${t.exitedOn} IS NULL OR ${t.exitedOn} >= ${t.enteredOn}`),
  ],
);
