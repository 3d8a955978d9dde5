import { isRulesError } from '@minsheng/rules/engine/errors.ts';
import { reemploymentWindow } from '@minsheng/rules/programmes/training-quality.ts';
import { and, type SQL, sql } from 'drizzle-orm';
import { bureauDayStart } from '../../db/bureau-day.ts';
import { BUREAU_TIME_ZONE } from '../../platform/clock.ts';
import { approvedStatuses } from '../cases/workflow/case-status.ts';
import {
  type TraineeFigure,
  trainedTrainees,
  traineeFigureFilter,
} from '../training/outcomes/trained.sql.ts';
import type { MemberSet } from './indicator-catalogue.ts';
import { isPersonEventSet, type PersonEventSet } from './member-events.ts';
import { c, e, inScope, type MemberQuery, pay, T, ur, zh } from './member-sql.ts';

export type { MemberQuery } from './member-sql.ts';

/**
 * One row per record behind a figure: `key` (person, case, household or trainee id), the record's
 * organisation path, its date in the period (`on_date`), an amount (fen) and the case type.
 */
type Select = { from: SQL; where: SQL; key: SQL; path: SQL; on: SQL; amount?: SQL; policy?: SQL };

/**
 * A person set read from its member rows, one row per person: the person's first record in the
 * period (none earlier in it), where the set looks up to the period's end that condition holding by
 * then. A person is counted once, at the organisation of that first record. Contribution months
 * count from the period's first month.
 */
function personEvents(set: PersonEventSet, q: MemberQuery): SQL {
  const from =
    set === 'insurance_expansion' ? sql`date_trunc('month', ${q.from}::date)::date` : sql`${q.from}::date`;
  return sql`(select ${e.personId} as key, ${e.onDate} as on_date, ${e.orgPath} as org_path, 0::bigint as amount,
    null::text as policy from ${T.e} where ${and(
      sql`${e.memberSet} = ${set}`,
      sql`${e.onDate} between ${from} and ${q.to}`,
      sql`(${e.priorOn} is null or ${e.priorOn} < ${from})`,
      sql`${e.readyOn} <= ${q.to}`,
      inScope(q, e),
    )})`;
}

const approved = [...approvedStatuses];

/** The trainee sets: each a figure of the training progress, over the same trainee records. */
const traineeSets = {
  training_trained: 'trained',
  training_passed: 'passed',
  training_certified: 'certified',
  training_reemployed: 'reemployed',
} as const satisfies Partial<Record<MemberSet, TraineeFigure>>;
type TraineeSet = keyof typeof traineeSets;
/** Whether a set probes the registry per trainee (its statements run without JIT, as progress's do). */
export const isTraineeSet = (set: MemberSet): set is TraineeSet => set in traineeSets;

/** The re-employment window in force at the period's end (months); none before the plan set one. */
function windowAt(to: string): number | null {
  try {
    return reemploymentWindow(to).months;
  } catch (e) {
    if (isRulesError(e, 'PARAMETER_UNDEFINED')) return null;
    throw e;
  }
}

/**
 * The skills re-employment programme's trainee records behind a training figure, exactly as the
 * training progress counts them (modules/training/outcomes/trained.sql.ts), keyed by trainee.
 */
function trainees(set: TraineeSet, q: MemberQuery): Select {
  const figure = traineeSets[set];
  const months = windowAt(q.to);
  return {
    from: trainedTrainees({ programme: 'skills_reemployment', from: q.from, to: q.to }, (cols) =>
      inScope(q, cols),
    ),
    key: sql`t.id`,
    path: sql`t.org_path`,
    on: sql`t.ends_on`,
    where: months === null && figure === 'reemployed' ? sql`false` : traineeFigureFilter(figure, months ?? 0),
  };
}

/** The other sets counted from their records on every read: households, cases and a stock at a day. */
const liveSelects: Record<Exclude<MemberSet, PersonEventSet | TraineeSet>, (q: MemberQuery) => Select> = {
  zero_households_recognised: (q) => ({
    from: sql`${T.zh}`,
    key: sql`${zh.householdId}`,
    path: sql`${zh.orgPath}`,
    on: sql`${zh.recognisedOn}`,
    where: and(inScope(q, zh), sql`${zh.recognisedOn} between ${q.from} and ${q.to}`)!,
  }),
  zero_households_cleared: (q) => ({
    from: sql`${T.zh}`,
    key: sql`${zh.householdId}`,
    path: sql`${zh.orgPath}`,
    on: sql`${zh.eliminatedOn}`,
    where: and(
      inScope(q, zh),
      sql`${zh.status} = 'eliminated'`,
      sql`${zh.eliminatedOn} between ${q.from} and ${q.to}`,
    )!,
  }),
  registered_unemployed: (q) => ({
    from: sql`${T.ur}`,
    key: sql`${ur.personId}`,
    path: sql`${ur.orgPath}`,
    on: sql`${ur.registeredOn}`,
    where: and(
      inScope(q, ur),
      sql`${ur.registeredOn} <= ${q.to}`,
      sql`(${ur.endedOn} is null or ${ur.endedOn} > ${q.to})`,
    )!,
  }),
  subsidies_approved: (q) => ({
    from: sql`${T.c}`,
    key: sql`${c.id}`,
    path: sql`${c.orgPath}`,
    on: sql`${c.decidedOn}`,
    amount: sql`coalesce(${c.approvedAmountFen}, 0)`,
    policy: sql`${c.caseTypeId}`,
    where: and(
      inScope(q, c),
      sql`${c.decidedOn} between ${q.from} and ${q.to}`,
      sql`${c.status} in (${sql.join(
        approved.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    )!,
  }),
  subsidies_paid: (q) => ({
    from: sql`${T.pay} join ${T.c} on ${c.id} = ${pay.caseId}`,
    key: sql`${c.id}`,
    path: sql`${c.orgPath}`,
    on: sql`(${pay.paidAt} at time zone ${BUREAU_TIME_ZONE})::date`,
    amount: sql`${pay.amountFen}`,
    policy: sql`${c.caseTypeId}`,
    where: and(
      inScope(q, c),
      sql`${pay.status} in ('paid', 'reconciled')`,
      sql`${pay.paidAt} >= ${bureauDayStart(q.from)} and ${pay.paidAt} < ${bureauDayStart(q.to)} + interval '1 day'`,
    )!,
  }),
};

/**
 * The member set as a subquery with one row per distinct key: `key`, `org_path`, `on_date` (the
 * earliest in the period), `amount` (summed, fen) and `policy`. Counts, breakdowns and the
 * drill-down all read this one subquery, so a figure and the list behind it cannot disagree.
 * Person sets read `statistics_member_events` (refresh them first: `refreshMemberEvents`).
 */
export function memberSubquery(set: MemberSet, q: MemberQuery): SQL {
  if (isPersonEventSet(set)) return personEvents(set, q);
  const s = isTraineeSet(set) ? trainees(set, q) : liveSelects[set](q);
  return sql`(select ${s.key} as key, min(${s.on}) as on_date, min(${s.path}) as org_path,
    sum(${s.amount ?? sql`0`})::bigint as amount, min(${s.policy ?? sql`null::text`}) as policy
    from ${s.from} where ${s.where} group by ${s.key})`;
}
