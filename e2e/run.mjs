// Browser journeys: starts a fresh server on a throwaway embedded database with the demo city,
// then runs e2e/journeys/*.test.ts (node:test + playwright-core) against it in Debian's Chromium.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
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

const port = await freePort();
const dataDir = mkdtempSync(path.join(tmpdir(), 'minsheng-e2e-'));
const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
delete env.DATABASE_URL; // journeys always start from an empty embedded database

const server = spawn(process.execPath, [path.join(root, 'apps/server/bin/minsheng.mjs'), 'serve', '--demo'], {
  cwd: root,
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
server.stdout.on('data', (d) => {
  output += d;
});
server.stderr.on('data', (d) => {
  output += d;
});

const base = `http://127.0.0.1:${port}`;
// Starting builds the demo city first; on a loaded CI machine that has taken over two minutes.
const startLimitSeconds = 300;
const deadline = Date.now() + startLimitSeconds * 1000;
for (;;) {
  if (server.exitCode !== null) {
    console.error(`server exited early:\n${output}`);
    process.exit(1);
  }
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {}
  if (Date.now() > deadline) {
    console.error(`server did not become healthy within ${startLimitSeconds} s:\n${output}`);
    server.kill('SIGKILL');
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 300));
}

const passwords = Object.fromEntries(
  [...output.matchAll(/用户名 (\S+)\s+初始密码 (\S+)/g)].map((m) => [m[1], m[2]]),
);
const demoPassword = output.match(/演示用户统一初始密码[：:]\s*(\S+)/)?.[1] ?? '';
// JOURNEYS=cases,print runs only those journeys (while working on them); unset runs them all.
const only = process.env.JOURNEYS?.split(',').map((j) => `${j.trim()}.test.ts`);
const journeys = readdirSync(path.join(root, 'e2e/journeys'))
  .filter((f) => f.endsWith('.test.ts') && (!only || only.includes(f)))
  .map((f) => path.join('e2e/journeys', f));

if (journeys.length === 0) {
  console.error('no browser journeys found in e2e/journeys/*.test.ts');
  server.kill('SIGTERM');
  process.exit(1);
}

const code = await new Promise((resolve) => {
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...journeys], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      MINSHENG_BASE_URL: base,
      MINSHENG_ADMIN_PASSWORD: passwords.admin ?? '',
      MINSHENG_SECADMIN_PASSWORD: passwords.secadmin ?? '',
      MINSHENG_AUDITOR_PASSWORD: passwords.auditor ?? '',
      MINSHENG_DEMO_PASSWORD: demoPassword,
      CHROMIUM_PATH: chromium,
    },
  });
  child.on('exit', (c) => resolve(c ?? 1));
});

server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
rmSync(dataDir, { recursive: true, force: true });
process.exit(code);
