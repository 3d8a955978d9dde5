// 政策找人 at city scale on PostgreSQL: builds the demo city with PERSONS persons (default
// 1,000,000) through the demo generator, adds the statistics benchmark's registry records (jobs,
// unemployment, contracts, contributions, certificates, households, cases) plus unemployment-benefit
// periods and a shortage catalogue in SQL, then times one whole screening run over the city — every
// screenable policy, worker threads on all cores — through the daily job's handler. Prints persons/s,
// leads, the wall time and the time spent loading, screening and writing. Target: under 5 minutes.
//   scripts/with-postgres.sh node --import tsx apps/server/bench/screening.bench.ts
//   PERSONS=100000 scripts/with-postgres.sh node --import tsx apps/server/bench/screening.bench.ts
import { availableParallelism } from 'node:os';
import { screenablePolicies } from '@minsheng/rules/screening/screen.ts';
import pg from 'pg';
import type { ScreeningTotals } from '../src/modules/screening/runs/screen-registry.ts';
import { systemClock } from '../src/platform/clock.ts';
import { createBenchKit, seconds } from './bench-kit.ts';
import { generateStatisticsData } from './statistics-data.ts';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.log('SKIPPED: the screening benchmark needs PostgreSQL — run it through scripts/with-postgres.sh');
  process.exit(0);
}
const personCount = Number(process.env.PERSONS ?? 1_000_000);
const kit = createBenchKit('screening', databaseUrl);
const today = systemClock.today();

try {
  let started = Date.now();
  await kit.run(['migrate']);
  await kit.run(['demo', 'generate', '--persons', String(personCount), '--persons-only']);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await generateStatisticsData(client, today, { cases: Math.round(personCount / 5) });
  // What screening reads besides: the benefit period of most unemployment registrations (from
  // registration, 3 to 24 months) and the certificates' occupation in the shortage catalogue.
  await client.query(
    `update unemployment_registrations set benefit_from = registered_on,
       benefit_until = registered_on + (90 + random() * 630)::int,
       benefit_total_fen = (200000 + random() * 2000000)::int
     where random() < 0.8`,
  );
  await client.query(
    `insert into shortage_occupations (occupation, catalogue_name, published_on)
     values ('电工', '紧缺工种目录', $1::date - 1095)`,
    [today],
  );
  await client.query('vacuum analyze');
  console.log(`city of ${personCount} persons with its registry built in ${seconds(started)} s`);

  const { app, services, database } = await kit.app();
  try {
    // Every screenable policy takes applications here, whatever the demo's jurisdictions (a run
    // screens only the types that do): the certificate-level one too. The types exist once they
    // are synchronised from the catalogue.
    await services.caseTypes.sync();
    await client.query('update case_types set enabled = true where policy_id = any($1)', [
      screenablePolicies(today).map((s) => s.policy.id),
    ]);
    started = Date.now();
    const result = (await services.screening.runs.handler(
      { day: today },
      { job: {} as never, signal: new AbortController().signal, progress: async () => {} },
    )) as { runId: string } & ScreeningTotals;
    const wallMs = Date.now() - started;
    const run = (
      await client.query<{ leads_new: number; leads_lapsed: number; policy_ids: string[]; status: string }>(
        'select leads_new, leads_lapsed, policy_ids, status from screening_runs where id = $1',
        [result.runId],
      )
    ).rows[0]!;
    const byPolicy = await client.query<{ policy_id: string; n: string }>(
      `select policy_id, count(*) n from screening_leads where run_id = $1 group by policy_id order by 1`,
      [result.runId],
    );
    const { loadMs, screenMs, writeMs } = result.timings;
    const phases = loadMs + screenMs + writeMs;
    const share = (ms: number) => `${((ms / phases) * 100).toFixed(0)} %`;
    console.log(`\n| screening run (${availableParallelism()} worker threads) | value |`);
    console.log('|---|---|');
    console.log(`| persons | ${result.personsDone} |`);
    console.log(`| policies | ${run.policy_ids.join(', ')} |`);
    console.log(
      `| leads | ${run.leads_new} (${byPolicy.rows.map((r) => `${r.policy_id}: ${r.n}`).join('; ')}) |`,
    );
    console.log(`| wall time | ${(wallMs / 1000).toFixed(1)} s |`);
    console.log(`| persons/s | ${Math.round(result.personsDone / (wallMs / 1000))} |`);
    console.log(
      `| loading / screening / writing | ${(loadMs / 1000).toFixed(1)} s (${share(loadMs)}) / ${(screenMs / 1000).toFixed(1)} s (${share(screenMs)}) / ${(writeMs / 1000).toFixed(1)} s (${share(writeMs)}) |`,
    );
    console.log(
      `(loading the next chunk overlaps screening this one: the phases add up to more than the wall time)`,
    );
    if (run.status !== 'done' || result.personsDone !== personCount) {
      console.log(`FAILED: run ${run.status}, ${result.personsDone} of ${personCount} persons`);
      process.exitCode = 1;
    } else if (wallMs > 5 * 60_000) {
      console.log('OVER TARGET: the run took more than 5 minutes');
    }
  } finally {
    await client.end();
    await app.close();
    await database.close();
  }
} finally {
  kit.cleanup();
}
