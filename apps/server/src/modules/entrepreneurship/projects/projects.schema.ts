import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { scopedRecordColumns } from '../../registry/registry-columns.ts';
import { entrepreneurshipExperts } from '../experts/experts.schema.ts';

/** Where a project came from (000 第五篇 三(十一)): 政府开发, 社会征集, 个人提供, 有偿设计. */
export const projectSources = ['government', 'public_call', 'individual', 'commissioned'] as const;

export const projectStatuses = [
  'collected', // 已收集，待论证
  'feasible', // 论证可行
  'unfeasible', // 论证不可行
  'published', // 已发布入库
  'withdrawn', // 已下架
] as const;

/** 创业项目库: a project collected, reviewed by an expert for feasibility, published, recommended. */
export const entrepreneurshipProjects = pgTable(
  'entrepreneurship_projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** XM-2026-0001 */
    number: text('number').notNull().unique(),
    name: text('name').notNull(),
    sector: text('sector').notNull(),
    source: text('source', { enum: projectSources }).notNull(),
    summary: text('summary').notNull(),
    investmentFen: bigint('investment_fen', { mode: 'number' }).notNull(),
    expectedJobs: integer('expected_jobs').notNull(),
    status: text('status', { enum: projectStatuses }).notNull().default('collected'),
    reviewExpertId: uuid('review_expert_id').references(() => entrepreneurshipExperts.id),
    reviewOpinion: text('review_opinion'),
    reviewedOn: date('reviewed_on'),
    publishedOn: date('published_on'),
    ...scopedRecordColumns(),
  },
  (t) => [
    index('entrepreneurship_projects_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    index('entrepreneurship_projects_status_idx').on(t.status),
    check('entrepreneurship_projects_investment', sql`${t.investmentFen} >= 0`),
    check('entrepreneurship_projects_jobs', sql`${t.expectedJobs} BETWEEN 0 AND 100000`),
  ],
);
