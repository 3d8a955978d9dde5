import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const jobStatuses = ['queued', 'running', 'succeeded', 'failed'] as const;

/**
 * Database-backed jobs: any server process may claim a queued job (SKIP LOCKED); a running job
 * whose lease expired (its process died) is claimed again, so work survives a restart. A daily job
 * carries its bureau day: one row per kind and day, however many processes ask for it.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status', { enum: jobStatuses }).notNull().default('queued'),
    progress: integer('progress').notNull().default(0),
    total: integer('total'),
    message: text('message'),
    result: jsonb('result'),
    attempts: integer('attempts').notNull().default(0),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    createdBy: uuid('created_by'),
    orgId: integer('org_id'),
    /** the bureau day a scheduled daily job runs for; null for a job a user started */
    runDay: date('run_day'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('jobs_status_idx').on(t.status, t.createdAt),
    // NULLs are distinct: only the scheduled jobs (with a day) are one per kind and day
    uniqueIndex('jobs_kind_run_day_uq').on(t.kind, t.runDay),
  ],
);
