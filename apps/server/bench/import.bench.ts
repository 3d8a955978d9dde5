// Excel import at city scale: a person workbook of N rows imported end to end (stream, validate,
// encrypt, stage, one final transaction) on PGlite and — when DATABASE_URL is set — PostgreSQL,
// against exceljs merely streaming through the same file in the same run. Each measurement runs in
// its own child process so its peak RSS is its own. Usage (from the repository root):
//   node scripts/bench-import.mjs [rows…]        default: 20000 100000
// WORKERS=0,1,2 runs each import once per count of row-check worker threads (0: all on the main
// thread, as before the worker pool); default: the import's own default (cores − 1, at least 1).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { seedReferenceData } from '../src/bootstrap.ts';
import { openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { importKinds } from '../src/imports.ts';
import { systemActor } from '../src/platform/access/actor.ts';
import { systemClock } from '../src/platform/clock.ts';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { writePersonsFile } from '../src/platform/excel-import/import-fixtures.ts';
import { runImport } from '../src/platform/excel-import/run-import.ts';
import { seedTestCity } from '../src/test/fixtures.ts';

type Mode = 'parse' | 'pglite' | 'postgres';
interface Measure {
  mode: Mode;
  rows: number;
  /** Row-check worker threads; undefined: runImport's default. */
  workers?: number | undefined;
  seconds: number;
  cpuSeconds: number;
  peakRssMiB: number;
  baseRssMiB: number;
  imported?: number;
}

const MiB = 1024 * 1024;

/** Times `fn`, sampling RSS every 20 ms (peak over the timed part only). */
async function measured(fn: () => Promise<number | undefined>): Promise<Omit<Measure, 'mode' | 'rows'>> {
  global.gc?.();
  const baseRss = process.memoryUsage().rss;
  let peak = baseRss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const imported = await fn();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMiB: peak / MiB,
    baseRssMiB: baseRss / MiB,
    ...(imported === undefined ? {} : { imported }),
  };
}

async function bareParse(file: string): Promise<undefined> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(file), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let cells = 0;
  for await (const ws of reader) for await (const row of ws) cells += (row.values as unknown[]).length;
  if (cells === 0) throw new Error('empty file');
  return undefined;
}

async function child(mode: Mode, file: string, rows: number, workers: number | undefined) {
  if (mode === 'parse') return { mode, rows, ...(await measured(() => bareParse(file))) };
  const dir = mkdtempSync(path.join(tmpdir(), 'minsheng-bench-import-'));
  let dropDb: (() => Promise<void>) | undefined;
  let url: string | undefined;
  if (mode === 'postgres') {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const name = `minsheng_bench_import_${randomBytes(4).toString('hex')}`;
    await admin.query(`create database ${name}`);
    const u = new URL(process.env.DATABASE_URL!);
    u.pathname = `/${name}`;
    url = u.toString();
    dropDb = async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  }
  const database = await openDatabase({ dataDir: dir, databaseUrl: url });
  try {
    await migrate(database);
    await seedReferenceData(database.db);
    const city = await seedTestCity(database.db);
    const kind = importKinds.persons!;
    const actor = {
      ...systemActor(city.city.id, city.city.path),
      roles: [
        {
          code: 'console',
          name: '控制台',
          permissions: [kind.permission],
          dataScope: 'all' as const,
          customOrgPaths: [],
          adminClass: null,
        },
      ],
    };
    const m = await measured(async () => {
      const out = await runImport({
        db: database.db,
        kind,
        actor,
        cipher: createFieldCipher(randomBytes(32)),
        input: createReadStream(file),
        size: statSync(file).size,
        today: systemClock.today(),
        fileName: path.basename(file),
        defaultOrgId: city.community1.id,
        ...(workers === undefined ? {} : { workers }),
      });
      if (out.summary.errors > 0)
        throw new Error(`bench file has errors: ${JSON.stringify(out.errors.slice(0, 3))}`);
      return out.summary.imported;
    });
    return { mode, rows, workers, ...m };
  } finally {
    await database.close();
    await dropDb?.();
    rmSync(dir, { recursive: true, force: true });
  }
}

function runChild(mode: Mode, file: string, rows: number, workers?: number): Measure {
  const r = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      import.meta.filename,
      '--child',
      mode,
      file,
      String(rows),
      String(workers ?? ''),
    ],
    { encoding: 'utf8', env: process.env, maxBuffer: 64 * MiB },
  );
  if (r.status !== 0) throw new Error(`${mode} ${rows} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Measure;
}

const label = (m: Measure) =>
  m.mode === 'parse'
    ? 'exceljs stream read only'
    : `import on ${m.mode}${m.workers === undefined ? '' : m.workers === 0 ? ', checks on the main thread' : `, ${m.workers} worker thread${m.workers > 1 ? 's' : ''}`}`;

async function main() {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const counts = sizes.length > 0 ? sizes : [20_000, 100_000];
  const cache = path.join(tmpdir(), 'minsheng-bench-import');
  mkdirSync(cache, { recursive: true });
  const modes: Mode[] = ['parse', 'pglite', ...(process.env.DATABASE_URL ? (['postgres'] as const) : [])];
  const workerCounts = process.env.WORKERS ? process.env.WORKERS.split(',').map(Number) : [undefined];
  const results: Measure[] = [];
  for (const rows of counts) {
    const file = path.join(cache, `persons-${rows}.xlsx`);
    if (!existsSync(file)) await writePersonsFile(file, rows);
    console.error(`${rows} rows: ${(statSync(file).size / MiB).toFixed(1)} MiB`);
    for (const mode of modes) {
      for (const workers of mode === 'parse' ? [undefined] : workerCounts) {
        const m = runChild(mode, file, rows, workers);
        console.error(
          `  ${mode}${workers === undefined ? '' : ` (${workers} workers)`}: ${m.seconds.toFixed(1)} s, peak RSS ${m.peakRssMiB.toFixed(0)} MiB`,
        );
        results.push(m);
      }
    }
  }
  console.log(
    '| rows | mode | wall (s) | CPU (s) | rows/s | peak RSS (MiB) | RSS before (MiB) | wall ÷ bare parse | CPU ÷ bare parse |',
  );
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const m of results) {
    const base = results.find((b) => b.rows === m.rows && b.mode === 'parse')!;
    console.log(
      `| ${m.rows.toLocaleString('en-US')} | ${label(m)} | ${m.seconds.toFixed(2)} | ${m.cpuSeconds.toFixed(2)} | ${Math.round(m.rows / m.seconds).toLocaleString('en-US')} | ${m.peakRssMiB.toFixed(0)} | ${m.baseRssMiB.toFixed(0)} | ${(m.seconds / base.seconds).toFixed(2)} | ${(m.cpuSeconds / base.cpuSeconds).toFixed(2)} |`,
    );
  }
}

if (process.argv[2] === '--child') {
  const [mode, file, rows, workers] = process.argv.slice(3) as [Mode, string, string, string];
  console.log(
    JSON.stringify(await child(mode, file, Number(rows), workers === '' ? undefined : Number(workers))),
  );
  process.exit(0);
} else {
  await main();
}
