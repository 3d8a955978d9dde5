import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { trainingClasses as tc } from '../classes/classes.schema.ts';
import {
  trainingInstitutionEvaluations as evals,
  type InstitutionStatus,
  trainingInstitutions as ti,
  trainingInstitutionEvents,
} from '../institutions/institutions.schema.ts';
import { reemployed, rowsWithoutJit } from '../outcomes/reemployment.sql.ts';
import { trainingTrainees as tt } from '../trainees/trainees.schema.ts';

export interface LeagueCounts {
  institutionId: string;
  number: string;
  name: string;
  status: InstitutionStatus;
  trained: number;
  passed: number;
  certified: number;
  employed: number;
  planned: number;
  evaluationId: string | null;
  decision: 'keep' | 'rectify' | 'suspend' | 'withdraw' | null;
}

/** Which classes belong to the year: those whose last day falls in it. */
export interface LeagueQuery {
  from: string;
  to: string;
  year: number;
  /** the re-employment window in months */
  months: number;
  /** the institutions the actor may see (trainingReadFilter / accessFilter over `training_institutions`) */
  scope: SQL;
  institutionId?: string | undefined;
}

export function createLeagueRepo(db: Executor) {
  return {
    /**
     * Each institution's year from its own classes: completed trainees, passed, certified,
     * employed after the class (registry evidence within the window), and the planned capacity of
     * its approved classes. Institutions with neither classes nor a current designation are left out.
     */
    counts: (q: LeagueQuery) =>
      rowsWithoutJit<LeagueCounts>(
        db,
        sql`with c as (
            select ${tc.id} as id, ${tc.institutionId} as institution_id, ${tc.capacity} as capacity, ${tc.status} as status
            from ${tc} where ${tc.endsOn} between ${q.from} and ${q.to}
          ), t as (
            select ${tt.personId} as person_id, ${tt.endsOn} as ends_on, ${tt.result} as result,
              ${tt.certificateId} as certificate_id, c.institution_id
            from ${tt} join c on c.id = ${tt.classId} where ${tt.status} = 'completed'
          ), f as (
            select t.institution_id, count(*)::int as trained,
              count(*) filter (where t.result = 'passed')::int as passed,
              count(*) filter (where t.certificate_id is not null)::int as certified,
              count(*) filter (where ${reemployed(q.months)})::int as employed
            from t group by 1
          ), p as (
            select institution_id, sum(capacity)::int as planned from c
            where status in ('approved', 'running', 'closed') group by 1
          )
          select ${ti.id} as "institutionId", ${ti.number} as number, ${ti.name} as name, ${ti.status} as status,
            coalesce(f.trained, 0) as trained, coalesce(f.passed, 0) as passed, coalesce(f.certified, 0) as certified,
            coalesce(f.employed, 0) as employed, coalesce(p.planned, 0) as planned,
            ${evals.id} as "evaluationId", ${evals.decision} as decision
          from ${ti}
          left join f on f.institution_id = ${ti.id}
          left join p on p.institution_id = ${ti.id}
          left join ${evals} on ${evals.institutionId} = ${ti.id} and ${evals.year} = ${q.year}
          where ${q.scope}
            and (f.trained is not null or p.planned is not null or ${ti.status} in ('designated', 'rectifying'))
            ${q.institutionId ? sql`and ${ti.id} = ${q.institutionId}` : sql``}
          order by ${ti.number}`,
      ),

    findInstitution: async (id: string, scope: SQL) =>
      (
        await db
          .select({ id: ti.id, name: ti.name, status: ti.status })
          .from(ti)
          .where(and(eq(ti.id, id), scope))
      )[0],

    findEvaluation: async (institutionId: string, year: number) =>
      (
        await db
          .select()
          .from(evals)
          .where(and(eq(evals.institutionId, institutionId), eq(evals.year, year)))
      )[0],

    insertEvaluation: async (values: typeof evals.$inferInsert) =>
      (await db.insert(evals).values(values).returning())[0]!,

    /** The evaluation in the institution's history (no status change: the status actions are separate). */
    insertEvent: (values: typeof trainingInstitutionEvents.$inferInsert) =>
      db.insert(trainingInstitutionEvents).values(values),
  };
}
