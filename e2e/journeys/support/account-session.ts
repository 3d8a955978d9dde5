import { after } from 'node:test';
import { type APIRequestContext, type APIResponse, request } from 'playwright-core';
import { baseUrl } from './browser.ts';
import { type Account, freshPassword } from './sign-in.ts';

/** A signed-in API client for an `Account`, used alongside the browser for the same user. */
export interface AccountSession {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body?: unknown): Promise<T>;
  dispose(): Promise<void>;
}

async function json<T>(response: APIResponse, what: string): Promise<T> {
  if (!response.ok()) throw new Error(`${what} failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

async function login(context: APIRequestContext, account: Account) {
  return json<{ stage: string; csrfToken: string }>(
    await context.post('/api/auth/login', {
      data: { username: account.username, password: account.password },
    }),
    `login ${account.username}`,
  );
}

/**
 * Signs `account` in through the API. A forced first-login change is made here and written back
 * to `account.password`, so the browser signs in with the same password afterwards (unlike
 * `apiSignIn`, which keeps the new password to itself).
 */
export async function accountSession(account: Account): Promise<AccountSession> {
  const context = await request.newContext({ baseURL: baseUrl });
  const { stage, csrfToken } = await login(context, account);
  const headers = { 'x-csrf-token': csrfToken };
  if (stage === 'change_password') {
    const next = freshPassword();
    await json(
      await context.post('/api/auth/change-password', {
        data: { oldPassword: account.password, newPassword: next },
        headers,
      }),
      `change password of ${account.username}`,
    );
    account.password = next;
  }
  const send = (method: 'post' | 'put', path: string, body: unknown) =>
    context[method](`/api${path}`, { data: body ?? {}, headers });
  return {
    get: async (path) => json(await context.get(`/api${path}`), `GET ${path}`),
    post: async (path, body) => json(await send('post', path, body), `POST ${path}`),
    put: async (path, body) => json(await send('put', path, body), `PUT ${path}`),
    dispose: () => context.dispose(),
  };
}

/**
 * Gives a shared demo account its initial password back once a journey changed it, so journeys
 * running later can still sign it in with the demo password. The server refuses the current
 * password and the five before it, so the account steps through five fresh ones first.
 */
export async function restorePassword(account: Account, initial: string): Promise<void> {
  if (!initial || account.password === initial) return;
  const context = await request.newContext({ baseURL: baseUrl });
  try {
    const { csrfToken } = await login(context, account);
    for (const next of [...Array.from({ length: 5 }, (_, i) => `${freshPassword()}${i}`), initial]) {
      await json(
        await context.post('/api/auth/change-password', {
          data: { oldPassword: account.password, newPassword: next },
          headers: { 'x-csrf-token': csrfToken },
        }),
        `restore the password of ${account.username}`,
      );
      account.password = next;
    }
  } finally {
    await context.dispose();
  }
}

/**
 * The demo accounts of a journey through the training-institution chain: the first street's
 * institution and station (no other journey uses them) and the shared city reviewer and finance
 * officer, whose passwords are given back after the journey so later journeys can sign them in.
 * Call at the top level of the journey's file.
 */
export function institutionChainAccounts() {
  const password = process.env.MINSHENG_DEMO_PASSWORD ?? '';
  const account = (username: string): Account => ({ username, password });
  const accounts = {
    institution: account('px_370902001'),
    officer: account('jd_370902001'),
    reviewer: account('sj_reviewer'),
    finance: account('sj_finance'),
  };
  after(async () => {
    for (const account of Object.values(accounts)) await restorePassword(account, password);
  });
  return { password, ...accounts };
}
