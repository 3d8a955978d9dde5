import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../platform/access/access.schema.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { employers } from '../employers/employers.schema.ts';
import { persons } from '../persons/persons.schema.ts';
import { scopedRecordColumns } from '../registry-columns.ts';

/**
 * 就业登记 (`001 篇3 五(四)`). The organisation is copied from the person when the record is made,
 * so the row can be scoped on its own. An open registration has no `ended_on`; a person has at
 * most one open registration (partial unique index).
 */
export const employmentRegistrations = pgTable(
  'employment_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    employerId: uuid('employer_id').references(() => employers.id),
    /** Free-text employer for one not in the registry (e.g. outside the city). */
    employerName: text('employer_name'),
    /** Dictionary `employment_form`: 单位就业/灵活就业/自主创业/公益性岗位/… */
    form: text('form').notNull(),
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
    /** Dictionary `employment_end_reason`. */
    endReason: text('end_reason'),
    ...scopedRecordColumns(),
  },
  (t) => [
    // the person's registrations in time order: a new job is no job change (statistics)
    index('employment_registrations_person_idx').on(t.personId, t.startedOn, t.endedOn),
    // registrations started or ended in a period, within a subtree (statistics)
    index('employment_registrations_started_on_idx').on(t.startedOn, t.orgPath.op('text_pattern_ops')),
    index('employment_registrations_ended_on_idx').on(t.endedOn, t.orgPath.op('text_pattern_ops')),
    index('employment_registrations_employer_idx').on(t.employerId),
    index('employment_registrations_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    uniqueIndex('employment_registrations_one_open_uq').on(t.personId).where(sql`${t.endedOn} is null`),
  ],
);

/**
 * 失业登记 at a public employment service station (街道/乡镇劳动保障中心 or above), with the
 * 《就业创业证》 it issued. A person keeps one certificate across registrations, so a number may
 * recur for the same person but never for another one (checked by the service); among open
 * registrations the number is unique in the database.
 */
export const unemploymentRegistrations = pgTable(
  'unemployment_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    registeredOn: date('registered_on').notNull(),
    stationId: integer('station_id')
      .notNull()
      .references(() => organisations.id),
    certificateNumber: text('certificate_number').notNull(),
    /** Dictionary `unemployment_reason`; `never_employed` marks a person without work history. */
    reason: text('reason').notNull(),
    endedOn: date('ended_on'),
    /** Dictionary `unemployment_end_reason`: 已就业/达到退休年龄/… */
    endReason: text('end_reason'),
    /**
     * 失业保险金 as decided by the unemployment-insurance agency: the benefit period (领取期间, its
     * last day is 领取期满) and the total the person is entitled to (应领取失业保险金总额, fen).
     * Empty when the person receives no benefit. Subsidy rules read them (001 篇3 三(二)4, 三(三)5).
     */
    benefitFrom: date('benefit_from'),
    benefitUntil: date('benefit_until'),
    benefitTotalFen: bigint('benefit_total_fen', { mode: 'number' }),
    ...scopedRecordColumns(),
  },
  (t) => [
    check(
      'unemployment_registrations_benefit_ck',
      sql`(${t.benefitFrom} is null) = (${t.benefitUntil} is null) and (${t.benefitUntil} is null or ${t.benefitUntil} >= ${t.benefitFrom}) and (${t.benefitTotalFen} is null or ${t.benefitTotalFen} >= 0)`,
    ),
    index('unemployment_registrations_person_idx').on(t.personId),
    index('unemployment_registrations_certificate_idx').on(t.certificateNumber),
    index('unemployment_registrations_registered_on_idx').on(t.registeredOn),
    index('unemployment_registrations_ended_on_idx').on(t.endedOn, t.orgPath.op('text_pattern_ops')),
    index('unemployment_registrations_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    uniqueIndex('unemployment_registrations_one_open_uq').on(t.personId).where(sql`${t.endedOn} is null`),
    uniqueIndex('unemployment_registrations_open_certificate_uq')
      .on(t.certificateNumber)
      .where(sql`${t.endedOn} is null`),
  ],
);

/**
 * 就业困难人员认定: one category of `@minsheng/rules/national/difficulty.ts` per row, decided on the
 * strength of an open unemployment registration; at most one open determination per person and
 * category.
 */
export const difficultyDeterminations = pgTable(
  'difficulty_determinations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    unemploymentRegistrationId: uuid('unemployment_registration_id')
      .notNull()
      .references(() => unemploymentRegistrations.id),
    category: text('category').notNull(),
    evidence: text('evidence').notNull(),
    decidedOn: date('decided_on').notNull(),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => users.id),
    exitedOn: date('exited_on'),
    /** Dictionary `difficulty_exit_reason`. */
    exitReason: text('exit_reason'),
    ...scopedRecordColumns(),
  },
  (t) => [
    index('difficulty_determinations_person_idx').on(t.personId),
    index('difficulty_determinations_decided_on_idx').on(t.decidedOn),
    index('difficulty_determinations_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    uniqueIndex('difficulty_determinations_one_open_uq')
      .on(t.personId, t.category)
      .where(sql`${t.exitedOn} is null`),
  ],
);
