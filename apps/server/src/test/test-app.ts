import type { CalendarYearData } from '@minsheng/rules/engine/calendar.ts';
import { afterAll } from 'vitest';
import { buildApp } from '../app.ts';
import { seedReferenceData } from '../bootstrap.ts';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import type { AttachmentStorage } from '../platform/attachments/attachment-storage.ts';
import type { CalendarSource } from '../platform/calendar/calendar-source.ts';
import type { Clock } from '../platform/clock.ts';
import { disableAdminMfa, seedRoleUsers, seedTestCity, TEST_PASSWORD } from './fixtures.ts';
import { testClock } from './test-clock.ts';
import { createTestDatabase } from './test-db.ts';

export const testConfig = (clock: Clock = testClock()): Config => ({
  port: 0,
  host: '127.0.0.1',
  dataDir: '/tmp',
  databaseUrl: undefined,
  sessionSecret: 'test-session-secret-test-session-secret-0123456789',
  dataKey: Buffer.alloc(32, 7),
  logLevel: process.env.TEST_LOG === '1' ? 'error' : 'info',
  trustProxy: false,
  attachments: { dir: '/tmp/minsheng-test-attachments', maxBytes: 2 * 1024 * 1024, s3: null },
  clock,
});

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

/** A signed-in HTTP client over `app.inject`, carrying the session cookie and CSRF token. */
export interface TestClient {
  get<T = any>(url: string): Promise<ApiResponse<T>>;
  post<T = any>(url: string, body?: unknown): Promise<ApiResponse<T>>;
  patch<T = any>(url: string, body?: unknown): Promise<ApiResponse<T>>;
  put<T = any>(url: string, body?: unknown): Promise<ApiResponse<T>>;
  delete<T = any>(url: string): Promise<ApiResponse<T>>;
  csrfToken: string;
  cookie: string;
}

/**
 * A fresh app on a fresh cloned database with the test city and one user per role. Closed after
 * the file's tests.
 */
export async function createTestApp(
  opts: {
    adminMfa?: boolean;
    logLines?: string[];
    /** default: a clock starting at TEST_NOW */
    clock?: Clock;
    /** default: the packaged years plus the years entered in the test database */
    calendar?: CalendarSource;
    /** the packaged calendar years (default: the rules package's) */
    packagedCalendarYears?: readonly CalendarYearData[];
    /** default: files under a folder in /tmp */
    attachmentStorage?: AttachmentStorage;
  } = {},
) {
  const clock = opts.clock ?? testClock();
  const database = await createTestDatabase();
  await seedReferenceData(database.db);
  const city = await seedTestCity(database.db);
  const users = await seedRoleUsers(database.db, city);
  if (!opts.adminMfa) await disableAdminMfa(database.db);
  const { app, services } = await buildApp({
    config: testConfig(clock),
    database,
    ...(opts.calendar ? { calendar: opts.calendar } : {}),
    ...(opts.packagedCalendarYears ? { packagedCalendarYears: opts.packagedCalendarYears } : {}),
    ...(opts.attachmentStorage ? { attachmentStorage: opts.attachmentStorage } : {}),
    logger: process.env.TEST_LOG === '1' || opts.logLines !== undefined,
    ...(opts.logLines ? { logStream: { write: (line: string) => void opts.logLines!.push(line) } } : {}),
  });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  async function request<T>(method: string, url: string, cookie: string, csrf: string, body?: unknown) {
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers: { cookie, ...(csrf ? { 'x-csrf-token': csrf } : {}) },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const text = res.body;
    let parsed: unknown = text;
    if (res.headers['content-type']?.toString().includes('json')) parsed = text ? JSON.parse(text) : null;
    return { status: res.statusCode, body: parsed as T, headers: res.headers as Record<string, unknown> };
  }

  async function login(username: string, password = TEST_PASSWORD): Promise<TestClient> {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const setCookie = res.headers['set-cookie'];
    const cookie = String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(';')[0]!;
    const { csrfToken } = res.json() as { csrfToken: string };
    return {
      cookie,
      csrfToken,
      get: (url) => request('GET', url, cookie, ''),
      post: (url, body) => request('POST', url, cookie, csrfToken, body ?? {}),
      patch: (url, body) => request('PATCH', url, cookie, csrfToken, body ?? {}),
      put: (url, body) => request('PUT', url, cookie, csrfToken, body ?? {}),
      delete: (url) => request('DELETE', url, cookie, csrfToken),
    };
  }

  return {
    app,
    services,
    database,
    db: database.db,
    city,
    users,
    login,
    password: TEST_PASSWORD,
    clock,
    /** the bureau's date on the app's clock */
    today: () => clock.today(),
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * A second server process over the test app's database: on PostgreSQL with its own connection
 * pool, so nothing can be shared in memory with the first; on PGlite the same embedded database.
 * Closed after the file's tests.
 */
export async function secondInstance(t: TestApp) {
  const database =
    'url' in t.database && t.database.url
      ? await openDatabase({ databaseUrl: t.database.url, dataDir: '/tmp' })
      : t.database;
  const { app } = await buildApp({ config: testConfig(t.clock), database, logger: false });
  afterAll(async () => {
    await app.close();
    if (database !== t.database) await database.close();
  });
  return { app, db: database.db };
}
