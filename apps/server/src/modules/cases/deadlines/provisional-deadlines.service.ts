import { trackMissingYears, type WorkCalendar } from '@minsheng/rules/engine/calendar.ts';
import { PROVISIONAL_CALENDAR_CHECK } from '@minsheng/rules/engine/evaluate.ts';
import type { Db, Executor } from '../../../db/client.ts';
import { type Actor, hasPermission, systemActor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type {
  EvaluationToRecheck,
  RecountedDeadline,
  YearEnteredFollowUp,
} from '../../../platform/calendar/calendar.service.ts';
import type { CalendarSource } from '../../../platform/calendar/calendar-source.ts';
import { forbidden } from '../../../platform/errors.ts';
import { type DueLimit, limitDueDate } from './case-due-dates.ts';
import { createProvisionalDeadlinesRepo } from './provisional-deadlines.repo.ts';

/** A due date just stored on a case, with what it was counted from. */
export interface StoredDue {
  step: string;
  startOn: string;
  limit: DueLimit | null;
  dueOn: string | null;
}

/**
 * Records whether the case's current due date was counted on weekends alone for a year the
 * calendar has no schedule for (`provisionalYears`), replacing what was recorded for its previous
 * due date. Call it in the transaction that stores the due date.
 */
export async function noteDueDate(
  tx: Executor,
  caseId: string,
  due: StoredDue | null,
  provisionalYears: readonly number[],
) {
  const { limit, dueOn } = due ?? {};
  const provisional =
    due && limit && dueOn && limit.unit !== 'day_of_month' && provisionalYears.length > 0
      ? {
          step: due.step,
          startOn: due.startOn,
          unit: limit.unit,
          amount: limit.amount,
          holidayPostponement: limit.holidayPostponement,
          dueOn,
          years: [...provisionalYears],
        }
      : null;
  await createProvisionalDeadlinesRepo(tx).replace(caseId, provisional);
}

/**
 * "以下期限按暂定日历计算": the provisional due dates of open cases and the frozen evaluations
 * whose deadlines were counted on weekends alone; and the recount once a year is entered.
 */
export function createProvisionalDeadlinesService(deps: { db: Db; calendar: CalendarSource }) {
  const repo = createProvisionalDeadlinesRepo(deps.db);

  async function evaluations(actor: Actor, year?: number): Promise<EvaluationToRecheck[]> {
    const calendar = deps.calendar.current();
    const rows = await repo.evaluationsOnProvisionalCalendar(actor, PROVISIONAL_CALENDAR_CHECK);
    return rows.flatMap(({ checks, ...row }) => {
      const check = checks.find((c) => c.id === PROVISIONAL_CALENDAR_CHECK)!;
      // Evaluations frozen before checks carried their years name them in the label only.
      const years = check.years ?? (check.label.match(/\d{4}/g) ?? []).map(Number);
      if (year !== undefined && !years.includes(year)) return [];
      return [
        {
          ...row,
          years,
          checkStatus: check.status,
          yearsCovered: years.every((y) => calendar.coversYear(y)),
        },
      ];
    });
  }

  const follow: YearEnteredFollowUp = {
    async recount(tx: Executor, actor: Actor, year: number, calendar: WorkCalendar) {
      const txRepo = createProvisionalDeadlinesRepo(tx);
      const recounted: RecountedDeadline[] = [];
      for (const { deadline: d, number } of await txRepo.forYear(year)) {
        const { calendar: cal, provisionalYears } = trackMissingYears(calendar);
        const after = limitDueDate(d, d.startOn, cal);
        const years = provisionalYears();
        if (after !== d.dueOn) await txRepo.moveCaseDue(d.caseId, d.step, d.dueOn, after);
        if (years.length === 0) await txRepo.remove(d.caseId);
        else await txRepo.update(d.caseId, { dueOn: after, years });
        recounted.push({
          caseId: d.caseId,
          number,
          step: d.step,
          before: d.dueOn,
          after,
          provisionalYears: years,
        });
      }
      if (recounted.length > 0) {
        await recordAudit(tx, systemActor(actor.orgId, actor.orgPath), {
          action: 'calendar.recount_due_dates',
          targetType: 'calendar_year',
          targetId: year,
          detail: {
            enteredBy: actor.username,
            cases: recounted.map(({ number, step, before, after }) => ({ number, step, before, after })),
          },
        });
      }
      return recounted;
    },
    toRecheck: (actor: Actor, year: number) => evaluations(actor, year),
  };

  return {
    ...follow,

    /** What was counted provisionally, as far as the actor may see: due dates and evaluations. */
    async list(actor: Actor) {
      if (!hasPermission(actor, 'case:read') && !hasPermission(actor, 'calendar:write')) throw forbidden();
      return { deadlines: await repo.visible(actor), evaluations: await evaluations(actor) };
    },
  };
}

export type ProvisionalDeadlinesService = ReturnType<typeof createProvisionalDeadlinesService>;
