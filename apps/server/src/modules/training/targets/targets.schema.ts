import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { trainingProgrammes } from '../classes/classes.schema.ts';

/**
 * A yearly target of an organisation for a programme (目标任务逐级分解, 福建 (七)): how many persons
 * it is to train. The rates to reach (合格率, 再就业率) are the plan's dated parameters in the rules
 * package; only the share of the count is the bureau's own decision.
 */
export const trainingTargets = pgTable(
  'training_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: integer('org_id')
      .notNull()
      .references(() => organisations.id),
    orgPath: text('org_path').notNull(),
    year: integer('year').notNull(),
    programme: text('programme', { enum: trainingProgrammes }).notNull(),
    trainees: integer('trainees').notNull(),
    /** where the figure comes from (the plan's document and the share given to this organisation) */
    basis: text('basis').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('training_targets_org_year_programme_uq').on(t.orgId, t.year, t.programme),
    index('training_targets_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    check('training_targets_trainees', sql`${t.trainees} BETWEEN 0 AND 10000000`),
    check('training_targets_year', sql`${t.year} BETWEEN 2000 AND 2100`),
  ],
);
