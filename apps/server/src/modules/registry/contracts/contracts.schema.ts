import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { employers } from '../employers/employers.schema.ts';
import { persons } from '../persons/persons.schema.ts';
import { scopedRecordColumns } from '../registry-columns.ts';

/** 劳动合同期限类型 (劳动合同法 第十二条): 固定期限、无固定期限、以完成一定工作任务为期限. */
export const contractTermKinds = ['fixed', 'open_ended', 'task'] as const;
export type ContractTermKind = (typeof contractTermKinds)[number];
export const contractTermKindLabels: Record<ContractTermKind, string> = {
  fixed: '固定期限',
  open_ended: '无固定期限',
  task: '以完成一定工作任务为期限',
};

/**
 * A labour contract (劳动合同) between a person and an employer: the evidence of "签订1年以上劳动合同".
 * The organisation is copied from the person, and reads are scoped through the person: the
 * contract is part of the person's file (what a community worker keeps for the people of the
 * community), and the person is who the policies pay or count — an employer in another street
 * must not hide a resident's contract from the resident's own station.
 */
export const labourContracts = pgTable(
  'labour_contracts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    termKind: text('term_kind', { enum: contractTermKinds }).notNull(),
    position: text('position'),
    signedOn: date('signed_on').notNull(),
    startsOn: date('starts_on').notNull(),
    /** Agreed end; null for open-ended contracts and task contracts without an estimated end. */
    endsOn: date('ends_on'),
    /** Actual end when the contract ended before its agreed end (解除/终止), with the reason. */
    endedOn: date('ended_on'),
    endReason: text('end_reason'),
    ...scopedRecordColumns(),
  },
  (t) => [
    index('labour_contracts_person_id_idx').on(t.personId, t.startsOn),
    index('labour_contracts_employer_id_idx').on(t.employerId),
    index('labour_contracts_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    check('labour_contracts_fixed_has_end', sql`${t.termKind} <> 'fixed' OR ${t.endsOn} IS NOT NULL`),
    check('labour_contracts_open_ended_no_end', sql`${t.termKind} <> 'open_ended' OR ${t.endsOn} IS NULL`),
    check('labour_contracts_end_after_start', sql`${t.endsOn} IS NULL OR ${t.endsOn} > ${t.startsOn}`),
    check('labour_contracts_ended_after_start', sql`${t.endedOn} IS NULL OR ${t.endedOn} >= ${t.startsOn}`),
    check('labour_contracts_end_reason', sql`(${t.endedOn} IS NULL) = (${t.endReason} IS NULL)`),
  ],
);
