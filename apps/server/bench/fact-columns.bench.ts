// 政策找人 at city scale on PostgreSQL: builds the demo city with PERSONS persons (default 1,000,000)
// and the statistics benchmark's registry records, then times the screening run's fact loader: one
// chunk of CHUNK persons (default 20,000) of the city and of the busiest town, and every chunk of
// the town. Target: a chunk well under 1 s.
//   scripts/with-postgres.sh node --import tsx apps/server/bench/fact-columns.bench.ts
// REUSE_DATABASE=1 with DATABASE_URL set to a database an earlier run built skips the generation.

import pg from 'pg';
import { openDatabase } from '../src/db/client.ts';
import { createFactColumnsRepo } from '../src/modules/screening/runs/fact-columns.repo.ts';
import { systemClock } from '../src/platform/clock.ts';
import { benchOrgs, createBenchKit, reportTimings, seconds } from './bench-kit.ts';
import { generateStatisticsData } from './statistics-data.ts';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.log(
    'SKIPPED: the fact-columns benchmark needs PostgreSQL — run it through scripts/with-postgres.sh',
  );
  process.exit(0);
}
const personCount = Number(process.env.PERSONS ?? 1_000_000);
const chunkSize = Number(process.env.CHUNK ?? 20_000);
const kit = createBenchKit('facts', databaseUrl);
const { run, time } = kit;

try {
  const started = Date.now();
  await run(['migrate']);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const existing = Number((await client.query('select count(*) from persons')).rows[0].count);
  const today = systemClock.today();
  if (!(process.env.REUSE_DATABASE === '1' && existing > 0)) {
    await run(['demo', 'generate', '--persons', String(personCount), '--persons-only']);
    await generateStatisticsData(client, today, { cases: 0 });
    console.log(
      `${personCount.toLocaleString('en')} persons with registry records built in ${seconds(started)} s`,
    );
  }
  const { city, town } = await benchOrgs(client, 'persons');
  const database = await openDatabase({ databaseUrl, dataDir: '/tmp' });
  const repo = createFactColumnsRepo(database.db);

  const baseline = await time(() => client.query('select count(*) from persons'));
  const rows: { label: string; ms: number }[] = [];
  const measure = async <T>(label: string, f: () => Promise<T>) => {
    const t = await time(f);
    rows.push({ label, ms: t.ms });
    console.log(`${label}: ${t.ms.toFixed(0)} ms`);
    return t.result;
  };
  const first = await measure(`the city's first chunk of ${chunkSize.toLocaleString('en')} persons`, () =>
    repo.loadChunk({ orgPath: city.path, on: today, afterPersonId: null, limit: chunkSize }),
  );
  await measure("the city's second chunk", () =>
    repo.loadChunk({ orgPath: city.path, on: today, afterPersonId: first.lastPersonId, limit: chunkSize }),
  );
  await measure("the busiest town's first chunk", () =>
    repo.loadChunk({ orgPath: town.path, on: today, afterPersonId: null, limit: chunkSize }),
  );
  const townTotal = await repo.countPersons(town.path);
  let chunks = 0;
  let certificates = 0;
  await measure(`every chunk of the busiest town (${townTotal.toLocaleString('en')} persons)`, async () => {
    chunks = 0;
    certificates = 0;
    let after: string | null = null;
    for (;;) {
      const chunk = await repo.loadChunk({
        orgPath: town.path,
        on: today,
        afterPersonId: after,
        limit: chunkSize,
      });
      if (chunk.lastPersonId === null) break;
      chunks += 1;
      certificates += chunk.certificates.personId.length;
      after = chunk.lastPersonId;
    }
  });
  console.log(`${chunks} chunks, ${certificates.toLocaleString('en')} certificate rows`);
  reportTimings({ label: 'count(*) persons', ms: baseline.ms }, 'count', rows);
  await client.end();
  await database.close();
} finally {
  kit.cleanup();
}
