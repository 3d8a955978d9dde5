import { and, type SQL, sql } from 'drizzle-orm';
import { bureauDayStart } from '../../db/bureau-day.ts';
import { BUREAU_TIME_ZONE } from '../../platform/clock.ts';
import { approvedStatuses } from '../cases/workflow/case-status.ts';
import type { MemberSet } from './indicator-catalogue.ts';
import { isPersonEventSet, type PersonEventSet } from './member-events.ts';
import { c, e, inScope, type MemberQuery, pay, T, ur, zh } from './member-sql.ts';

export type { MemberQuery } from './member-sql.ts';

/**
 * One row per record behind a figure: `key` (person, case or household id), the record's
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

/** The sets counted from their records on every read: households, cases and a stock at a day. */
const liveSelects: Record<Exclude<MemberSet, PersonEventSet>, (q: MemberQuery) => Select> = {
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
  const s = liveSelects[set](q);
  return sql`(select ${s.key} as key, min(${s.on}) as on_date, min(${s.path}) as org_path,
    sum(${s.amount ?? sql`0`})::bigint as amount, min(${s.policy ?? sql`null::text`}) as policy
    from ${s.from} where ${s.where} group by ${s.key})`;
}
