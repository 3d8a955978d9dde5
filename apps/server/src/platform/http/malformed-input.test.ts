import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestClient } from '../../test/test-app.ts';

const t = await createTestApp();

/** A 4xx in the usual shape: a stable code and a Chinese message. */
function expectRefused(res: { status: number; body: unknown }, status = 422) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  const body = res.body as { code: string; message: string };
  expect(body.code).toMatch(/^[A-Z_]+$/);
  expect(body.message).toMatch(/[\u4e00-\u9fff]/);
}

describe('malformed input is refused with 4xx, never a server error', () => {
  let admin: TestClient;
  let officer: TestClient;
  beforeAll(async () => {
    admin = await t.login('sysadmin');
    officer = await t.login('officer1');
  });

  const newOrg = (name: string) =>
    admin.post('/api/orgs', { parentId: t.city.district.id, name, level: 'street', regionCode: '370983009' });

  it('refuses a NUL in a body field, naming the field', async () => {
    const res = await newOrg('新\u0000机构');
    expectRefused(res);
    expect((res.body as { message: string }).message).toContain('body/name');
  });

  it('refuses a NUL in a query value and in a path segment', async () => {
    expectRefused(await officer.get('/api/persons?q=%E5%BC%A0%00'));
    expect((await officer.get('/api/persons?q=%00')).body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expectRefused(await officer.get('/api/case-types/a%00b'));
    expectRefused(await admin.patch('/api/dicts/%00/items/x', { active: false }));
  });

  it('refuses lone UTF-16 surrogates in a body, and malformed percent-encoding in a URL', async () => {
    expectRefused(await newOrg('机构\ud800'));
    expectRefused(await officer.get('/api/persons/%ED%A0%80'), 400);
  });

  it('refuses ids beyond the 32-bit range of the column', async () => {
    expectRefused(await officer.get('/api/persons?orgId=99999999999'));
    // an id in the address that no record can have is a record not found
    expectRefused(await admin.get('/api/orgs/99999999999'), 404);
    expectRefused(
      await admin.post('/api/users', {
        username: 'someone',
        displayName: '某人',
        orgId: 1,
        roleIds: [2_147_483_648],
      }),
    );
  });

  it('refuses years 0000 and 9999 in dates and date filters', async () => {
    expectRefused(await officer.get('/api/zero-employment/summary?from=0000-01-01&to=2026-01-31'));
    expectRefused(await officer.get('/api/unemployment-registrations?from=2026-01-01&to=9999-12-31'));
    const auditor = await t.login('auditadmin');
    expectRefused(await auditor.get('/api/audit?from=0000-01-01'));
  });

  it('refuses an empty change to an organisation', async () => {
    expectRefused(await admin.patch(`/api/orgs/${t.city.street1.id}`, {}));
  });

  it('answers an over-long path segment in the usual shape', async () => {
    expectRefused(await officer.get(`/api/persons/${'x'.repeat(200)}`), 414);
  });
});
