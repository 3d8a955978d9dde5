import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { employers } from '../employers/employers.schema.ts';
import { persons } from '../persons/persons.schema.ts';

export const contributionStatuses = ['paid', 'arrears'] as const;
export type ContributionStatus = (typeof contributionStatuses)[number];
export const contributionStatusLabels: Record<ContributionStatus, string> = { paid: '已缴', arrears: '欠缴' };

/**
 * One month of one social-insurance kind (dictionary insurance_kind) of a person (社会保险缴费记录),
 * paid through an employer or, with no employer, as a flexible worker (灵活就业人员).
 *
 * A city holds millions of these, so the row is lean: the month is a `date` (always the 1st,
 * 4 bytes, range-friendly), money is integer fen, and there is no version or updated_at — a
 * record is a fact from the collection system, corrected by re-import rather than edited. The
 * organisation is copied from the person so reports can scope rows without joining persons.
 * The unique key treats a missing employer as a value (NULLS NOT DISTINCT, PostgreSQL ≥ 15),
 * so re-importing a flexible worker's month cannot double count either; it also serves every
 * per-person lookup (person first).
 */
export const insuranceContributions = pgTable(
  'insurance_contributions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    employerId: uuid('employer_id').references(() => employers.id),
    kind: text('kind').notNull(),
    month: date('month').notNull(),
    status: text('status', { enum: contributionStatuses }).notNull(),
    /** 缴费基数 and the parts paid by the person (个人) and the employer (单位), in fen. */
    baseFen: integer('base_fen').notNull(),
    personalFen: integer('personal_fen').notNull(),
    unitFen: integer('unit_fen').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => organisations.id),
    orgPath: text('org_path').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('insurance_contributions_person_kind_month_employer_key')
      .on(t.personId, t.kind, t.month, t.employerId)
      .nullsNotDistinct(),
    // paid months by month within a subtree, and a person's first paid month (statistics)
    index('insurance_contributions_paid_month_idx')
      .on(t.month, t.orgPath.op('text_pattern_ops'), t.personId)
      .where(sql`${t.status} = 'paid'`),
    index('insurance_contributions_paid_person_idx').on(t.personId, t.month).where(sql`${t.status} = 'paid'`),
    check('insurance_contributions_first_of_month', sql`extract(day from ${t.month}) = 1`),
    check(
      'insurance_contributions_amounts',
      sql`${t.baseFen} >= 0 AND ${t.personalFen} >= 0 AND ${t.unitFen} >= 0`,
    ),
  ],
);
