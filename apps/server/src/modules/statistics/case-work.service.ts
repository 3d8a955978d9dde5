import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import type { CasesService } from '../cases/cases.service.ts';
import { caseStatuses, caseStatusLabels } from '../cases/workflow/case-status.ts';
import { createCaseWorkRepo } from './case-work.repo.ts';
import { resolvePeriod } from './period.ts';

/**
 * The figures of the case work on the home pages: the actor's own queue (what waits for their
 * roles, due soon, overdue), this month's steps, every case by stage, and overdue cases per
 * station. Counts only cases the actor may read; each figure names the list filter behind it.
 */
export function createCaseWorkService(deps: { db: Db; clock: Clock; cases: CasesService }) {
  const repo = createCaseWorkRepo(deps.db);

  return {
    async summary(actor: Actor) {
      const today = deps.clock.today();
      const page = { page: 1, pageSize: 1 };
      const queue = async (flags: { overdue?: boolean; dueSoon?: boolean }) =>
        (await deps.cases.tasks(actor, { ...page, ...flags })).total;
      const month = resolvePeriod({
        kind: 'month',
        year: Number(today.slice(0, 4)),
        index: Number(today.slice(5, 7)),
      });
      const stepped = (column: 'submittedAt' | 'acceptedAt') =>
        repo.steppedIn(actor, column, month.from, month.to);
      // decided and paid are the totals of the case list these figures open
      const listed = async (f: {
        decidedFrom?: string;
        decidedTo?: string;
        paidFrom?: string;
        paidTo?: string;
      }) => (await deps.cases.list(actor, { ...page, ...f })).total;
      // independent counts: run them together (a pool answers them on several connections)
      const [total, dueSoon, overdue, submitted, accepted, decided, paid, statuses, overdueByStation] =
        await Promise.all([
          queue({}),
          queue({ dueSoon: true }),
          queue({ overdue: true }),
          stepped('submittedAt'),
          stepped('acceptedAt'),
          listed({ decidedFrom: month.from, decidedTo: month.to }),
          listed({ paidFrom: month.from, paidTo: month.to }),
          repo.byStatus(actor),
          repo.overdueByStation(actor, today),
        ]);
      const counts = new Map(statuses.map((r) => [r.status, Number(r.n)]));
      return {
        today,
        myQueue: { total, dueSoon, overdue },
        thisMonth: { from: month.from, to: month.to, submitted, accepted, decided, paid },
        byStatus: caseStatuses
          .filter((s) => counts.has(s))
          .map((status) => ({ status, label: caseStatusLabels[status], count: counts.get(status)! })),
        overdueByStation,
      };
    },
  };
}

export type CaseWorkService = ReturnType<typeof createCaseWorkService>;
