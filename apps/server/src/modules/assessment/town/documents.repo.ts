import type { AssessmentPeriod } from '@minsheng/rules/policies/feicheng/town-assessment/plan-scoring.ts';
import { and, desc, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { assessedBelow, officeScope } from './town-assessment.access.ts';
import {
  townAssessmentDocuments as documents,
  townAssessmentPlans as plans,
} from './town-assessment.schema.ts';

const cols = { orgId: documents.orgId, orgPath: documents.orgPath };

/** The bureau reads its documents; a town reads the published ones that assess it. */
const readable = (actor: Actor) =>
  or(officeScope(actor, cols), and(isNotNull(documents.publishedAt), assessedBelow(actor, cols)));

const listColumns = {
  id: documents.id,
  year: documents.year,
  period: documents.period,
  orgId: documents.orgId,
  orgName: organisations.name,
  number: documents.number,
  datedOn: documents.datedOn,
  publishedAt: documents.publishedAt,
  planVersion: plans.version,
};

export function createDocumentsRepo(db: Executor) {
  return {
    list: (actor: Actor, year?: number) =>
      db
        .select(listColumns)
        .from(documents)
        .innerJoin(organisations, eq(organisations.id, documents.orgId))
        .innerJoin(plans, eq(plans.id, documents.planId))
        .where(and(readable(actor), year === undefined ? undefined : eq(documents.year, year)))
        .orderBy(desc(documents.year), desc(documents.period), desc(documents.datedOn)),

    async one(actor: Actor, id: string) {
      const [row] = await db
        .select({
          ...listColumns,
          ranking: documents.ranking,
          indicators: plans.indicators,
          office: sql<boolean>`coalesce(${officeScope(actor, cols)}, false)`,
        })
        .from(documents)
        .innerJoin(organisations, eq(organisations.id, documents.orgId))
        .innerJoin(plans, eq(plans.id, documents.planId))
        .where(and(eq(documents.id, id), readable(actor)));
      return row;
    },

    async find(orgId: number, year: number, period: AssessmentPeriod) {
      const [row] = await db
        .select()
        .from(documents)
        .where(and(eq(documents.orgId, orgId), eq(documents.year, year), eq(documents.period, period)));
      return row;
    },

    async insert(values: typeof documents.$inferInsert) {
      const [row] = await db.insert(documents).values(values).returning({ id: documents.id });
      return row!;
    },

    /** Regenerates an unpublished document in place; false once it was published. */
    async regenerate(id: string, set: Pick<typeof documents.$inferInsert, 'planId' | 'datedOn' | 'ranking'>) {
      const done = await db
        .update(documents)
        .set(set)
        .where(and(eq(documents.id, id), isNull(documents.publishedAt)))
        .returning({ id: documents.id });
      return done.length === 1;
    },

    async publish(id: string, by: string, at: Date) {
      const done = await db
        .update(documents)
        .set({ publishedAt: at, publishedBy: by })
        .where(and(eq(documents.id, id), isNull(documents.publishedAt)))
        .returning({ id: documents.id });
      return done.length === 1;
    },
  };
}
