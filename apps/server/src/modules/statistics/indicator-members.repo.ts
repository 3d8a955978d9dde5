import { and, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { bureauDayStart } from '../../db/bureau-day.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { accessFilter, type ScopedColumns } from '../../platform/access/scope.ts';
import { BUREAU_TIME_ZONE } from '../../platform/clock.ts';
import { cases } from '../cases/cases.schema.ts';
import { payments } from '../cases/finance/case-finance.schema.ts';
import { approvedStatuses } from '../cases/workflow/case-status.ts';
import { qualificationCertificates } from '../registry/certificates/certificates.schema.ts';
import { labourContracts } from '../registry/contracts/contracts.schema.ts';
import { insuranceContributions } from '../registry/contributions/contributions.schema.ts';
import { zeroEmploymentHouseholds } from '../registry/households/households.schema.ts';
import { persons } from '../registry/persons/persons.schema.ts';
import {
  difficultyDeterminations,
  employmentRegistrations,
  unemploymentRegistrations,
} from '../registry/registrations/registrations.schema.ts';
import type { MemberSet } from './indicator-catalogue.ts';

/** Where and when: the organisation subtree (materialised path) and the period's days. */
export interface MemberQuery {
  actor: Actor;
  orgPath: string;
  from: string;
  to: string;
}

const er = alias(employmentRegistrations, 'er');
const prev = alias(employmentRegistrations, 'prev');
const later = alias(employmentRegistrations, 'later');
const ur = alias(unemploymentRegistrations, 'ur');
const dd = alias(difficultyDeterminations, 'dd');
const lc = alias(labourContracts, 'lc');
const ic = alias(insuranceContributions, 'ic');
const first = alias(insuranceContributions, 'first');
const qc = alias(qualificationCertificates, 'qc');
const zh = alias(zeroEmploymentHouseholds, 'zh');
const p = alias(persons, 'p');
const c = alias(cases, 'c');
const pay = alias(payments, 'pay');

/** The aliased tables as FROM items (`"employment_registrations" as "er"`). */
const T = Object.fromEntries(
  Object.entries({
    er: employmentRegistrations,
    prev: employmentRegistrations,
    later: employmentRegistrations,
    ur: unemploymentRegistrations,
    dd: difficultyDeterminations,
    lc: labourContracts,
    ic: insuranceContributions,
    first: insuranceContributions,
    qc: qualificationCertificates,
    zh: zeroEmploymentHouseholds,
    p: persons,
    c: cases,
    pay: payments,
  }).map(([name, table]) => [name, sql`${table} as ${sql.identifier(name)}`]),
) as Record<
  'er' | 'prev' | 'later' | 'ur' | 'dd' | 'lc' | 'ic' | 'first' | 'qc' | 'zh' | 'p' | 'c' | 'pay',
  SQL
>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * The record is in the requested subtree and in the actor's statistics scope: a figure never
 * counts a row the actor could not list.
 */
const inScope = (q: MemberQuery, cols: ScopedColumns) =>
  and(sql`${cols.orgPath} like ${`${escapeLike(q.orgPath)}%`}`, accessFilter(q.actor, 'stats:read', cols))!;

/**
 * One row per record behind a figure: `key` (person, case or household id), the record's
 * organisation path, its date in the period (`on_date`), an amount (fen) and the case type.
 */
type Select = { from: SQL; where: SQL; key: SQL; path: SQL; on: SQL; amount?: SQL; policy?: SQL };

/** New employment (新就业): a registration started in the period that is no job change. */
const newJobs = (q: MemberQuery, extra: SQL[] = []): Select => ({
  from: sql`${T.er}`,
  key: sql`${er.personId}`,
  path: sql`${er.orgPath}`,
  on: sql`${er.startedOn}`,
  where: and(
    inScope(q, er),
    sql`${er.startedOn} between ${q.from} and ${q.to}`,
    // no earlier registration still open the day before (a job change); a scalar subquery, so
    // each row probes the person's registrations on their index instead of hashing the table
    sql`coalesce((select max(coalesce(${prev.endedOn}, 'infinity'::date)) from ${T.prev}
      where ${prev.personId} = ${er.personId} and ${prev.startedOn} < ${er.startedOn}), '-infinity'::date) < ${er.startedOn} - 1`,
    ...extra,
  )!,
});

const reemployed = (q: MemberQuery, extra: SQL[] = []): Select => ({
  from: sql`${T.ur}`,
  key: sql`${ur.personId}`,
  path: sql`${ur.orgPath}`,
  on: sql`${ur.endedOn}`,
  where: and(
    inScope(q, ur),
    sql`${ur.endedOn} between ${q.from} and ${q.to}`,
    sql`${ur.endReason} = 'employed'`,
    ...extra,
  )!,
});

const certified = (q: MemberQuery, extra: SQL[] = []): Select => ({
  from: sql`${T.qc}`,
  key: sql`${qc.personId}`,
  path: sql`${qc.orgPath}`,
  on: sql`${qc.issuedOn}`,
  where: and(
    inScope(q, qc),
    sql`${qc.obtainedBy} = 'training'`,
    sql`${qc.issuedOn} between ${q.from} and ${q.to}`,
    ...extra,
  )!,
});

/**
 * A paid contribution of the person from the month of `since` to the end of the period: the
 * first paid month since then, probed on the person's paid months (index), is within the period.
 */
const paidSince = (q: MemberQuery, person: SQL, since: SQL) =>
  sql`(select min(${ic.month}) from ${T.ic} where ${ic.personId} = ${person} and ${ic.status} = 'paid'
    and ${ic.month} >= date_trunc('month', ${since})::date) <= ${q.to}`;

const approved = [...approvedStatuses];

const selects: Record<MemberSet, (q: MemberQuery) => Select> = {
  new_jobs: (q) => newJobs(q),
  natural_attrition: (q) => ({
    from: sql`${T.er}`,
    key: sql`${er.personId}`,
    path: sql`${er.orgPath}`,
    on: sql`${er.endedOn}`,
    where: and(
      inScope(q, er),
      sql`${er.endedOn} between ${q.from} and ${q.to}`,
      sql`${er.endReason} = 'retired'`,
    )!,
  }),
  reemployed_unemployed: (q) => reemployed(q),
  new_jobs_with_contract: (q) =>
    newJobs(q, [
      sql`exists (select 1 from ${T.lc} where ${lc.personId} = ${er.personId} and ${lc.startsOn} <= ${q.to}
        and coalesce(${lc.endedOn}, ${lc.endsOn}, 'infinity'::date) >= ${er.startedOn})`,
    ]),
  new_jobs_insured: (q) => newJobs(q, [paidSince(q, sql`${er.personId}`, sql`${er.startedOn}`)]),
  reemployed_insured: (q) => reemployed(q, [paidSince(q, sql`${ur.personId}`, sql`${ur.endedOn}`)]),
  rural_labour_transfer: (q) =>
    newJobs(q, [
      sql`exists (select 1 from ${T.p} where ${p.id} = ${er.personId} and ${p.hukouType} = 'rural')`,
      sql`(${er.endedOn} is null or ${er.endedOn} >= (${er.startedOn} + interval '6 months')::date)`,
    ]),
  insurance_expansion: (q) => ({
    // each person paid in the period once (their earliest month in it), then one probe of their
    // first paid month ever
    from: sql`(select distinct on (${ic.personId}) ${ic.personId}, ${ic.month}, ${ic.orgId}, ${ic.orgPath} from ${T.ic}
      where ${and(
        inScope(q, ic),
        sql`${ic.status} = 'paid'`,
        sql`${ic.month} >= date_trunc('month', ${q.from}::date)::date and ${ic.month} <= ${q.to}`,
      )} order by ${ic.personId}, ${ic.month}) as ${sql.identifier('ic')}`,
    key: sql`${ic.personId}`,
    path: sql`${ic.orgPath}`,
    on: sql`${ic.month}`,
    where: sql`(select min(${first.month}) from ${T.first} where ${first.personId} = ${ic.personId} and ${first.status} = 'paid')
      >= date_trunc('month', ${q.from}::date)::date`,
  }),
  trained_certified: (q) => certified(q),
  trained_certified_employed: (q) =>
    certified(q, [
      sql`exists (select 1 from ${T.later} where ${later.personId} = ${qc.personId} and ${later.startedOn} <= ${q.to}
        and (${later.endedOn} is null or ${later.endedOn} >= ${qc.issuedOn}))`,
    ]),
  difficulty_determined: (q) => ({
    from: sql`${T.dd}`,
    key: sql`${dd.personId}`,
    path: sql`${dd.orgPath}`,
    on: sql`${dd.decidedOn}`,
    where: and(inScope(q, dd), sql`${dd.decidedOn} between ${q.from} and ${q.to}`)!,
  }),
  difficulty_employed: (q) =>
    newJobs(q, [
      sql`exists (select 1 from ${T.dd} where ${dd.personId} = ${er.personId} and ${dd.decidedOn} <= ${er.startedOn}
        and (${dd.exitedOn} is null or ${dd.exitedOn} >= ${er.startedOn}))`,
    ]),
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
 */
export function memberSubquery(set: MemberSet, q: MemberQuery): SQL {
  const s = selects[set](q);
  return sql`(select ${s.key} as key, min(${s.on}) as on_date, min(${s.path}) as org_path,
    sum(${s.amount ?? sql`0`})::bigint as amount, min(${s.policy ?? sql`null::text`}) as policy
    from ${s.from} where ${s.where} group by ${s.key})`;
}
