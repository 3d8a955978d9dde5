import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { employers } from '../../registry/employers/employers.schema.ts';
import { entrepreneurshipBusinesses as businesses } from '../businesses/businesses.schema.ts';
import { entrepreneurshipExperts as experts } from '../experts/experts.schema.ts';
import { incubationBases, incubationResidents } from '../incubation/incubation.schema.ts';
import { guaranteedLoanEvents as loanEvents, guaranteedLoans as loans } from '../loans/loans.schema.ts';
import { entrepreneurshipProjects as projects } from '../projects/projects.schema.ts';
import {
  entrepreneurshipFollowUps as followUps,
  entrepreneurshipInternships as internships,
  entrepreneurshipProjectLinks as links,
  entrepreneurshipPlanReviews as planReviews,
  entrepreneurshipBusinessPlans as plans,
  entrepreneurshipExpertRatings as ratings,
} from './files.schema.ts';

/** The records a file gathers (its own and, read-only, the person's loans and businesses). */
export function createFileRecordsRepo(db: Executor) {
  return {
    followUps: (fileId: string) =>
      db
        .select({
          id: followUps.id,
          onDate: followUps.onDate,
          kind: followUps.kind,
          expertId: followUps.expertId,
          expertName: experts.name,
          businessState: followUps.businessState,
          note: followUps.note,
        })
        .from(followUps)
        .leftJoin(experts, eq(experts.id, followUps.expertId))
        .where(eq(followUps.fileId, fileId))
        .orderBy(asc(followUps.onDate)),
    addFollowUp: (values: typeof followUps.$inferInsert) => db.insert(followUps).values(values).returning(),

    internships: (fileId: string) =>
      db
        .select({
          id: internships.id,
          hostName: internships.hostName,
          employerId: internships.employerId,
          employerName: employers.name,
          startsOn: internships.startsOn,
          endsOn: internships.endsOn,
          note: internships.note,
        })
        .from(internships)
        .leftJoin(employers, eq(employers.id, internships.employerId))
        .where(eq(internships.fileId, fileId))
        .orderBy(asc(internships.startsOn)),
    addInternship: (values: typeof internships.$inferInsert) =>
      db.insert(internships).values(values).returning(),

    ratings: (fileId: string) =>
      db
        .select({
          id: ratings.id,
          expertId: ratings.expertId,
          expertName: experts.name,
          score: ratings.score,
          comment: ratings.comment,
          ratedOn: ratings.ratedOn,
        })
        .from(ratings)
        .innerJoin(experts, eq(experts.id, ratings.expertId))
        .where(eq(ratings.fileId, fileId))
        .orderBy(asc(ratings.ratedOn)),
    /** whether the expert reviewed one of the file's plans or took part in a follow-up */
    async expertServed(fileId: string, expertId: string) {
      const reviewed = await db
        .select({ id: planReviews.id })
        .from(planReviews)
        .innerJoin(plans, eq(plans.id, planReviews.planId))
        .where(and(eq(plans.fileId, fileId), eq(planReviews.expertId, expertId)))
        .limit(1);
      if (reviewed.length > 0) return true;
      const guided = await db
        .select({ id: followUps.id })
        .from(followUps)
        .where(and(eq(followUps.fileId, fileId), eq(followUps.expertId, expertId)))
        .limit(1);
      return guided.length > 0;
    },
    addRating: (values: typeof ratings.$inferInsert) =>
      db.insert(ratings).values(values).onConflictDoNothing().returning({ id: ratings.id }),

    projectLinks: (fileId: string) =>
      db
        .select({
          id: links.id,
          projectId: links.projectId,
          projectNumber: projects.number,
          projectName: projects.name,
          status: links.status,
          recommendedOn: links.recommendedOn,
          takenOn: links.takenOn,
        })
        .from(links)
        .innerJoin(projects, eq(projects.id, links.projectId))
        .where(eq(links.fileId, fileId))
        .orderBy(asc(links.recommendedOn)),

    /** The person's guaranteed loans, straight from the loans table (built by another module). */
    loans: (personId: string) =>
      db
        .select({
          id: loans.id,
          number: loans.number,
          status: loans.status,
          principalFen: loans.principalFen,
          requestedFen: loans.requestedFen,
          disbursedOn: loans.disbursedOn,
          maturesOn: loans.maturesOn,
          appliedOn: loans.appliedOn,
        })
        .from(loans)
        .where(eq(loans.personId, personId))
        .orderBy(asc(loans.appliedOn)),

    /** The events of the person's guaranteed loans (their timeline entries). */
    loanEvents: (personId: string) =>
      db
        .select({
          loanId: loanEvents.loanId,
          action: loanEvents.action,
          toStatus: loanEvents.toStatus,
          onDate: loanEvents.onDate,
          amountFen: loanEvents.amountFen,
          reason: loanEvents.reason,
          detail: loanEvents.detail,
          at: loanEvents.at,
        })
        .from(loanEvents)
        .innerJoin(loans, eq(loans.id, loanEvents.loanId))
        .where(eq(loans.personId, personId)),

    /** The businesses opened under this file, straight from the businesses table. */
    businesses: (fileId: string) =>
      db
        .select({
          id: businesses.id,
          name: businesses.name,
          kind: businesses.kind,
          creditCode: businesses.creditCode,
          openedOn: businesses.openedOn,
          closedOn: businesses.closedOn,
        })
        .from(businesses)
        .where(eq(businesses.fileId, fileId))
        .orderBy(asc(businesses.openedOn)),

    residencies: (fileId: string) =>
      db
        .select({
          baseName: incubationBases.name,
          enteredOn: incubationResidents.enteredOn,
          exitedOn: incubationResidents.exitedOn,
          exitReason: incubationResidents.exitReason,
        })
        .from(incubationResidents)
        .innerJoin(incubationBases, eq(incubationBases.id, incubationResidents.baseId))
        .where(eq(incubationResidents.fileId, fileId))
        .orderBy(asc(incubationResidents.enteredOn)),
  };
}
