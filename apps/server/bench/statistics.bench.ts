// Statistics and dashboards at city scale on PostgreSQL: builds the demo city with PERSONS persons
// (default 1,000,000) through the demo generator, adds registrations, contracts, contributions,
// certificates, households and CASES cases (default 200,000) with their payments in SQL, then
// times every dashboard query and the indicator computation for a quarter and a town through the
// real services, each against one plain `count(*)` over the persons in the same run. Checks that
// every drill-down's total equals its figure. Target: each query under 1 s.
//   scripts/with-postgres.sh node --import tsx apps/server/bench/statistics.bench.ts
// REUSE_DATABASE=1 with DATABASE_URL set to a database an earlier run built skips the generation
// (it still migrates, so a new migration's backfill runs over the existing rows).

import pg from 'pg';
import { drillParts, indicatorCatalogue } from '../src/modules/statistics/indicator-catalogue.ts';
import { refreshMemberEvents } from '../src/modules/statistics/member-events.ts';
import { systemClock } from '../src/platform/clock.ts';
import { benchOrgs, createBenchKit, reportAgreement, reportTimings, seconds } from './bench-kit.ts';
import { generateStatisticsData } from './statistics-data.ts';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.log('SKIPPED: the statistics benchmark needs PostgreSQL — run it through scripts/with-postgres.sh');
  process.exit(0);
}
const personCount = Number(process.env.PERSONS ?? 1_000_000);
const caseCount = Number(process.env.CASES ?? 200_000);
const reuse = process.env.REUSE_DATABASE === '1';
const kit = createBenchKit('stats', databaseUrl);
const { run, time, runs } = kit;

try {
  let started = Date.now();
  await run(['migrate']);
  console.log(`migrated in ${seconds(started)} s`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const existing = Number((await client.query('select count(*) from persons')).rows[0].count);
  const generate = !(reuse && existing > 0);
  started = Date.now();
  if (generate) {
    await run(['demo', 'generate', '--persons', String(personCount), '--persons-only']);
    console.log(`demo city with ${personCount.toLocaleString('en')} persons built in ${seconds(started)} s`);
  } else console.log(`reusing the ${existing.toLocaleString('en')} persons already in the database`);

  const { app, services, database } = await kit.app();
  await services.caseTypes.list(); // case types follow the catalogue on first use
  const today = systemClock.today();
  if (generate) {
    started = Date.now();
    await generateStatisticsData(client, today, { cases: caseCount });
    console.log(
      `registry records and ${caseCount.toLocaleString('en')} cases generated in ${seconds(started)} s`,
    );
  }
  const sizes = await client.query(`select relname, n_live_tup from pg_stat_user_tables
    where relname in ('persons','employment_registrations','unemployment_registrations','insurance_contributions',
      'labour_contracts','qualification_certificates','cases','payments') order by relname`);

  // The city, a district and its largest town.
  const { district, town, leader, reviewer, officer } = await benchOrgs(client, 'persons');
  const year = Number(today.slice(0, 4));
  const quarter = {
    period: 'quarter' as const,
    year,
    index: Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1,
  };

  // Member rows of the person indicators: computed for every person with records once (the
  // migration marks them all), then kept by the triggers; a read refreshes what was marked since.
  started = Date.now();
  const refreshed = await refreshMemberEvents(database.db);
  const backfill = `member rows of ${refreshed.toLocaleString('en')} persons computed in ${seconds(started)} s`;
  // in service autovacuum sets the visibility map within minutes of the first refresh; the
  // counts read the covering index alone only once it has
  await client.query('vacuum analyze statistics_member_events');
  console.log(backfill);

  const baseline = await time(() => client.query('select count(*) from persons'));
  const rows: { label: string; ms: number }[] = [];
  const measure = async <T>(label: string, f: () => Promise<T>) => {
    const t = await time(f);
    rows.push({ label, ms: t.ms });
    console.log(`${label}: ${t.ms.toFixed(0)} ms`);
    return t.result;
  };

  const values = await measure('all indicators, a town, a quarter (officer)', () =>
    services.statistics.values(officer, quarter),
  );
  await measure('all indicators, the city, a quarter (leader)', () =>
    services.statistics.values(leader, quarter),
  );
  await measure('leader home: key indicators per district, the year', () =>
    services.statistics.byChild(leader, { period: 'year', year }),
  );
  await measure('leader home: key indicators per town of a district, the year', () =>
    services.statistics.byChild(leader, { orgId: district.id, period: 'year', year }),
  );
  await measure('leader home: monthly new employment, the city, 12 months', () =>
    services.statistics.trend(leader, 'new_jobs', { year }),
  );
  await measure('reviewer home: approved by policy and month, the city, the year', () =>
    services.statistics.byPolicyMonth(reviewer, 'subsidies_approved', { period: 'year', year }),
  );
  await measure('reviewer home: paid by policy and month, the city, the year', () =>
    services.statistics.byPolicyMonth(reviewer, 'subsidies_paid', { period: 'year', year }),
  );
  await measure('reviewer home: case work (queue, month, stages, overdue by station)', () =>
    services.caseWork.summary(reviewer),
  );
  await measure('officer home: case work of a town', () => services.caseWork.summary(officer));
  // what a read pays after a write: one new job in the town, then the town's quarter again
  const [someone] = (
    await client.query<{ id: string }>(`select id from persons where org_path like $1 limit 1`, [
      `${town.path}%`,
    ])
  ).rows;
  await measure('after one new employment registration: all indicators, a town, a quarter', async () => {
    await client.query(
      `insert into employment_registrations (person_id, form, started_on, ended_on, end_reason, org_id, org_path)
        select id, 'employer', $2::date, $2::date, 'resigned', org_id, org_path from persons where id = $1`,
      [someone!.id, today],
    );
    return services.statistics.values(officer, quarter);
  });

  // Every drill-down of the town's quarter: its first page, and its total equal to the figure.
  const mismatches: string[] = [];
  let slowestDrill = 0;
  for (const d of indicatorCatalogue) {
    const v = values.items.find((i) => i.code === d.code)!;
    for (const part of drillParts(d)) {
      const t = await time(() =>
        services.statistics.drilldown(officer, d.code, {
          ...quarter,
          part: part.part,
          page: 1,
          pageSize: 20,
        }),
      );
      slowestDrill = Math.max(slowestDrill, t.ms);
      const expected =
        d.kind === 'rate'
          ? v[part.part as 'numerator' | 'denominator']
          : d.kind === 'amount'
            ? v.count
            : d.kind === 'sum'
              ? v.terms!.find((x) => x.code === part.part)!.value
              : v.value;
      if (t.result.total !== expected)
        mismatches.push(`${d.code}/${part.part}: ${t.result.total} ≠ ${expected}`);
    }
  }
  rows.push({ label: 'slowest drill-down page (town, quarter, 20 rows)', ms: slowestDrill });

  // The member rows kept by the triggers equal the records: recompute every person of the town
  // from scratch and the town's figures do not move.
  const kept = await services.statistics.values(officer, quarter);
  await client.query(`insert into statistics_dirty_persons select id from persons where org_path like $1`, [
    `${town.path}%`,
  ]);
  started = Date.now();
  const recomputed = await refreshMemberEvents(database.db);
  const again = await services.statistics.values(officer, quarter);
  for (const v of again.items) {
    const before = kept.items.find((i) => i.code === v.code)!;
    if (JSON.stringify(before) !== JSON.stringify(v)) mismatches.push(`${v.code}: kept ≠ recomputed`);
  }
  const recomputeNote = `member rows of the town's ${recomputed.toLocaleString('en')} persons recomputed from the records in ${seconds(started)} s`;

  const load = (await import('node:os')).loadavg().map((n) => n.toFixed(2));
  console.log(
    `\n${personCount.toLocaleString('en')} persons, ${caseCount.toLocaleString('en')} cases, PostgreSQL; best of ${runs}; load ${load.join(' ')}`,
  );
  console.log(backfill);
  console.log(recomputeNote);
  console.log(
    `town ${town.path} (${(await client.query(`select count(*) from persons where org_path like $1`, [`${town.path}%`])).rows[0].count} persons), quarter ${quarter.year}Q${quarter.index}\n`,
  );
  for (const r of sizes.rows)
    console.log(`- ${r.relname}: ${Number(r.n_live_tup).toLocaleString('en')} rows`);
  reportTimings({ label: 'select count(*) from persons', ms: baseline.ms }, 'count(*) persons', rows);
  const worst = Math.max(...rows.map((r) => r.ms));
  console.log(`\nslowest: ${worst.toFixed(0)} ms (target < 1000 ms) — ${worst < 1000 ? 'met' : 'NOT met'}`);
  reportAgreement(
    mismatches,
    'every drill-down total equals its figure; the recomputed town equals the kept one',
  );
  await client.end();
  await app.close();
  await database.close();
} finally {
  kit.cleanup();
}
