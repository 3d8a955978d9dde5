// The interest subsidy (贴息) of guaranteed start-up loans at scale on PostgreSQL: one bank with
// LOANS disbursed loans (default 100,000; 24-month terms at every stage, a mix of borrower groups,
// partnerships, collateral loans, excluded industries, extensions and 代偿) and their monthly
// principal repayments, over PERSONS demo persons (default 50,000). Times a quarter's claim end to
// end through the real service (one SQL pass for the balance segments, the compiled batch, the
// claim and its lines inserted in one transaction) against a bare SQL sum of the same formula over
// the same rows in the same run, and checks that the two totals agree to the fen. Target: the
// quarter's claim for 100,000 loans within 10 s.
//   scripts/with-postgres.sh node --import tsx apps/server/bench/interest-subsidy.bench.ts

import { lookup } from '@minsheng/rules/engine/parameters.ts';
import { compileInterestSubsidy } from '@minsheng/rules/policies/county-city/guaranteed-loan-interest-subsidy/batch.ts';
import pg from 'pg';
import { loanScope } from '../src/modules/entrepreneurship/loans/interest-subsidy/interest-subsidy.repo.ts';
import {
  INTEREST_SUBSIDY,
  quarterPeriod,
} from '../src/modules/entrepreneurship/loans/interest-subsidy/interest-subsidy.rules.ts';
import { readLedger } from '../src/modules/entrepreneurship/loans/interest-subsidy/interest-subsidy.sql.ts';
import { systemClock } from '../src/platform/clock.ts';
import { benchOrgs, createBenchKit, reportAgreement, reportTimings, seconds } from './bench-kit.ts';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.log(
    'SKIPPED: the interest-subsidy benchmark needs PostgreSQL — run it through scripts/with-postgres.sh',
  );
  process.exit(0);
}
const personCount = Number(process.env.PERSONS ?? 50_000);
const loanCount = Number(process.env.LOANS ?? 100_000);
const kit = createBenchKit('interest-subsidy', databaseUrl);
const { run, time, runs } = kit;

/** The last quarter that ended before `today`. */
function lastQuarter(today: string) {
  const year = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  return q === 0 ? { year: year - 1, quarter: 4 } : { year, quarter: q };
}

/**
 * The bank's ledger: loan i borrows for 24 months (36-month instalments for the third of matured
 * loans that were extended a year, so a balance remains), disbursed up to 30 months before the
 * quarter's end; every 13th repays in full at month 6; every 97th older loan is compensated at day
 * 400. Monthly principal instalments up to `today`.
 */
async function generateLedger(client: pg.Client, bankId: string, periodEnd: string, today: string) {
  await client.query(
    `insert into guaranteed_loans (number, person_id, bank_id, status, applied_on, borrower_group, requested_fen,
       partners, collateral, counter_guarantee, service_sector, industry, contract_number, principal_fen, annual_rate,
       disbursed_on, matures_on, extended_to, compensated_on, compensated_fen, org_id, org_path)
     with p as (select id, org_id, org_path, row_number() over (order by id) as rn from persons),
     g as (
       select i, ($2::date - ((i * 7919) % 900))::date as disbursed_on,
         case when i % 20 = 0 then 2 + (i / 20) % 3 else 1 end as partners,
         case i % 10 when 6 then 'certificate_holder' when 7 then 'urban_veteran' when 8 then 'other_unemployed'
           when 9 then 'other_unemployed' else 'job_loser' end as grp
       from generate_series(1, $3::int) i
     ), h as (
       select g.*, (g.disbursed_on + interval '24 months')::date as matures_on,
         case when g.partners > 1 then least(3000000 * g.partners, 10000000)
           when g.i % 10 = 3 then 10000000 else 1000000 + (g.i % 5) * 1000000 end as principal
       from g
     )
     select 'DK-B-' || lpad(h.i::text, 7, '0'), p.id, $1, 
       case when h.i % 97 = 0 and h.disbursed_on < date '2025-06-01' then 'compensated'
         when h.matures_on <= $2::date and h.i % 3 = 0 then 'extended' else 'disbursed' end,
       h.disbursed_on - 20, h.grp, h.principal, h.partners, h.i % 10 = 3, 'guarantee_fund',
       h.i % 11 <> 0, case h.i % 37 when 0 then 'massage' when 1 then 'internet_cafe' else 'other' end,
       'HT-B-' || h.i, h.principal, (array[0.0435, 0.0475, 0.049, 0.0525])[1 + h.i % 4], h.disbursed_on,
       h.matures_on, case when h.matures_on <= $2::date and h.i % 3 = 0 then (h.matures_on + interval '12 months')::date end,
       case when h.i % 97 = 0 and h.disbursed_on < date '2025-06-01' then h.disbursed_on + 400 end,
       case when h.i % 97 = 0 and h.disbursed_on < date '2025-06-01' then h.principal / 2 end,
       p.org_id, p.org_path
     from h join p on p.rn = 1 + h.i % (select count(*) from persons)`,
    [bankId, periodEnd, loanCount],
  );
  await client.query(
    `insert into guaranteed_loan_repayments (loan_id, paid_on, principal_fen, interest_fen, bank_ref)
     select l.id, (l.disbursed_on + make_interval(months => k))::date,
       case when right(l.number, 7)::int % 13 = 0 and k = 6 then l.principal_fen - 5 * (l.principal_fen / 24)
         else l.principal_fen / (case when l.extended_to is not null then 36 else 24 end) end,
       0, 'M' || k
     from guaranteed_loans l cross join generate_series(1, 24) k
     where l.bank_id = $1 and (l.disbursed_on + make_interval(months => k))::date <= $2::date
       and (l.compensated_on is null or (l.disbursed_on + make_interval(months => k))::date < l.compensated_on)
       and not (right(l.number, 7)::int % 13 = 0 and k > 6)`,
    [bankId, today],
  );
  await client.query('analyze guaranteed_loans; analyze guaranteed_loan_repayments');
}

/**
 * The baseline: the same formula as a bare SQL sum over the same rows — the balance at the
 * period's start (principal less earlier repayments), steps at the period's repayments by a window,
 * each step's days within the period and the original term, the balance capped at the quota,
 * × rate × ratio ÷ 360 rounded half up per loan, summed — with the claim query's settings.
 */
const bareSum = (bankId: string, start: string, end: string) => `
  with l as (
    select id, principal_fen, disbursed_on, matures_on, annual_rate, coalesce(compensated_on, date '2200-01-01') as closed_on,
      case when partners > 1 then least(3000000 * partners, 10000000) else 5000000 end as quota,
      case when borrower_group = 'other_unemployed' then 0.5 else 1 end as ratio,
      principal_fen - coalesce(p.repaid, 0) as opening
    from guaranteed_loans g left join (select loan_id, sum(principal_fen) as repaid from guaranteed_loan_repayments
      where paid_on < '${start}' group by loan_id) p on p.loan_id = g.id
    where bank_id = '${bankId}' and disbursed_on <= '${end}' and service_sector
      and industry not in ('advertising','real_estate_agency','pawn','sauna','massage','internet_cafe','oxygen_bar')
  ), steps as (
    select id as loan_id, disbursed_on as d, 0 as ord, opening as balance from l
    union all
    select r.loan_id, greatest(r.paid_on, l.disbursed_on), 1,
      l.opening - sum(r.principal_fen) over (partition by r.loan_id order by r.paid_on)
    from guaranteed_loan_repayments r join l on l.id = r.loan_id where r.paid_on between '${start}' and '${end}'
  ), seg as (
    select loan_id, d, balance, coalesce(lead(d) over (partition by loan_id order by d, ord, balance desc), date '2200-01-01') as e
    from steps
  ), per_loan as (
    select l.id, sum(least(s.balance, l.quota) * greatest(0,
        least(s.e, l.closed_on, l.matures_on, date '${end}' + 1) - greatest(s.d, date '${start}'))) as fen_days,
      l.annual_rate, l.ratio
    from seg s join l on l.id = s.loan_id where s.balance > 0
    group by l.id, l.annual_rate, l.ratio
  )
  select coalesce(sum(round(fen_days * annual_rate * ratio / 360)), 0)::bigint as total from per_loan`;

/** One statement without JIT and with the claim query's sort memory. */
async function withoutJit(client: pg.Client, text: string) {
  await client.query('begin');
  try {
    await client.query('set local jit = off');
    await client.query("set local work_mem = '64MB'");
    return await client.query<{ total: string }>(text);
  } finally {
    await client.query('commit');
  }
}

try {
  let started = Date.now();
  await run(['migrate']);
  console.log(`migrated in ${seconds(started)} s`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  started = Date.now();
  await run(['demo', 'generate', '--persons', String(personCount), '--persons-only']);
  console.log(`demo city with ${personCount.toLocaleString('en')} persons built in ${seconds(started)} s`);
  const { app, services, database } = await kit.app();
  const { city, reviewer } = await benchOrgs(client, 'persons');
  const today = systemClock.today();
  const { year, quarter } = lastQuarter(today);
  const period = quarterPeriod(year, quarter);
  const bank = await client.query<{ id: string }>(
    `insert into lending_banks (name, code, org_id, org_path) values ('基准测试银行', 'BENCH', $1, $2) returning id`,
    [city.id, city.path],
  );
  const bankId = bank.rows[0]!.id;
  started = Date.now();
  await generateLedger(client, bankId, period.end, today);
  const sizes = await client.query(`select relname, n_live_tup from pg_stat_user_tables
    where relname in ('persons','guaranteed_loans','guaranteed_loan_repayments') order by relname`);
  console.log(`ledger generated in ${seconds(started)} s`);

  const baseline = await time(() => withoutJit(client, bareSum(bankId, period.start, period.end)));
  const rows: { label: string; ms: number }[] = [];
  const measure = async <T>(label: string, f: () => Promise<T>) => {
    const t = await time(f);
    rows.push({ label, ms: t.ms });
    console.log(`${label}: ${t.ms.toFixed(0)} ms`);
    return t.result;
  };
  const policy = await services.policies.effectivePolicy(INTEREST_SUBSIDY);
  const ledger = await measure('ledger read: one SQL pass to balance segments', () =>
    readLedger(database.db, bankId, period, loanScope(reviewer)),
  );
  await measure('compiled batch over the segments (no SQL)', async () =>
    compileInterestSubsidy(policy, period).run(ledger),
  );
  const claim = await measure(
    `claim ${year}Q${quarter} end to end: read + batch + insert lines (service)`,
    () => services.interestSubsidies.compute(reviewer, { bankId, year, quarter }),
  );

  const mismatches: string[] = [];
  const bare = Number(baseline.result.rows[0]!.total);
  const stored = await client.query<{ total: string; lines: string; paying: string }>(
    `select c.total_fen::text as total, count(l.*)::text as lines, count(l.*) filter (where l.amount_fen > 0)::text as paying
     from interest_subsidy_claims c join interest_subsidy_lines l on l.claim_id = c.id where c.id = $1 group by c.total_fen`,
    [claim.id],
  );
  const s = stored.rows[0]!;
  if (Number(s.total) !== bare) mismatches.push(`claim ${s.total} fen ≠ bare SQL ${bare} fen`);
  if (Number(s.lines) !== claim.loans) mismatches.push(`lines ${s.lines} ≠ claim loans ${claim.loans}`);
  const basis = lookup(policy.parameters, 'interest_day_basis', period.start);
  if (basis.value !== '360') mismatches.push(`the bare sum assumes 360 days, the policy says ${basis.value}`);

  const load = (await import('node:os')).loadavg().map((n) => n.toFixed(2));
  console.log(
    `\nPostgreSQL; best of ${runs}; load ${load.join(' ')}; period ${period.start} – ${period.end}`,
  );
  for (const r of sizes.rows)
    console.log(`- ${r.relname}: ${Number(r.n_live_tup).toLocaleString('en')} rows`);
  console.log(`claim ${claim.number}: ${s.lines} lines, ${s.paying} paying, total ${claim.total} yuan`);
  reportTimings(
    { label: 'bare SQL sum of the formula over the same rows', ms: baseline.ms },
    'bare SQL sum',
    rows,
  );
  reportAgreement(mismatches, `the claim's total equals the bare SQL sum to the fen (${bare} fen)`);
  const ms = rows.at(-1)!.ms;
  console.log(
    `\nquarter's claim for ${loanCount.toLocaleString('en')} loans: ${ms.toFixed(0)} ms (target < 10000 ms) — ${ms < 10_000 ? 'met' : 'NOT met'}`,
  );
  await client.end();
  await app.close();
  await database.close();
} finally {
  kit.cleanup();
}
