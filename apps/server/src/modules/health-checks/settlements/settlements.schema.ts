import { bigint, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../../cases/cases.schema.ts';
import { healthCheckHospitals } from '../hospitals/hospitals.schema.ts';
import { healthCheckPlans } from '../plans/plans.schema.ts';

export const settlementStatuses = ['computed', 'filed'] as const;
export type SettlementStatus = (typeof settlementStatuses)[number];
export const settlementStatusLabels: Record<SettlementStatus, string> = {
  computed: '已核算（未提交）',
  filed: '已提交经办',
};

/**
 * 第二十条 体检费用拨付: a hospital's settlement for a plan. The rule's input (`dezhou.health-check-
 * settlement`) is built from the records — the fee of every concluded examination's package, the
 * unsigned declined items, the three rates from the quality samples and the satisfaction from the
 * surveys — and kept here, so the case it is filed as decides the same amount to the fen. Recomputed
 * until filed; filing makes an institution case that the usual chain reviews, approves and pays.
 */
export const healthCheckSettlements = pgTable(
  'health_check_settlements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hospitalId: uuid('hospital_id')
      .notNull()
      .references(() => healthCheckHospitals.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => healthCheckPlans.id),
    status: text('status', { enum: settlementStatuses }).notNull().default('computed'),
    input: jsonb('input').$type<Record<string, unknown>>().notNull(),
    netFen: bigint('net_fen', { mode: 'number' }).notNull(),
    caseId: uuid('case_id').references(() => cases.id),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
    computedBy: uuid('computed_by').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('health_check_settlements_key').on(t.hospitalId, t.planId),
    index('health_check_settlements_case_idx').on(t.caseId),
  ],
);
