import { and, asc, desc, eq, getTableColumns, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { createOrgsRepo } from '../../../platform/orgs/orgs.repo.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import {
  townAssessmentFigures as figures,
  type SubmissionStatus,
  townAssessmentSubmissions as submissions,
} from './town-assessment.schema.ts';

export type SubmissionRow = typeof submissions.$inferSelect;
export type FigureRow = typeof figures.$inferSelect;

const cols = { orgId: submissions.orgId, orgPath: submissions.orgPath };

/** A town's own submissions (its submitters) and those of the towns the bureau reviews. */
const readable = (actor: Actor): SQL =>
  or(accessFilter(actor, 'assessment:submit', cols), accessFilter(actor, 'assessment:review', cols))!;

export interface SubmissionFilter {
  year?: number | undefined;
  quarter?: number | undefined;
  status?: SubmissionStatus | undefined;
}

export function createSubmissionsRepo(db: Executor) {
  return {
    /** A submission in the actor's scope of `permission` (or readable at all without one). */
    async row(actor: Actor, id: string, permission?: 'assessment:submit' | 'assessment:review') {
      const [row] = await db
        .select({ ...getTableColumns(submissions), townName: organisations.name })
        .from(submissions)
        .innerJoin(organisations, eq(organisations.id, submissions.orgId))
        .where(
          and(eq(submissions.id, id), permission ? accessFilter(actor, permission, cols) : readable(actor)),
        );
      return row;
    },

    list: (actor: Actor, f: SubmissionFilter) =>
      db
        .select({
          id: submissions.id,
          year: submissions.year,
          quarter: submissions.quarter,
          townOrgId: submissions.orgId,
          townName: organisations.name,
          status: submissions.status,
          submittedAt: submissions.submittedAt,
          reviewedAt: submissions.reviewedAt,
        })
        .from(submissions)
        .innerJoin(organisations, eq(organisations.id, submissions.orgId))
        .where(
          and(
            readable(actor),
            f.year === undefined ? undefined : eq(submissions.year, f.year),
            f.quarter === undefined ? undefined : eq(submissions.quarter, f.quarter),
            f.status === undefined ? undefined : eq(submissions.status, f.status),
          ),
        )
        .orderBy(
          desc(submissions.year),
          desc(submissions.quarter),
          asc(organisations.sortOrder),
          asc(organisations.id),
        )
        .limit(500),

    figures: (submissionId: string) =>
      db
        .select()
        .from(figures)
        .where(eq(figures.submissionId, submissionId))
        .orderBy(asc(figures.indicatorCode)),

    /** A town the actor submits for, with its parent (the assessing organisation). */
    submittableTown: (actor: Actor, orgId: number) =>
      createOrgsRepo(db).byIdFor(actor, orgId, ['assessment:submit']),

    async insert(values: typeof submissions.$inferInsert) {
      const [row] = await db.insert(submissions).values(values).returning({ id: submissions.id });
      return row!;
    },

    async replaceFigures(submissionId: string, rows: Omit<typeof figures.$inferInsert, 'submissionId'>[]) {
      await db.delete(figures).where(eq(figures.submissionId, submissionId));
      if (rows.length > 0) await db.insert(figures).values(rows.map((r) => ({ ...r, submissionId })));
    },

    /** Moves a submission from one status to another if nobody changed it meanwhile. */
    async transition(
      id: string,
      version: number,
      from: SubmissionStatus,
      set: Partial<Pick<SubmissionRow, 'status' | 'submittedAt' | 'reviewedAt' | 'reviewedBy'>>,
    ) {
      const done = await db
        .update(submissions)
        .set({ ...set, updatedAt: sql`now()`, version: sql`${submissions.version} + 1` })
        .where(and(eq(submissions.id, id), eq(submissions.version, version), eq(submissions.status, from)))
        .returning({ id: submissions.id });
      return done.length === 1;
    },

    async setAccepted(
      figureId: string,
      accepted: { accepted: number; acceptedDenominator: number | null; adjustReason: string | null },
    ) {
      await db.update(figures).set(accepted).where(eq(figures.id, figureId));
    },

    /** The reviewed figures of an assessing organisation's towns in some quarters of a year. */
    reviewedFigures: (assessingOrgId: number, year: number, quarters: number[]) =>
      db
        .select({
          townOrgId: submissions.orgId,
          quarter: submissions.quarter,
          code: figures.indicatorCode,
          accepted: figures.accepted,
          acceptedDenominator: figures.acceptedDenominator,
        })
        .from(figures)
        .innerJoin(submissions, eq(submissions.id, figures.submissionId))
        .where(
          and(
            eq(submissions.assessingOrgId, assessingOrgId),
            eq(submissions.year, year),
            eq(submissions.status, 'reviewed'),
            inArray(submissions.quarter, quarters),
          ),
        ),
  };
}
