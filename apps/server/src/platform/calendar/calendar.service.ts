import type { CalendarYearData, WorkCalendar } from '@minsheng/rules/engine/calendar.ts';
import { calendarYearProblems } from '@minsheng/rules/engine/calendar-year-check.ts';
import type { IsoDate } from '@minsheng/rules/engine/dates.ts';
import { explainAddWorkingDays, explainPeriodEnd } from '@minsheng/rules/engine/working-days-explained.ts';
import type { Db, Executor } from '../../db/client.ts';
import { type Actor, hasPermission } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Clock } from '../clock.ts';
import { conflict, DomainError, forbidden, invalid, notFound } from '../errors.ts';
import type { CalendarSource } from './calendar-source.ts';
import { type CalendarYearRow, createCalendarYearsRepo } from './calendar-years.repo.ts';
import { enteredYearData, mergedCalendar } from './merged-calendar.ts';

export interface DayEntry {
  date: string;
  name: string;
}

export interface EnterYearInput {
  /** the State Council notice, e.g. 国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕12号） */
  sourceDoc: string;
  holidays: DayEntry[];
  workdays: DayEntry[];
  /** required to replace a year the packaged data already has */
  replacePackaged?: boolean | undefined;
  /** the entered year's version, required to replace an entered year */
  version?: number | undefined;
}

/** A provisional due date counted again once its year was entered. */
export interface RecountedDeadline {
  caseId: string;
  number: string;
  step: string;
  before: string;
  after: string;
  /** years still without a schedule (the count went through several) */
  provisionalYears: number[];
}

/** A frozen evaluation whose deadlines were counted on a provisional calendar: a reviewer re-checks it. */
export interface EvaluationToRecheck {
  caseId: string;
  number: string;
  caseTypeName: string;
  status: string;
  version: number;
  evaluatedOn: string | null;
  years: number[];
  /** the reviewer's decision on the provisional-calendar check so far */
  checkStatus: string;
  /** every one of `years` is in the calendar now */
  yearsCovered: boolean;
}

/** What the cases domain does when a year is entered, inside the entering transaction. */
export interface YearEnteredFollowUp {
  recount(tx: Executor, actor: Actor, year: number, calendar: WorkCalendar): Promise<RecountedDeadline[]>;
  toRecheck(actor: Actor, year: number): Promise<EvaluationToRecheck[]>;
}

const entries = (days: Record<string, string>): DayEntry[] =>
  Object.entries(days)
    .map(([date, name]) => ({ date, name }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));

/** Dates given twice in one list are an input error, not a silent last-one-wins. */
function asRecord(list: readonly DayEntry[], kind: string, problems: string[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (const { date, name } of list) {
    if (date in record) problems.push(`${kind} ${date} 重复填写`);
    record[date] = name.trim();
  }
  return record;
}

export function createCalendarService(deps: {
  db: Db;
  clock: Clock;
  calendar: CalendarSource;
  /** the years shipped with the rules package */
  packagedYears: readonly CalendarYearData[];
  followUp: YearEnteredFollowUp;
}) {
  const { db } = deps;
  const packaged = new Map(deps.packagedYears.map((y) => [y.year, y]));

  function summary(year: number, row: CalendarYearRow | undefined) {
    const data = row ? enteredYearData(row) : packaged.get(year)!;
    return {
      year,
      source: row ? ('entered' as const) : ('packaged' as const),
      sourceDoc: data.source ?? null,
      packaged: packaged.has(year),
      enteredByName: row?.enteredByName ?? null,
      enteredAt: row?.enteredAt.toISOString() ?? null,
      version: row?.version ?? null,
      holidayCount: Object.keys(data.holidays).length,
      workdayCount: Object.keys(data.workdays).length,
    };
  }

  function detail(year: number, row: CalendarYearRow | undefined) {
    const data = row ?? packaged.get(year);
    if (!data) throw notFound(`${year} 年节假日安排`);
    return { ...summary(year, row), holidays: entries(data.holidays), workdays: entries(data.workdays) };
  }

  return {
    async years() {
      const entered = new Map((await createCalendarYearsRepo(db).all()).map((r) => [r.year, r]));
      const years = [...new Set([...packaged.keys(), ...entered.keys()])].sort((a, b) => b - a);
      return { today: deps.clock.today(), years: years.map((y) => summary(y, entered.get(y))) };
    },

    year: async (year: number) => detail(year, await createCalendarYearsRepo(db).byYear(year)),

    /**
     * Enters (or replaces) a year's official schedule, audited; in the same transaction the due
     * dates of open cases counted provisionally through that year are counted again. Answers the
     * year, the recounted due dates and the evaluations a reviewer should re-check (重新核验).
     */
    async enter(actor: Actor, year: number, input: EnterYearInput) {
      if (!hasPermission(actor, 'calendar:write')) throw forbidden();
      const problems: string[] = [];
      const data: CalendarYearData = {
        year,
        holidays: asRecord(input.holidays, '节假日', problems),
        workdays: asRecord(input.workdays, '调休上班日', problems),
      };
      problems.push(...calendarYearProblems(data));
      if (problems.length > 0) {
        throw invalid(
          `${year} 年节假日安排有误：${problems.join('；')}`,
          problems.map((message) => ({ path: 'holidays', message })),
        );
      }
      if (packaged.has(year) && !input.replacePackaged) {
        throw conflict(`${year} 年已有内置的节假日安排；确需以录入的安排替换时，请勾选“替换内置安排”`);
      }
      const sourceDoc = input.sourceDoc.trim();
      const { saved, recounted } = await db.transaction(async (tx) => {
        const repo = createCalendarYearsRepo(tx);
        const before = await repo.byYear(year);
        const row = {
          year,
          sourceDoc,
          holidays: data.holidays,
          workdays: data.workdays,
          replacesPackaged: packaged.has(year),
          enteredBy: actor.userId,
          enteredByName: actor.displayName,
          enteredAt: deps.clock.now(),
        };
        const stale = new DomainError('STALE', `${year} 年的安排已被他人修改，请刷新后重试`);
        if (before && input.version !== before.version) throw stale;
        const saved = before ? await repo.replace(row, before.version) : await repo.insert(row);
        if (!saved) throw stale;
        await recordAudit(tx, actor, {
          action: before ? 'calendar.replace_year' : 'calendar.enter_year',
          targetType: 'calendar_year',
          targetId: year,
          detail: {
            sourceDoc,
            replacesPackaged: row.replacesPackaged,
            before: before
              ? { sourceDoc: before.sourceDoc, holidays: before.holidays, workdays: before.workdays }
              : null,
            after: { holidays: data.holidays, workdays: data.workdays },
          },
        });
        const calendar = mergedCalendar(deps.packagedYears, await repo.all());
        return { saved, recounted: await deps.followUp.recount(tx, actor, year, calendar) };
      });
      await deps.calendar.refresh?.();
      return {
        ...detail(year, saved),
        recounted,
        toRecheck: await deps.followUp.toRecheck(actor, year),
      };
    },

    /** The n-th working day after `start`, with the days skipped and the years counted provisionally. */
    addWorkingDays: (start: IsoDate, n: number) => explainAddWorkingDays(deps.calendar.current(), start, n),

    /** The end of a period of `days` days from `start` (Civil Code rules), with the postponement. */
    periodEnd: (start: IsoDate, days: number) => explainPeriodEnd(deps.calendar.current(), start, days),
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
