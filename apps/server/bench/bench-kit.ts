// What the database benchmarks share: a throwaway data folder and key, the `minsheng` CLI against
// DATABASE_URL, the app built on it, best-of-N timing and actors of built-in roles.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/client.ts';
import type { Actor } from '../src/platform/access/actor.ts';
import { builtinRoles } from '../src/platform/access/builtin-roles.ts';
import { systemClock } from '../src/platform/clock.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(root, 'apps/server/bin/minsheng.mjs');

export function createBenchKit(name: string, databaseUrl: string) {
  const runs = Number(process.env.RUNS ?? 3);
  const dataDir = mkdtempSync(path.join(tmpdir(), `minsheng-bench-${name}-`));
  const dataKey = randomBytes(32);
  const env = { ...process.env, DATA_DIR: dataDir, DATA_KEY: dataKey.toString('base64'), LOG_LEVEL: 'warn' };

  return {
    runs,

    /** `minsheng <args>` on the benchmark's database; its output, or an error with it. */
    run: (args: string[]): Promise<string> =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [bin, ...args], { env });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('exit', (code) =>
          code === 0 ? resolve(out) : reject(new Error(`minsheng ${args[0]}: ${out}`)),
        );
      }),

    /** The best of `runs` timings in ms (the machine is shared; the minimum is the query's own cost). */
    async time<T>(f: () => Promise<T>): Promise<{ ms: number; result: T }> {
      let best = Number.POSITIVE_INFINITY;
      let result: T | undefined;
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        result = await f();
        best = Math.min(best, performance.now() - started);
      }
      return { ms: best, result: result as T };
    },

    /** The app with its services on the benchmark's database (system clock, no logger). */
    async app() {
      const database = await openDatabase({ databaseUrl, dataDir });
      const { app, services } = await buildApp({
        config: {
          port: 0,
          host: '127.0.0.1',
          dataDir,
          databaseUrl,
          sessionSecret: randomBytes(32).toString('hex'),
          dataKey,
          logLevel: 'warn',
          trustProxy: false,
          clock: systemClock,
          attachments: { dir: path.join(dataDir, 'attachments'), maxBytes: 20 * 1024 * 1024, s3: null },
        },
        database,
        logger: false,
      });
      return { app, services, database };
    },

    cleanup: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

export const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(0);

/** An actor of a built-in role placed at an organisation (no session, no user row). */
export function actorAt(org: { id: number; path: string }, role: string): Actor {
  const r = builtinRoles.find((x) => x.code === role)!;
  return {
    userId: '00000000-0000-0000-0000-000000000001',
    username: 'bench',
    displayName: 'bench',
    orgId: org.id,
    orgPath: org.path,
    roles: [
      {
        code: r.code,
        name: r.name,
        permissions: r.permissions,
        dataScope: r.dataScope,
        customOrgPaths: [],
        adminClass: null,
      },
    ],
    ip: null,
    userAgent: null,
  };
}

/**
 * The city, its first district and the town (street) with the most `busiest` rows under it, with a
 * bureau leader and a city reviewer at the city and a street officer at the town.
 */
export async function benchOrgs(client: pg.Client, busiest: 'persons' | 'training_trainees') {
  const orgs = await client.query<{ id: number; path: string; level: string }>(
    `select id, path, level from organisations where level in ('city', 'district') order by id`,
  );
  const city = orgs.rows.find((o) => o.level === 'city')!;
  const district = orgs.rows.find((o) => o.level === 'district')!;
  const [town] = (
    await client.query<{ id: number; path: string }>(
      `select o.id, o.path from organisations o where o.level = 'street'
      order by (select count(*) from ${busiest} r where r.org_path like o.path || '%') desc limit 1`,
    )
  ).rows as [{ id: number; path: string }];
  return {
    city,
    district,
    town,
    leader: actorAt(city, 'bureau_leader'),
    reviewer: actorAt(city, 'city_reviewer'),
    officer: actorAt(town, 'street_officer'),
  };
}

/** The markdown table BENCHMARKS.md takes: each query's time and its ratio to the same-run baseline. */
export function reportTimings(
  baseline: { label: string; ms: number },
  unit: string,
  rows: { label: string; ms: number }[],
) {
  console.log(`\n| query | ms | ÷ ${unit} |`);
  console.log('|---|---|---|');
  console.log(`| baseline: ${baseline.label} | ${baseline.ms.toFixed(0)} | 1.00 |`);
  for (const r of rows)
    console.log(`| ${r.label} | ${r.ms.toFixed(0)} | ${(r.ms / baseline.ms).toFixed(2)} |`);
}

/** Prints the agreement checks' outcome; a disagreement fails the run. */
export function reportAgreement(mismatches: string[], agreed: string) {
  console.log(mismatches.length === 0 ? agreed : `MISMATCH: ${mismatches.join('; ')}`);
  if (mismatches.length > 0) process.exitCode = 1;
}
