import {
  TRAINEE_GROUPS,
  type TraineeGroup,
} from '@minsheng/rules/policies/fujian/trainee-eligibility/groups.ts';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { qualificationCertificates } from '../../registry/certificates/certificates.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { scopedRecordColumns } from '../../registry/registry-columns.ts';
import { trainingClasses, trainingProgrammes } from '../classes/classes.schema.ts';

/**
 * The target groups a trainee is enrolled under (福建 城镇技能再就业计划 二; 001 篇3 四(二), 四(四)),
 * decided from registry facts at enrolment by the rules, which define them. Text in the database
 * (no enum type), so a new group needs no migration.
 */
export const traineeGroups = TRAINEE_GROUPS;
export type { TraineeGroup };

export const traineeStatuses = ['enrolled', 'withdrawn', 'completed', 'not_completed'] as const;
export const traineeResults = ['passed', 'failed', 'absent'] as const;

/** One reason of the eligibility decision, as the rules gave it (clause and sentence). */
export interface EligibilityReason {
  group: TraineeGroup | null;
  met: boolean;
  text: string;
  clause?: string;
}

/**
 * A trainee of a class. The organisation is the person's at enrolment, so that each town's progress
 * counts its own residents whichever institution trained them.
 */
export const trainingTrainees = pgTable(
  'training_trainees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    classId: uuid('class_id')
      .notNull()
      .references(() => trainingClasses.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    /** copied from the class for the overlap check and the per-programme figures */
    programme: text('programme', { enum: trainingProgrammes }).notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    group: text('group', { enum: traineeGroups }).notNull(),
    eligibility: jsonb('eligibility').$type<EligibilityReason[]>().notNull().default([]),
    status: text('status', { enum: traineeStatuses }).notNull().default('enrolled'),
    enrolledOn: date('enrolled_on').notNull(),
    withdrawnOn: date('withdrawn_on'),
    /** days attended, kept equal to the count of its attendance rows */
    attendedDays: integer('attended_days').notNull().default(0),
    result: text('result', { enum: traineeResults }),
    resultOn: date('result_on'),
    /** the registry certificate the appraisal produced */
    certificateId: uuid('certificate_id').references(() => qualificationCertificates.id),
    ...scopedRecordColumns(),
  },
  (t) => [
    uniqueIndex('training_trainees_class_person_uq').on(t.classId, t.personId),
    index('training_trainees_person_idx').on(t.personId, t.startsOn),
    index('training_trainees_org_path_idx').on(t.orgPath.op('text_pattern_ops'), t.endsOn),
    check('training_trainees_attended', sql`${t.attendedDays} >= 0`),
  ],
);

/** A day's sign-in of a trainee (签到), from an import or a session's roll call. */
export const trainingAttendance = pgTable(
  'training_attendance',
  {
    traineeId: uuid('trainee_id')
      .notNull()
      .references(() => trainingTrainees.id, { onDelete: 'cascade' }),
    onDate: date('on_date').notNull(),
    source: text('source', { enum: ['import', 'session'] }).notNull(),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.traineeId, t.onDate] })],
);
