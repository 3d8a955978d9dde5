import { date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { persons } from '../registry/persons/persons.schema.ts';

/**
 * The records behind the person indicators, one row per record that belongs to a member set
 * (a new job that is no job change, a re-employment, a first paid contribution …), with the
 * date that places it in a period. Kept exact by `statistics_dirty_persons`: every write to the
 * records a set reads marks its person in the same transaction (triggers of migration 0024, less
 * the certificates' dropped by 0026), and every statistics read first recomputes the marked persons
 * from the records, so a figure never reads a stale row and a subtree-year figure reads these rows
 * instead of probing the records.
 */
export const statisticsMemberEvents = pgTable(
  'statistics_member_events',
  {
    memberSet: text('member_set').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    /** The record's date in a period: the job's start, the registration's end, the contribution's month. */
    onDate: date('on_date').notNull(),
    /**
     * The day from which a condition that looks up to the period's end holds (a contract signed, a
     * contribution paid): a period counts the row when it ends on or after this day.
     */
    readyOn: date('ready_on').notNull(),
    /**
     * The date of the person's previous row in the same set (null for the first): a period counts
     * the person once, at the first row it holds (`prior_on` before the period), so no read has to
     * group the rows by person.
     */
    priorOn: date('prior_on'),
  },
  (t) => [
    // covering every column a period's count reads, so it reads the index alone
    index('statistics_member_events_set_on_idx').on(
      t.memberSet,
      t.onDate,
      t.readyOn,
      t.priorOn,
      t.orgPath,
      t.orgId,
      t.personId,
    ),
    index('statistics_member_events_person_idx').on(t.personId),
  ],
);

/** Persons whose records changed since their member rows were last computed (no key: insert-only). */
export const statisticsDirtyPersons = pgTable('statistics_dirty_persons', {
  personId: uuid('person_id').notNull(),
});
