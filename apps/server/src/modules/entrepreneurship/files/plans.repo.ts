import { and, asc, desc, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { entrepreneurshipExperts as experts } from '../experts/experts.schema.ts';
import {
  entrepreneurshipFiles as files,
  entrepreneurshipBusinessPlans as plans,
  entrepreneurshipPlanReviews as reviews,
} from './files.schema.ts';

export type PlanRow = typeof plans.$inferSelect;

export function createPlansRepo(db: Executor) {
  const reviewCols = {
    id: reviews.id,
    planId: reviews.planId,
    expertId: reviews.expertId,
    expertName: experts.name,
    assignedOn: reviews.assignedOn,
    feasible: reviews.feasible,
    score: reviews.score,
    opinion: reviews.opinion,
    reviewedOn: reviews.reviewedOn,
  };
  return {
    plansOfFile: (fileId: string) =>
      db
        .select()
        .from(plans)
        .where(eq(plans.fileId, fileId))
        .orderBy(desc(plans.submittedOn), desc(plans.createdAt)),
    find: async (id: string) => (await db.select().from(plans).where(eq(plans.id, id)))[0],
    insert: async (values: typeof plans.$inferInsert) =>
      (await db.insert(plans).values(values).returning())[0]!,
    setDecision: (id: string, values: { status: PlanRow['status']; decidedOn: string | null }) =>
      db
        .update(plans)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(plans.id, id)),
    reviewsOf: (planIds: string[]) =>
      planIds.length === 0
        ? Promise.resolve([])
        : db
            .select(reviewCols)
            .from(reviews)
            .innerJoin(experts, eq(experts.id, reviews.expertId))
            .where(inArray(reviews.planId, planIds))
            .orderBy(asc(reviews.assignedOn), asc(experts.name)),
    assign: (values: (typeof reviews.$inferInsert)[]) =>
      db.insert(reviews).values(values).onConflictDoNothing().returning({ expertId: reviews.expertId }),
    review: (planId: string, expertId: string) =>
      db
        .select()
        .from(reviews)
        .where(and(eq(reviews.planId, planId), eq(reviews.expertId, expertId))),
    answer: (id: string, values: Partial<typeof reviews.$inferInsert>) =>
      db.update(reviews).set(values).where(eq(reviews.id, id)),

    /** The plans assigned to one expert, with the trainee's name only (no ID number). */
    assignedTo: (expertId: string, where?: SQL) =>
      db
        .select({
          reviewId: reviews.id,
          planId: plans.id,
          fileNumber: files.number,
          traineeName: persons.name,
          title: plans.title,
          sector: plans.sector,
          industry: plans.industry,
          serviceSector: plans.serviceSector,
          investmentFen: plans.investmentFen,
          plannedJobs: plans.plannedJobs,
          summary: plans.summary,
          submittedOn: plans.submittedOn,
          status: plans.status,
          assignedOn: reviews.assignedOn,
          feasible: reviews.feasible,
          score: reviews.score,
          opinion: reviews.opinion,
          reviewedOn: reviews.reviewedOn,
        })
        .from(reviews)
        .innerJoin(plans, eq(plans.id, reviews.planId))
        .innerJoin(files, eq(files.id, plans.fileId))
        .innerJoin(persons, eq(persons.id, files.personId))
        .where(and(eq(reviews.expertId, expertId), where))
        .orderBy(desc(reviews.assignedOn), asc(files.number))
        .limit(500),

    /** The persons' files whose latest plan is approved (for the SYB subsidy roster). */
    async approvedPersons(personIds: string[]) {
      if (personIds.length === 0) return new Set<string>();
      const rows = await db
        .select({ personId: files.personId })
        .from(plans)
        .innerJoin(files, eq(files.id, plans.fileId))
        .where(
          and(inArray(files.personId, personIds), eq(plans.status, 'approved'), isNotNull(plans.decidedOn)),
        );
      return new Set(rows.map((r) => r.personId));
    },
  };
}
