import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { persons } from '../persons/persons.schema.ts';
import { scopedRecordColumns } from '../registry-columns.ts';

/**
 * A household (户): a numbered group of registered persons living together, with a head (户主).
 * Zero-employment status (零就业家庭) is recorded per household (`001 篇3 三(三)1`).
 */
export const households = pgTable(
  'households',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 户号 */
    number: text('number').notNull().unique(),
    address: text('address'),
    headPersonId: uuid('head_person_id').references(() => persons.id),
    ...scopedRecordColumns(),
  },
  (t) => [
    index('households_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    // The `own` and `self` data scopes match on these columns.
    index('households_org_id_idx').on(t.orgId),
    index('households_created_by_idx').on(t.createdBy),
  ],
);

/** A person's membership of a household: a person belongs to at most one household. */
export const householdMembers = pgTable(
  'household_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    personId: uuid('person_id')
      .notNull()
      .unique()
      .references(() => persons.id),
    /** Relation to the head, dictionary `household_relation` (`head` for the head). */
    relation: text('relation').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('household_members_household_id_idx').on(t.householdId)],
);

export const zeroEmploymentStatuses = ['active', 'eliminated'] as const;
export type ZeroEmploymentStatus = (typeof zeroEmploymentStatuses)[number];

/**
 * A recognition (认定) of a household as a zero-employment household, and its elimination (消除)
 * once a member works. A household may be recognised again later, but has at most one active
 * recognition at a time — the partial unique index enforces it even against racing requests.
 */
export const zeroEmploymentHouseholds = pgTable(
  'zero_employment_households',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    recognisedOn: date('recognised_on').notNull(),
    /** 认定依据/材料 */
    basis: text('basis').notNull(),
    status: text('status', { enum: zeroEmploymentStatuses }).notNull().default('active'),
    eliminatedOn: date('eliminated_on'),
    /** Dictionary `zero_employment_elimination_reason`. */
    eliminationReason: text('elimination_reason'),
    eliminationNote: text('elimination_note'),
    // No foreign key: the system actor (demo loader) is no user row, like `createdBy`.
    eliminatedBy: uuid('eliminated_by'),
    ...scopedRecordColumns(),
  },
  (t) => [
    uniqueIndex('zero_employment_households_one_active_idx')
      .on(t.householdId)
      .where(sql`${t.status} = 'active'`),
    index('zero_employment_households_household_id_idx').on(t.householdId),
    index('zero_employment_households_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    check(
      'zero_employment_households_elimination_check',
      sql`(${t.status} = 'active' and ${t.eliminatedOn} is null) or (${t.status} = 'eliminated' and ${t.eliminatedOn} is not null and ${t.eliminatedOn} >= ${t.recognisedOn} and ${t.eliminationReason} is not null)`,
    ),
  ],
);

/** An assistance action (帮扶) taken for a recognised zero-employment household. */
export const zeroEmploymentAssistance = pgTable(
  'zero_employment_assistance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recognitionId: uuid('recognition_id')
      .notNull()
      .references(() => zeroEmploymentHouseholds.id),
    /** The member the action was for, when it concerns one member. */
    personId: uuid('person_id').references(() => persons.id),
    actedOn: date('acted_on').notNull(),
    /** Dictionary `zero_employment_assistance_kind`. */
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('zero_employment_assistance_recognition_id_idx').on(t.recognitionId)],
);
