import { type APIRequestContext, request } from 'playwright-core';
import { baseUrl } from './browser.ts';
import { freshPassword } from './sign-in.ts';

/** A signed-in API client (no browser) for preparing or looking up data a journey needs. */
export interface ApiSession {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  dispose(): Promise<void>;
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string): Promise<T> {
  if (!response.ok()) throw new Error(`${what} failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Signs in a non-administrator account through the API, changing its initial password if asked to. */
export async function apiSignIn(username: string, password: string): Promise<ApiSession> {
  const context = await request.newContext({ baseURL: baseUrl });
  const login = await json<{ stage: string; csrfToken: string }>(
    await context.post('/api/auth/login', { data: { username, password } }),
    `login ${username}`,
  );
  const headers = { 'x-csrf-token': login.csrfToken };
  if (login.stage === 'change_password') {
    await json(
      await context.post('/api/auth/change-password', {
        data: { oldPassword: password, newPassword: freshPassword() },
        headers,
      }),
      `change password of ${username}`,
    );
  }
  return {
    get: async (path) => json(await context.get(`/api${path}`), `GET ${path}`),
    post: async (path, body) =>
      json(await context.post(`/api${path}`, { data: body ?? {}, headers }), `POST ${path}`),
    dispose: () => context.dispose(),
  };
}
