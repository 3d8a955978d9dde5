import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../test/fixtures.ts';
import { documentedOperations, type Operation, urlOf } from '../../test/openapi-operations.ts';
import { createTestApp, type TestClient } from '../../test/test-app.ts';

/**
 * Operations anyone may call. The list of designated training institutions is public on purpose:
 * the policy requires it to be published (社会公示和公布, 000 第五篇 (八); 003 (三)); it takes no
 * input and its test (institutions-public.test.ts) proves it carries no personal data. So is the
 * list of credit communities (信用社区, 001 篇3 三(二)2: 认定, 动态管理), whose test
 * (credit-communities.test.ts) proves the same.
 */
const publicOperations = new Set([
  'GET /api/health',
  'POST /api/auth/login',
  'GET /api/public/training-institutions',
  'GET /api/public/credit-communities',
  // the published entrepreneurship projects (项目资源库 open to trainees, 000 第五篇 三(四)); no input,
  // no personal data (projects.test.ts)
  'GET /api/public/entrepreneurship-projects',
]);
/** Operations any session may call, whatever its permissions (the service narrows some further). */
const anySessionOperations = new Set([
  'GET /api/auth/me',
  'POST /api/auth/change-password',
  'POST /api/auth/totp/enrol',
  'POST /api/auth/totp/confirm',
  'POST /api/auth/totp/verify',
  'POST /api/auth/logout',
  'GET /api/dicts',
  'GET /api/jobs/{id}',
  'GET /api/imports/kinds',
  'GET /api/imports/{kind}/template.xlsx',
  'POST /api/imports/{kind}',
  'GET /api/imports/{jobId}/errors.xlsx',
  'GET /api/calendar/years',
  'GET /api/calendar/years/{year}',
  'GET /api/calendar/provisional',
  'GET /api/calendar/working-days',
  'GET /api/calendar/period-end',
  // Attachments: the owner record's kind checks access with that record's own rules.
  'GET /api/attachments/limits',
  'GET /api/attachments',
  'POST /api/attachments',
  'GET /api/attachments/{id}',
  'GET /api/attachments/{id}/content',
  'DELETE /api/attachments/{id}',
]);

const t = await createTestApp();
const operations = await documentedOperations(t.app);

/**
 * A request that fails every schema: path and query values too long for their fields (within the router's 100-character limit)
 * (and no valid id, date, number or code), required query fields present but invalid, and a
 * JSON body that is no object.
 */
function invalidRequest(op: Operation, session?: TestClient) {
  const junk = 'x'.repeat(99);
  const path = Object.fromEntries(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, junk]));
  const query = Object.fromEntries(op.parameters.filter((p) => p.in === 'query').map((p) => [p.name, junk]));
  const hasBody = op.method !== 'GET' && op.method !== 'DELETE';
  return t.app.inject({
    method: op.method,
    url: urlOf(op, path, query),
    headers: {
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
    },
    ...(hasBody ? { payload: '42' } : {}),
  });
}

describe('access is checked before the request is validated', () => {
  let unprivileged: TestClient;
  beforeAll(async () => {
    await createUser(t.db, { username: 'nopermission', orgId: t.city.city.id, roles: [] });
    unprivileged = await t.login('nopermission');
  });

  it('lists every public and any-session operation the document has', () => {
    const keys = new Set(operations.map((o) => o.key));
    for (const k of [...publicOperations, ...anySessionOperations]) expect(keys).toContain(k);
  });

  it.each(operations.filter((o) => !publicOperations.has(o.key)).map((o) => [o.key, o] as const))(
    'answers %s without a session with 401',
    async (_, op) => {
      const res = await invalidRequest(op);
      expect(res.statusCode, res.body).toBe(401);
      expect(res.json().code).toBe('AUTH_REQUIRED');
    },
  );

  it.each(
    operations
      .filter((o) => !publicOperations.has(o.key) && !anySessionOperations.has(o.key))
      .map((o) => [o.key, o] as const),
  )('answers %s from a session without permissions with 403', async (_, op) => {
    const res = await invalidRequest(op, unprivileged);
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
  });
});
