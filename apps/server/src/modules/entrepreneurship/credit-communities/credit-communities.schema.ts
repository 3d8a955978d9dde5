import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
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
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { cases } from '../../cases/cases.schema.ts';
import { publicNotices } from '../../cases/finance/case-finance.schema.ts';
import { scopedRecordColumns } from '../../registry/registry-columns.ts';

/**
 * 信用社区 yearly evaluation (001 篇3 三(二)2) from the community's own loan ledger: the figures are
 * counted from `guaranteed_loans` (never typed), the rule `county-city.credit-community` decides
 * with its reasons, the bureau publishes the list, the reward case (工作经费) is created
 * automatically, and the title is withdrawn when a later evaluation or the rule says so.
 */
export const creditCommunityEvaluations = pgTable(
  'credit_community_evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityOrgId: integer('community_org_id')
      .notNull()
      .references(() => organisations.id),
    year: integer('year').notNull(),
    /** 充分就业社区, as recorded by the bureau for the year */
    fullEmployment: boolean('full_employment').notNull(),
    borrowers: integer('borrowers').notNull(),
    issuedFen: bigint('issued_fen', { mode: 'number' }).notNull(),
    maturedDueFen: bigint('matured_due_fen', { mode: 'number' }).notNull(),
    maturedRecoveredFen: bigint('matured_recovered_fen', { mode: 'number' }).notNull(),
    commitmentsSigned: integer('commitments_signed').notNull(),
    trackingCards: integer('tracking_cards').notNull(),
    badDebtFen: bigint('bad_debt_fen', { mode: 'number' }).notNull().default(0),
    outcome: text('outcome', { enum: ['recognised', 'not_recognised'] }).notNull(),
    reasons: jsonb('reasons').$type<{ met: boolean; text: string; clause?: string }[]>().notNull(),
    rewardFen: bigint('reward_fen', { mode: 'number' }).notNull().default(0),
    status: text('status', { enum: ['evaluated', 'published', 'withdrawn'] })
      .notNull()
      .default('evaluated'),
    noticeId: uuid('notice_id').references(() => publicNotices.id),
    publishedOn: date('published_on'),
    rewardCaseId: uuid('reward_case_id').references(() => cases.id),
    withdrawnOn: date('withdrawn_on'),
    withdrawReason: text('withdraw_reason'),
    evaluatedBy: uuid('evaluated_by'),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }).notNull().defaultNow(),
    ...scopedRecordColumns(),
  },
  (t) => [
    uniqueIndex('credit_community_evaluations_year_uq').on(t.communityOrgId, t.year),
    index('credit_community_evaluations_org_path_idx').on(t.orgPath.op('text_pattern_ops'), t.year),
    check('credit_community_evaluations_recovered', sql`${t.maturedRecoveredFen} <= ${t.maturedDueFen}`),
  ],
);
