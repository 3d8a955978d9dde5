import { and, asc, eq, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { caseScope } from '../cases.repo.ts';
import { cases, caseTypes } from '../cases.schema.ts';
import { finalStatuses } from '../workflow/case-lifecycle.ts';
import { provisionalDeadlines } from './provisional-deadlines.schema.ts';

export type ProvisionalDeadlineRow = typeof provisionalDeadlines.$inferSelect;
export type NewProvisionalDeadline = typeof provisionalDeadlines.$inferInsert;

/** Open cases the actor reads as a case officer, or sees as the calendar's administrator. */
const visibleOpenCases = (actor: Actor): SQL =>
  and(
    notInArray(cases.status, [...finalStatuses]),
    or(caseScope(actor, 'case:read'), caseScope(actor, 'calendar:write')),
  )!;

const caseColumns = {
  caseId: cases.id,
  number: cases.number,
  caseTypeName: caseTypes.name,
  status: cases.status,
};

export function createProvisionalDeadlinesRepo(db: Executor) {
  return {
    /** Replaces the case's record: its current due date is provisional (`row`) or not (null). */
    async replace(caseId: string, row: Omit<NewProvisionalDeadline, 'caseId'> | null) {
      await db.delete(provisionalDeadlines).where(eq(provisionalDeadlines.caseId, caseId));
      if (row) await db.insert(provisionalDeadlines).values({ caseId, ...row });
    },

    /** Provisional due dates of open cases counted through `year`, locked for the recount. */
    forYear: (year: number) =>
      db
        .select({ deadline: provisionalDeadlines, number: cases.number, caseDueOn: cases.dueOn })
        .from(provisionalDeadlines)
        .innerJoin(cases, eq(cases.id, provisionalDeadlines.caseId))
        .where(
          and(
            sql`${year} = any(${provisionalDeadlines.years})`,
            notInArray(cases.status, [...finalStatuses]),
          ),
        )
        .orderBy(asc(provisionalDeadlines.dueOn), asc(cases.number))
        .for('update', { of: provisionalDeadlines }),

    /** Moves a case's due date (and that step's entry in `due_dates`) without taking its version. */
    async moveCaseDue(caseId: string, step: string, from: string, to: string) {
      await db
        .update(cases)
        .set({
          dueOn: to,
          dueDates: sql`${cases.dueDates} || jsonb_build_object(${step}::text, ${to}::text)`,
          ...(step === 'application' ? { applicationDeadline: to } : {}),
          updatedAt: new Date(),
        })
        .where(and(eq(cases.id, caseId), eq(cases.dueOn, from)));
    },

    update: (caseId: string, patch: Partial<NewProvisionalDeadline>) =>
      db.update(provisionalDeadlines).set(patch).where(eq(provisionalDeadlines.caseId, caseId)),

    remove: (caseId: string) =>
      db.delete(provisionalDeadlines).where(eq(provisionalDeadlines.caseId, caseId)),

    /** The provisional due dates of open cases the actor may see, soonest first. */
    visible: (actor: Actor) =>
      db
        .select({
          ...caseColumns,
          step: provisionalDeadlines.step,
          dueOn: provisionalDeadlines.dueOn,
          years: provisionalDeadlines.years,
        })
        .from(provisionalDeadlines)
        .innerJoin(cases, eq(cases.id, provisionalDeadlines.caseId))
        .innerJoin(caseTypes, eq(caseTypes.id, cases.caseTypeId))
        .where(visibleOpenCases(actor))
        .orderBy(asc(provisionalDeadlines.dueOn), asc(cases.number))
        .limit(500),

    /** Open cases the actor may see whose frozen evaluation carries the provisional-calendar check. */
    evaluationsOnProvisionalCalendar: (actor: Actor, checkId: string) =>
      db
        .select({
          ...caseColumns,
          version: cases.version,
          evaluatedOn: cases.evaluatedOn,
          checks: sql<
            { id: string; status: string; years?: number[]; label: string }[]
          >`${cases.frozenEvaluation} -> 'checks'`,
        })
        .from(cases)
        .innerJoin(caseTypes, eq(caseTypes.id, cases.caseTypeId))
        .where(
          and(
            visibleOpenCases(actor),
            sql`${cases.frozenEvaluation} -> 'checks' @> ${JSON.stringify([{ id: checkId }])}::jsonb`,
          ),
        )
        .orderBy(asc(cases.number))
        .limit(500),
  };
}
