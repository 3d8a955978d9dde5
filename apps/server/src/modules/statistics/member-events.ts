import { and, type SQL, sql } from 'drizzle-orm';
import { type Db, type Executor, queryRows } from '../../db/client.ts';
import type { MemberSet } from './indicator-catalogue.ts';
import { dd, er, ic, lc, p, prev, T, ur } from './member-sql.ts';

/** The member sets of persons kept in `statistics_member_events`. */
export const personEventSets = [
  'new_jobs',
  'natural_attrition',
  'reemployed_unemployed',
  'new_jobs_with_contract',
  'new_jobs_insured',
  'reemployed_insured',
  'rural_labour_transfer',
  'insurance_expansion',
  'difficulty_determined',
  'difficulty_employed',
] as const satisfies readonly MemberSet[];
export type PersonEventSet = (typeof personEventSets)[number];
export const isPersonEventSet = (set: MemberSet): set is PersonEventSet =>
  (personEventSets as readonly MemberSet[]).includes(set);

/**
 * One member record: the person, the record's organisation, its date (`on`) and, where the set
 * also asks for something up to the period's end, the first day it holds (`ready`, null: never).
 * `ready` never falls as `on` rises for one person (the earlier record's condition holds no later:
 * a contract not ended by an earlier start, a first paid month since an earlier month), so a
 * person's first row in a period is ready whenever a later one is, and counting each person at
 * their first row (`prior_on`) equals counting the distinct persons.
 */
interface EventSelect {
  /** The rows, or a function of the persons to compute when the filter must sit inside a subquery. */
  from: SQL | ((persons: SQL) => SQL);
  where: SQL;
  person: SQL;
  orgId: SQL;
  orgPath: SQL;
  on: SQL;
  ready?: SQL;
}

/**
 * New employment (新就业): a registration that is no job change — no earlier registration of the
 * person was still open the day before it started.
 */
const newJobs = (extra: SQL[] = [], ready?: SQL): EventSelect => ({
  from: T.er,
  person: sql`${er.personId}`,
  orgId: sql`${er.orgId}`,
  orgPath: sql`${er.orgPath}`,
  on: sql`${er.startedOn}`,
  ...(ready ? { ready } : {}),
  where: and(
    sql`coalesce((select max(coalesce(${prev.endedOn}, 'infinity'::date)) from ${T.prev}
      where ${prev.personId} = ${er.personId} and ${prev.startedOn} < ${er.startedOn}), '-infinity'::date) < ${er.startedOn} - 1`,
    ...extra,
  )!,
});

const reemployed = (ready?: SQL): EventSelect => ({
  from: T.ur,
  person: sql`${ur.personId}`,
  orgId: sql`${ur.orgId}`,
  orgPath: sql`${ur.orgPath}`,
  on: sql`${ur.endedOn}`,
  ...(ready ? { ready } : {}),
  where: sql`${ur.endedOn} is not null and ${ur.endReason} = 'employed'`,
});

/** The person's first paid contribution month from the month of `since` on. */
const firstPaidSince = (person: SQL, since: SQL) =>
  sql`(select min(${ic.month}) from ${T.ic} where ${ic.personId} = ${person} and ${ic.status} = 'paid'
    and ${ic.month} >= date_trunc('month', ${since})::date)`;

const events: Record<PersonEventSet, EventSelect> = {
  new_jobs: newJobs(),
  natural_attrition: {
    from: T.er,
    person: sql`${er.personId}`,
    orgId: sql`${er.orgId}`,
    orgPath: sql`${er.orgPath}`,
    on: sql`${er.endedOn}`,
    // 退休者和在职职工伤亡减员者 (肥城 三1): the end reasons of the employment_end_reason dictionary
    where: sql`${er.endedOn} is not null and ${er.endReason} in ('retired', 'deceased', 'disabled')`,
  },
  reemployed_unemployed: reemployed(),
  // a contract of the person that had not ended when the job started, signed by the period's end
  new_jobs_with_contract: newJobs(
    [],
    sql`(select min(${lc.startsOn}) from ${T.lc} where ${lc.personId} = ${er.personId}
      and coalesce(${lc.endedOn}, ${lc.endsOn}, 'infinity'::date) >= ${er.startedOn})`,
  ),
  new_jobs_insured: newJobs([], firstPaidSince(sql`${er.personId}`, sql`${er.startedOn}`)),
  reemployed_insured: reemployed(firstPaidSince(sql`${ur.personId}`, sql`${ur.endedOn}`)),
  rural_labour_transfer: newJobs([
    sql`exists (select 1 from ${T.p} where ${p.id} = ${er.personId} and ${p.hukouType} = 'rural')`,
    sql`(${er.endedOn} is null or ${er.endedOn} >= (${er.startedOn} + interval '6 months')::date)`,
  ]),
  // the person's first paid month ever, counted where it was paid (the first row of that month, by
  // id, when several were paid in it); the persons' filter sits inside DISTINCT ON, where the planner
  // would not push a semi-join
  insurance_expansion: {
    from: (
      persons,
    ) => sql`(select distinct on (${ic.personId}) ${ic.personId}, ${ic.month}, ${ic.orgId}, ${ic.orgPath}
      from ${T.ic} where ${ic.status} = 'paid' and ${ic.personId} in ${persons}
      order by ${ic.personId}, ${ic.month}, ${ic.id}) as ${sql.identifier('ic')}`,
    person: sql`${ic.personId}`,
    orgId: sql`${ic.orgId}`,
    orgPath: sql`${ic.orgPath}`,
    on: sql`${ic.month}`,
    where: sql`true`,
  },
  difficulty_determined: {
    from: T.dd,
    person: sql`${dd.personId}`,
    orgId: sql`${dd.orgId}`,
    orgPath: sql`${dd.orgPath}`,
    on: sql`${dd.decidedOn}`,
    where: sql`true`,
  },
  difficulty_employed: newJobs([
    sql`exists (select 1 from ${T.dd} where ${dd.personId} = ${er.personId} and ${dd.decidedOn} <= ${er.startedOn}
      and (${dd.exitedOn} is null or ${dd.exitedOn} >= ${er.startedOn}))`,
  ]),
};

const refreshTable = sql.identifier('statistics_refresh_persons');
/** One refresher at a time (two would recompute the same persons twice). */
const REFRESH_LOCK = 727_275;

async function insertEvents(tx: Executor, set: PersonEventSet, persons: SQL) {
  const s = events[set];
  await tx.execute(sql`insert into statistics_member_events (member_set, person_id, org_id, org_path, on_date, ready_on, prior_on)
    select ${set}, person, org_id, org_path, on_date, ready_on,
      lag(on_date) over (partition by person order by on_date, org_path, org_id) from (
      select ${s.person} as person, ${s.orgId} as org_id, ${s.orgPath} as org_path, ${s.on} as on_date,
        ${s.ready ?? s.on} as ready_on
      from ${typeof s.from === 'function' ? s.from(persons) : s.from} where ${s.where} and ${s.person} in ${persons}) m
    where ready_on is not null`);
}

/**
 * Recomputes the member rows of every person marked since the last refresh, from the records, in
 * one transaction; returns how many persons it recomputed (0 without a database write when none).
 */
export async function refreshMemberEvents(db: Db): Promise<number> {
  const [pending] = await queryRows<{ pending: boolean }>(
    db,
    sql`select exists (select 1 from statistics_dirty_persons) as pending`,
  );
  if (!pending?.pending) return 0;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${REFRESH_LOCK})`);
    await tx.execute(sql`create temporary table ${refreshTable} (person_id uuid primary key) on commit drop`);
    await tx.execute(sql`with d as (delete from statistics_dirty_persons returning person_id)
      insert into ${refreshTable} select distinct person_id from d`);
    const [n] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from ${refreshTable}`);
    if (!n?.n) return 0; // a refresher that held the lock before us took them
    await tx.execute(sql`analyze ${refreshTable}`);
    const persons = sql`(select person_id from ${refreshTable})`;
    await tx.execute(sql`delete from statistics_member_events where person_id in ${persons}`);
    for (const set of personEventSets) await insertEvents(tx, set, persons);
    return n.n;
  });
}

/**
 * Refreshes in the background so that a dashboard after a bulk import does not wait for it (a read
 * still refreshes whatever was marked since the last tick). One refresh at a time; `stop` waits for
 * the running one.
 */
export function startMemberEventsRefresher(db: Db, everyMs: number, onError: (err: unknown) => void) {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => refreshMemberEvents(db)).catch(onError);
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
