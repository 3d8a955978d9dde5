import { date, index, pgTable, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Values an administrator sets for parameters the policy text leaves to local government (the
 * city's average wage, the minimum monthly wage…). Layered over the policy's YAML at evaluation;
 * a new figure is a new dated row, never an edit of history.
 */
export const policyParameterValues = pgTable(
  'policy_parameter_values',
  {
    id: serial('id').primaryKey(),
    policyId: text('policy_id').notNull(),
    name: text('name').notNull(),
    /** breakdown key for parameters with `by`; '_' for plain parameters */
    key: text('key').notNull().default('_'),
    effectiveFrom: date('effective_from').notNull(),
    value: text('value').notNull(),
    refDoc: text('ref_doc').notNull(),
    refClause: text('ref_clause'),
    setBy: uuid('set_by').notNull(),
    setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('policy_parameter_values_uq').on(t.policyId, t.name, t.key, t.effectiveFrom),
    index('policy_parameter_values_policy_idx').on(t.policyId),
  ],
);
