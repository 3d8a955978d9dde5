// The training programme at city scale on PostgreSQL: over the statistics benchmark's city (PERSONS
// persons, default 1,000,000, with their registry records and cases), adds INSTITUTIONS designated
// institutions, CLASSES classes (default 5,000) and TRAINEES trainees (default 200,000) with results,
// certificates and later work, then times the progress of the city, a district and a town for the
// year (and the town's half-year), a drill-down page, the league table and the report through the
// real services, against one plain `count(*)` over the trainees in the same run. Checks that each
// drill-down total equals its figure and that the statistics' training indicators equal the
// progress. Target: the city's progress for a year under 1 s.
//   scripts/with-postgres.sh node --import tsx apps/server/bench/training.bench.ts
// REUSE_DATABASE=1 with DATABASE_URL set to a database an earlier run (of this or the statistics
// benchmark) built skips what exists: the persons and registry, or the training records too.

import pg from 'pg';
import { analyzeTrainingScale, generateTrainingScale } from '../src/demo/demo-training-scale.ts';
import { progressFigures } from '../src/modules/training/progress/progress.repo.ts';
import { systemClock } from '../src/platform/clock.ts';
import { benchOrgs, createBenchKit, reportAgreement, reportTimings, seconds } from './bench-kit.ts';
import { generateStatisticsData } from './statistics-data.ts';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.log('SKIPPED: the training benchmark needs PostgreSQL — run it through scripts/with-postgres.sh');
  process.exit(0);
}
const personCount = Number(process.env.PERSONS ?? 1_000_000);
const shares = {
  institutions: Number(process.env.INSTITUTIONS ?? 60),
  classes: Number(process.env.CLASSES ?? 5_000),
  trainees: Number(process.env.TRAINEES ?? 200_000),
};
const reuse = process.env.REUSE_DATABASE === '1';
const kit = createBenchKit('training', databaseUrl);
const { run, time, runs } = kit;
const count = async (client: pg.Client, table: string) =>
  Number((await client.query(`select count(*) from ${table}`)).rows[0].count);

try {
  let started = Date.now();
  await run(['migrate']);
  console.log(`migrated in ${seconds(started)} s`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const havePersons = reuse && (await count(client, 'persons')) > 0;
  const haveTrainees = reuse && (await count(client, 'training_trainees')) > 0;
  if (!havePersons) {
    started = Date.now();
    await run(['demo', 'generate', '--persons', String(personCount), '--persons-only']);
    console.log(`demo city with ${personCount.toLocaleString('en')} persons built in ${seconds(started)} s`);
  }
  const { app, services, database } = await kit.app();
  const today = systemClock.today();
  if (!havePersons) {
    await services.caseTypes.list();
    started = Date.now();
    await generateStatisticsData(client, today, { cases: Number(process.env.CASES ?? 200_000) });
    console.log(`registry records and cases generated in ${seconds(started)} s`);
  }
  if (!haveTrainees) {
    started = Date.now();
    await generateTrainingScale(database.db, { today, ...shares });
    await analyzeTrainingScale(database.db);
    console.log(`training records generated in ${seconds(started)} s`);
  } else console.log('reusing the training records already in the database');
  const sizes = await client.query(`select relname, n_live_tup from pg_stat_user_tables
    where relname in ('persons','training_institutions','training_classes','training_trainees','employment_registrations',
      'labour_contracts','insurance_contributions','qualification_certificates') order by relname`);

  const { district, leader, reviewer, officer } = await benchOrgs(client, 'training_trainees');
  const year = Number(today.slice(0, 4));

  const baseline = await time(() => client.query('select count(*) from training_trainees'));
  const rows: { label: string; ms: number }[] = [];
  const measure = async <T>(label: string, f: () => Promise<T>) => {
    const t = await time(f);
    rows.push({ label, ms: t.ms });
    console.log(`${label}: ${t.ms.toFixed(0)} ms`);
    return t.result;
  };

  const cityYear = await measure('progress: the city, the year, by district (leader)', () =>
    services.trainingProgress.progress(leader, { year }),
  );
  await measure('progress: a district, the year, by town', () =>
    services.trainingProgress.progress(leader, { orgId: district.id, year }),
  );
  await measure('progress: a town, first half-year (officer)', () =>
    services.trainingProgress.progress(officer, { year, half: 1 }),
  );
  await measure('report: the city, the year (JSON)', () => services.trainingReports.report(leader, { year }));
  await measure('league table: every institution, the year', () =>
    services.trainingLeague.table(reviewer, { year }),
  );

  const stats = await measure('statistics: the training indicators, the city, the year (leader)', () =>
    services.statistics.values(leader, {
      period: 'year',
      year,
      codes: ['training_trained', 'training_certified', 'training_pass_rate', 'training_reemployment_rate'],
    }),
  );

  const mismatches: string[] = [];
  const [trained, certified, passRate, reemploymentRate] = stats.items;
  const statsFigures = {
    trained: trained?.value,
    certified: certified?.value,
    passed: passRate?.numerator,
    reemployed: reemploymentRate?.numerator,
  };
  for (const figure of progressFigures)
    if (statsFigures[figure] !== cityYear.total[figure])
      mismatches.push(`statistics ${figure}: ${statsFigures[figure]} ≠ ${cityYear.total[figure]}`);
  let slowestDrill = 0;
  for (const figure of progressFigures) {
    const t = await time(() =>
      services.trainingProgress.drilldown(leader, { year, figure, page: 1, pageSize: 20 }),
    );
    slowestDrill = Math.max(slowestDrill, t.ms);
    if (t.result.total !== cityYear.total[figure])
      mismatches.push(`${figure}: ${t.result.total} ≠ ${cityYear.total[figure]}`);
  }
  rows.push({ label: 'slowest drill-down page (city, year, 20 rows)', ms: slowestDrill });

  const load = (await import('node:os')).loadavg().map((n) => n.toFixed(2));
  console.log(`\nPostgreSQL; best of ${runs}; load ${load.join(' ')}; year ${year}`);
  for (const r of sizes.rows)
    console.log(`- ${r.relname}: ${Number(r.n_live_tup).toLocaleString('en')} rows`);
  const t = cityYear.total;
  console.log(
    `city ${year}: trained ${t.trained}, passed ${t.passed}, certified ${t.certified}, re-employed ${t.reemployed} (window ${cityYear.window.months} months)`,
  );
  reportTimings(
    { label: 'select count(*) from training_trainees', ms: baseline.ms },
    'count(*) trainees',
    rows,
  );
  const cityMs = rows[0]!.ms;
  console.log(
    `\ncity progress for the year: ${cityMs.toFixed(0)} ms (target < 1000 ms) — ${cityMs < 1000 ? 'met' : 'NOT met'}`,
  );
  reportAgreement(mismatches, 'every drill-down total equals its figure; the statistics equal the progress');
  await client.end();
  await app.close();
  await database.close();
} finally {
  kit.cleanup();
}
