import { and, count, eq, lt, sql } from 'drizzle-orm';
import { bureauDayStart } from '../../db/bureau-day.ts';
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { organisations } from '../../platform/orgs/orgs.schema.ts';
import { caseScope } from '../cases/cases.repo.ts';
import { cases } from '../cases/cases.schema.ts';
import type { CaseStatus } from '../cases/workflow/case-status.ts';

/** Counts of the cases an actor may read: by status, by month's step, overdue by station. */
export function createCaseWorkRepo(db: Executor) {
  const scope = (actor: Actor) => caseScope(actor, 'case:read');

  return {
    async byStatus(actor: Actor) {
      const rows = await db
        .select({ status: cases.status, n: count() })
        .from(cases)
        .where(scope(actor))
        .groupBy(cases.status);
      return rows as { status: CaseStatus; n: number }[];
    },

    /** Cases whose step timestamp falls in [from, to] (bureau days). */
    async steppedIn(actor: Actor, column: 'submittedAt' | 'acceptedAt', from: string, to: string) {
      const col = cases[column];
      const [row] = await db
        .select({ n: count() })
        .from(cases)
        .where(
          and(
            scope(actor),
            sql`${col} >= ${bureauDayStart(from)} and ${col} < ${bureauDayStart(to)} + interval '1 day'`,
          ),
        );
      return Number(row?.n ?? 0);
    },

    /**
     * Overdue cases (due date before today) per station: the street/town organisation above the
     * case. Counted per organisation path first, so the path match against the stations runs over
     * a few hundred paths instead of every overdue case.
     */
    async overdueByStation(actor: Actor, today: string) {
      const perPath = db
        .select({ orgPath: cases.orgPath, n: count().as('n') })
        .from(cases)
        .where(and(scope(actor), lt(cases.dueOn, today)))
        .groupBy(cases.orgPath)
        .as('per_path');
      const rows = await db
        .select({ id: organisations.id, name: organisations.name, n: sql<number>`sum(${perPath.n})::int` })
        .from(perPath)
        .innerJoin(
          organisations,
          and(eq(organisations.level, 'street'), sql`${perPath.orgPath} like ${organisations.path} || '%'`),
        )
        .groupBy(organisations.id, organisations.name)
        .orderBy(sql`3 desc`, organisations.id);
      return rows.map((r) => ({ org: { id: r.id, name: r.name }, count: Number(r.n) }));
    },
  };
}
