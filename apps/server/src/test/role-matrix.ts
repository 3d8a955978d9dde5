import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiResponse, TestApp, TestClient } from './test-app.ts';

/** The nine users `createTestApp` seeds, one per built-in role (two street officers). */
export const roleUsers = [
  'reviewer',
  'officer1',
  'officer2',
  'worker1',
  'finance',
  'institution',
  'sysadmin',
  'secadmin',
  'auditadmin',
] as const;
export type RoleUser = (typeof roleUsers)[number];

export interface MatrixCase {
  /** `METHOD /path`, used as the describe title. */
  endpoint: string;
  /** The users answered with 200; everyone else must get 403. */
  allowed: readonly RoleUser[];
  /** Makes the call as `user`; a call may create per-user data so that permitted calls succeed. */
  call: (client: TestClient, user: RoleUser) => Promise<ApiResponse>;
}

/**
 * The per-role permission test: for every endpoint, each of the nine users gets exactly the
 * expected status. Users sign in once per file (argon2 is deliberately slow).
 */
export function describeRoleMatrix(t: TestApp, cases: MatrixCase[]) {
  const clients = {} as Record<RoleUser, TestClient>;
  beforeAll(async () => {
    for (const u of roleUsers) clients[u] = await t.login(u);
  });
  for (const c of cases) {
    describe(`${c.endpoint} per role`, () => {
      for (const user of roleUsers) {
        const status = c.allowed.includes(user) ? 200 : 403;
        it(`answers ${user} with ${status}`, async () => {
          const res = await c.call(clients[user], user);
          expect(res.status, JSON.stringify(res.body)).toBe(status);
          if (status === 403) expect((res.body as { code: string }).code).toBe('FORBIDDEN');
        });
      }
    });
  }
}
