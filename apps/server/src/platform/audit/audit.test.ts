import { count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { describeRoleMatrix } from '../../test/role-matrix.ts';
import { createTestApp } from '../../test/test-app.ts';
import { roles } from '../access/access.schema.ts';
import { auditLog } from './audit.schema.ts';

const t = await createTestApp();

describeRoleMatrix(t, [
  { endpoint: 'GET /api/audit', allowed: ['auditadmin'], call: (c) => c.get('/api/audit') },
  { endpoint: 'GET /api/audit/verify', allowed: ['auditadmin'], call: (c) => c.get('/api/audit/verify') },
]);

async function createdUser() {
  const [role] = await t.db.select({ id: roles.id }).from(roles).where(eq(roles.code, 'street_officer'));
  const admin = await t.login('sysadmin');
  const res = await admin.post('/api/users', {
    username: 'audited_user',
    displayName: '被审计',
    orgId: t.city.street1.id,
    roleIds: [role!.id],
  });
  expect(res.status).toBe(200);
  return res.body.user as { id: string };
}

describe('reading the audit log', () => {
  it('shows a user creation with the acting administrator and their organisation', async () => {
    const user = await createdUser();
    const auditor = await t.login('auditadmin');
    const res = await auditor.get('/api/audit?action=user.&targetType=user&username=sysadmin');
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({
      username: 'sysadmin',
      orgName: '测试市',
      action: 'user.create',
      targetType: 'user',
      targetId: user.id,
      detail: { after: { username: 'audited_user', roles: ['street_officer'] } },
    });
    expect(typeof res.body.items[0].at).toBe('string');
  });

  it('lists newest first, pages, and filters by time and action prefix', async () => {
    const auditor = await t.login('auditadmin');
    const page1 = await auditor.get('/api/audit?pageSize=2');
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.items[0].id).toBeGreaterThan(page1.body.items[1].id);
    expect(page1.body.total).toBeGreaterThan(2);
    const page2 = await auditor.get('/api/audit?pageSize=2&page=2');
    expect(page2.body.items[0].id).toBeLessThan(page1.body.items[1].id);
    expect((await auditor.get('/api/audit?from=2999-01-01')).body.total).toBe(0);
    expect((await auditor.get('/api/audit?to=2000-01-01')).body.total).toBe(0);
    const logins = await auditor.get('/api/audit?action=auth.&pageSize=200');
    expect(logins.body.items.every((i: { action: string }) => i.action.startsWith('auth.'))).toBe(true);
    expect((await auditor.get('/api/audit?action=nothing.like.this')).body.total).toBe(0);
  });

  it('does not audit its own reading', async () => {
    const auditor = await t.login('auditadmin');
    const rows = async () => (await t.db.select({ n: count() }).from(auditLog))[0]!.n;
    const before = await rows();
    await auditor.get('/api/audit');
    await auditor.get('/api/audit/verify');
    expect(await rows()).toBe(before);
  });

  it('does not let the system administrator read it', async () => {
    const admin = await t.login('sysadmin');
    const res = await admin.get('/api/audit');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });
});

describe('verifying the audit chain', () => {
  it('reports an intact chain, then the first tampered row', async () => {
    const auditor = await t.login('auditadmin');
    const intact = await auditor.get('/api/audit/verify');
    expect(intact.body.ok).toBe(true);
    expect(intact.body.checked).toBeGreaterThan(3);
    expect(intact.body.brokenAtId).toBeUndefined();

    const [victim] = await t.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(eq(auditLog.action, 'user.create'));
    await t.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await t.db.execute(sql`update audit_log set action = 'x' where id = ${victim!.id}`);
    await t.db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);

    const broken = await auditor.get('/api/audit/verify');
    expect(broken.body).toMatchObject({ ok: false, brokenAtId: victim!.id });
  });
});
