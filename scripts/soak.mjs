// Soak test: two server processes on one PostgreSQL, mixed read/write load for a bounded time, one
// process killed with SIGKILL mid-run and restarted. Loopback only. Run it under a throwaway
// PostgreSQL:
//   scripts/with-postgres.sh node scripts/soak.mjs [--minutes 30] [--workers 4]
// Prints a JSON summary (requests, errors in and outside the kill window, p50/p99, lost writes) and
// exits 1 when an acknowledged write is missing afterwards or an error fell outside the kill window.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { register } from 'tsx/esm/api';

register();
const { residentIdCheckDigit } = await import('../packages/rules/src/national/resident-id.ts');

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    workers: { type: 'string', default: '4' },
    'write-share': { type: 'string', default: '0.2' },
  },
});
const durationMs = Number(args.minutes) * 60_000;
const workers = Number(args.workers);
const writeShare = Number(args['write-share']);
if (!process.env.DATABASE_URL) {
  console.error('DATABASE_URL is not set: run under scripts/with-postgres.sh');
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'minsheng-soak-'));
const ports = [3901, 3902];
const base = (i) => `http://127.0.0.1:${ports[i]}`;
// Both processes share the secrets, as the README requires for several processes.
const env = {
  ...process.env,
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  SESSION_SECRET: randomBytes(48).toString('base64'),
  DATA_KEY: randomBytes(32).toString('base64'),
};

const servers = [null, null];
let demoOutput = '';
function startServer(i, demo) {
  const log = openSync(path.join(work, `server-${i}.log`), 'a');
  const child = spawn(
    process.execPath,
    [path.join(root, 'apps/server/bin/minsheng.mjs'), 'serve', ...(demo ? ['--demo'] : [])],
    {
      cwd: root,
      env: { ...env, PORT: String(ports[i]), DATA_DIR: path.join(work, `data-${i}`) },
      stdio: ['ignore', 'pipe', log],
    },
  );
  child.stdout.on('data', (d) => {
    demoOutput += d.toString();
  });
  servers[i] = child;
  return child;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitHealthy(i, timeoutMs = 300_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base(i)}/api/health`)).ok) return;
    } catch {}
    await sleep(250);
  }
  throw new Error(`server ${i} did not become healthy`);
}

/** A signed-in client over plain fetch: session cookie and CSRF token. */
async function signIn(i, username, password) {
  const res = await fetch(`${base(i)}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie').split(';')[0];
  const { csrfToken, stage } = await res.json();
  const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  const client = {
    call: (target, method, url, body) =>
      fetch(`${base(target)}${url}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(30_000),
      }),
  };
  if (stage === 'change_password') {
    const next = `Soak#${randomBytes(6).toString('hex')}Qz`;
    const r = await client.call(i, 'POST', '/api/auth/change-password', {
      oldPassword: password,
      newPassword: next,
    });
    if (!r.ok) throw new Error(`change password ${username}: ${r.status} ${await r.text()}`);
  }
  return client;
}

let idCounter = 0;
/** A valid, unique resident ID number: birth dates step through the 1970s, 999 per day. */
function nextIdNumber() {
  const k = idCounter++;
  const birth = new Date(Date.UTC(1970, 0, 1) + Math.floor(k / 999) * 86_400_000);
  const first17 = `370983${birth.toISOString().slice(0, 10).replaceAll('-', '')}${String((k % 999) + 1).padStart(3, '0')}`;
  return first17 + residentIdCheckDigit(first17);
}

const samples = []; // { at, ms, ok, status, target, kind }
const acknowledged = []; // { id, worker }: persons are in the scope of the worker's officer
let killWindow = null; // [from, to] in ms since epoch

async function worker(client, orgId, until, n) {
  const mine = [];
  let seq = 0;
  while (Date.now() < until) {
    const target = (seq + n) % 2;
    seq++;
    const write = Math.random() < writeShare;
    const started = Date.now();
    let status = 0;
    try {
      if (write) {
        const res = await client.call(target, 'POST', '/api/persons', {
          idNumber: nextIdNumber(),
          name: `压测${n}-${seq}`,
          ethnicity: '01',
          education: '20',
          hukouType: 'urban',
          hukouPlace: 'local',
          orgId,
        });
        status = res.status;
        const body = await res.json();
        if (res.ok) {
          mine.push(body.id);
          acknowledged.push({ id: body.id, worker: n });
        }
      } else {
        const pick = seq % 3;
        const url =
          pick === 0
            ? '/api/auth/me'
            : pick === 1
              ? `/api/persons?page=${(seq % 5) + 1}&pageSize=20`
              : mine.length > 0
                ? `/api/persons/${mine[seq % mine.length]}`
                : '/api/persons';
        const res = await client.call(target, 'GET', url);
        status = res.status;
        await res.arrayBuffer();
      }
    } catch {
      status = 0; // connection refused or reset: the process was down
    }
    samples.push({
      at: started,
      ms: Date.now() - started,
      ok: status >= 200 && status < 300,
      status,
      target,
      kind: write ? 'write' : 'read',
    });
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

let exitCode = 1;
try {
  startServer(0, true);
  await waitHealthy(0);
  startServer(1, false);
  await waitHealthy(1);
  const password = demoOutput.match(/演示用户统一初始密码[：:]\s*(\S+)/)?.[1];
  const officers = [...demoOutput.matchAll(/^\s+(jd_\d+)\s/gm)].map((m) => m[1]);
  if (!password || officers.length === 0) throw new Error('demo accounts not found in the output');

  const clients = [];
  for (let w = 0; w < workers; w++) {
    const client = await signIn(w % 2, officers[w % officers.length], password);
    const me = await (await client.call(0, 'GET', '/api/auth/me')).json();
    clients.push({ client, orgId: me.user.org.id });
  }

  const startedAt = Date.now();
  const until = startedAt + durationMs;
  const chaos = (async () => {
    await sleep(durationMs * 0.4);
    const from = Date.now();
    servers[1].kill('SIGKILL');
    await new Promise((r) => servers[1].once('exit', r));
    await sleep(5_000);
    startServer(1, false);
    await waitHealthy(1);
    killWindow = [from, Date.now() + 2_000];
  })();
  await Promise.all([...clients.map((c, n) => worker(c.client, c.orgId, until, n)), chaos]);
  const loadSeconds = (Date.now() - startedAt) / 1000;

  // Every write that was answered 2xx must be there, read back by the officer who wrote it.
  let lost = 0;
  for (let i = 0; i < acknowledged.length; i += 8) {
    await Promise.all(
      acknowledged.slice(i, i + 8).map(async (w) => {
        const res = await clients[w.worker].client.call(0, 'GET', `/api/persons/${w.id}`);
        if (!res.ok) lost++;
        await res.arrayBuffer();
      }),
    );
  }

  // A request in the kill window is one that was under way at some moment of it: those sent to
  // the killed process just before SIGKILL fail too.
  const inWindow = (s) => killWindow && s.at <= killWindow[1] && s.at + s.ms >= killWindow[0];
  const errors = samples.filter((s) => !s.ok);
  const lat = samples
    .filter((s) => s.ok)
    .map((s) => s.ms)
    .sort((a, b) => a - b);
  const summary = {
    minutes: Number(args.minutes),
    workers,
    requests: samples.length,
    perSecond: Math.round(samples.length / loadSeconds),
    writesAcknowledged: acknowledged.length,
    writesLost: lost,
    errors: errors.length,
    errorsInKillWindow: errors.filter(inWindow).length,
    errorsOutsideKillWindow: errors.filter((s) => !inWindow(s)).length,
    errorStatuses: Object.fromEntries(
      [...new Set(errors.map((s) => s.status))].map((st) => [
        st,
        errors.filter((e) => e.status === st).length,
      ]),
    ),
    killWindowSeconds: killWindow ? (killWindow[1] - killWindow[0]) / 1000 : null,
    // Errors outside the window, if any: when they started relative to the kill, and on which process.
    errorsOutside: errors
      .filter((s) => !inWindow(s))
      .slice(0, 20)
      .map((s) => ({
        msFromKill: killWindow ? s.at - killWindow[0] : null,
        ms: s.ms,
        target: s.target,
        kind: s.kind,
      })),
    p50ms: percentile(lat, 50),
    p99ms: percentile(lat, 99),
    maxMs: lat.at(-1),
  };
  console.log(JSON.stringify(summary, null, 2));
  exitCode = lost === 0 && summary.errorsOutsideKillWindow === 0 ? 0 : 1;
} catch (err) {
  console.error(err);
} finally {
  for (const s of servers) s?.kill('SIGTERM');
  await sleep(2_000);
  for (const s of servers) if (s && s.exitCode === null) s.kill('SIGKILL');
  if (exitCode === 0) rmSync(work, { recursive: true, force: true });
  else console.error(`server logs kept in ${work}`);
}
process.exit(exitCode);
