// Browser journeys: starts a fresh server on a throwaway embedded database with the demo city,
// then runs e2e/journeys/*.test.ts (node:test + playwright-core) against it in Debian's Chromium.
// A journey that needs the bureau's clock elsewhere declares it in a line of its own,
// `// e2e-clock: 2025-03-10T09:00:00+08:00`: its group gets a server of its own started there
// (CLOCK_START, the clock then runs on), and that server is started only when such a journey runs.
// A demo city is made for the bureau's day its server starts on ("today's" examinees, this quarter's
// unreported town, last year's loan ledgers), and the journeys read that day from their server's
// clock (MINSHENG_CLOCK_OFFSET_MS, support/bureau-clock.ts). So when the bureau's midnight would
// fall during the journeys, the machine-clock group's server starts its clock just after it: the
// demo's day then holds for the whole run. (The unit tiers test the day's change; CI starts them
// minutes before New Year in Beijing.)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(chromium)) {
  const bar = '!'.repeat(78);
  console.log(`\n${bar}\n!!! SKIPPED: browser suite (e2e/journeys) — no Chromium at ${chromium}`);
  console.log('!!! Install it with:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH)');
  console.log(`!!! The browser journeys did NOT run.\n${bar}\n`);
  process.exit(process.env.E2E_REQUIRE_BROWSER === '1' ? 1 : 0);
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** Longer than the journeys of one clock group take on a loaded CI machine. */
const journeysMinutes = 60;

/** '' (the machine's clock), or the bureau's next midnight when it comes within `journeysMinutes`. */
function machineGroupClock() {
  const day = 86_400_000;
  const beijing = 8 * 3_600_000; // no daylight saving time
  const nextMidnight = (Math.floor((Date.now() + beijing) / day) + 1) * day - beijing;
  if (nextMidnight - Date.now() > journeysMinutes * 60_000) return '';
  const start = new Date(nextMidnight + 60_000).toISOString();
  console.log(`(journeys: the bureau's midnight is near; the demo server's clock starts at ${start})`);
  return start;
}

/** Starts a demo server (its clock at `clockStart`, or the machine's) and waits until it is healthy. */
async function startServer(clockStart) {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'minsheng-e2e-'));
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL; // journeys always start from an empty embedded database
  delete env.CLOCK_START;
  if (clockStart) env.CLOCK_START = clockStart;
  // The server's clock starts when it reads its settings, within a second of this.
  const clockOffsetMs = clockStart ? Date.parse(clockStart) - Date.now() : 0;

  const server = spawn(
    process.execPath,
    [path.join(root, 'apps/server/bin/minsheng.mjs'), 'serve', '--demo'],
    {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  server.stdout.on('data', (d) => {
    output += d;
  });
  server.stderr.on('data', (d) => {
    output += d;
  });
  const stop = async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const base = `http://127.0.0.1:${port}`;
  const clock = clockStart ? ` (clock from ${clockStart})` : '';
  // Starting builds the demo city first; on a loaded CI machine that has taken over two minutes.
  const startLimitSeconds = 300;
  const deadline = Date.now() + startLimitSeconds * 1000;
  for (;;) {
    if (server.exitCode !== null) {
      await stop();
      throw new Error(`server${clock} exited early:\n${output}`);
    }
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {}
    if (Date.now() > deadline) {
      server.kill('SIGKILL');
      await stop();
      throw new Error(`server${clock} did not become healthy within ${startLimitSeconds} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }

  const passwords = Object.fromEntries(
    [...output.matchAll(/用户名 (\S+)\s+初始密码 (\S+)/g)].map((m) => [m[1], m[2]]),
  );
  const journeyEnv = {
    MINSHENG_BASE_URL: base,
    MINSHENG_CLOCK_OFFSET_MS: String(clockOffsetMs),
    MINSHENG_ADMIN_PASSWORD: passwords.admin ?? '',
    MINSHENG_SECADMIN_PASSWORD: passwords.secadmin ?? '',
    MINSHENG_AUDITOR_PASSWORD: passwords.auditor ?? '',
    MINSHENG_DEMO_PASSWORD: output.match(/演示用户统一初始密码[：:]\s*(\S+)/)?.[1] ?? '',
  };
  return { env: journeyEnv, stop };
}

// JOURNEYS=cases,print runs only those journeys (while working on them); unset runs them all.
const only = process.env.JOURNEYS?.split(',').map((j) => `${j.trim()}.test.ts`);
const journeys = readdirSync(path.join(root, 'e2e/journeys'))
  .filter((f) => f.endsWith('.test.ts') && (!only || only.includes(f)))
  .map((f) => path.join('e2e/journeys', f));

if (journeys.length === 0) {
  console.error('no browser journeys found in e2e/journeys/*.test.ts');
  process.exit(1);
}

/** Journeys by the clock their server starts at ('' for the machine's). */
const groups = new Map();
for (const journey of journeys) {
  const declared = readFileSync(path.join(root, journey), 'utf8').match(/^\/\/ e2e-clock: (\S+)$/m);
  const clock = declared?.[1] ?? '';
  groups.set(clock, [...(groups.get(clock) ?? []), journey]);
}

// The servers start together (building a demo city is most of the wait); the journeys run one at a time.
const started = await Promise.allSettled(
  [...groups.keys()].map((clock) => startServer(clock || machineGroupClock())),
);
const servers = started.filter((s) => s.status === 'fulfilled').map((s) => s.value);
let code = 0;
if (servers.length < started.length) {
  for (const s of started) if (s.status === 'rejected') console.error(s.reason.message);
  code = 1;
} else {
  for (const [i, group] of [...groups.values()].entries()) {
    const exit = await new Promise((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...group], {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, ...servers[i].env, CHROMIUM_PATH: chromium },
      });
      child.on('exit', (c) => resolve(c ?? 1));
    });
    if (exit !== 0) code = exit;
  }
}
for (const server of servers) await server.stop();
process.exit(code);
