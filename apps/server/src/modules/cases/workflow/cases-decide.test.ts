import { yuanToFen } from '@minsheng/rules/engine/money.ts';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { type RoleUser, roleUsers } from '../../../test/role-matrix.ts';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';
import { listWelder, reviewedCase, ZHUHAI, zhuhaiApplicant } from '../cases.fixtures.ts';
import { benefitClaims, cases } from '../cases.schema.ts';

const t = await createTestApp();
const clients = {} as Record<RoleUser, TestClient>;
let seq = 100;
const applicant = () => zhuhaiApplicant(t, clients.institution, clients.officer1, seq++);

beforeAll(async () => {
  for (const u of roleUsers) clients[u] = await t.login(u);
  await listWelder(t);
});

const auditOf = (action: string, id: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, id)));

describe('exactly once', () => {
  it('refuses a second approval of the same certificate level for the same person, naming the earlier case', async () => {
    const a = await applicant();
    const first = await reviewedCase(clients, a);
    const approved = await clients.reviewer.post(`/api/cases/${first.id}/approve`, {
      version: first.version,
    });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect(approved.body.claims.map((c: { claimKey: string }) => c.claimKey).sort()).toEqual([
      'level_3:appraisal',
      'level_3:training',
    ]);
    // Each part records its own rule amount, so the claims add up to what the case pays.
    const parts = first.frozenEvaluation.amounts as Record<string, string>;
    const byKey = Object.fromEntries(
      approved.body.claims.map((c: { claimKey: string; amountFen: number }) => [c.claimKey, c.amountFen]),
    );
    expect(byKey).toEqual({
      'level_3:training': yuanToFen(parts.training!),
      'level_3:appraisal': yuanToFen(parts.appraisal!),
    });
    expect(byKey['level_3:training'] + byKey['level_3:appraisal']).toBe(approved.body.approvedAmountFen);

    // Reviewed after the approval, the rule itself already sees the earlier claim.
    const second = await reviewedCase(clients, a);
    expect(second.frozenEvaluation.outcome).toBe('ineligible');
    const res = await clients.reviewer.post(`/api/cases/${second.id}/approve`, { version: second.version });
    expect(res.status).toBe(409);
    expect(res.body.message).toContain(`经案件 ${first.number}`);
  });

  it('lets the database refuse a second claim even when the rule result was frozen before the first approval', async () => {
    const a = await applicant();
    const one = await reviewedCase(clients, a);
    const two = await reviewedCase(clients, a);
    expect(two.frozenEvaluation.outcome).toBe('eligible');
    expect(
      (await clients.reviewer.post(`/api/cases/${one.id}/approve`, { version: one.version })).status,
    ).toBe(200);
    const res = await clients.reviewer.post(`/api/cases/${two.id}/approve`, { version: two.version });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe(
      `张${seq - 1}已于 ${one.evaluatedOn} 经案件 ${one.number} 享受「珠海市高技能人才培训鉴定补贴」（3级证书 培训费补贴、3级证书 技能鉴定费补贴），每人只能享受一次，不能重复批准`,
    );
    const claims = await t.db.select().from(benefitClaims).where(eq(benefitClaims.personId, a.personId));
    expect(claims.map((c) => c.caseId)).toEqual([one.id, one.id]);
    expect((await clients.reviewer.get(`/api/cases/${two.id}`)).body.status).toBe('reviewed');
  });

  it('enforces the key in the database itself, whatever the code does', async () => {
    const a = await applicant();
    const one = await reviewedCase(clients, a);
    await clients.reviewer.post(`/api/cases/${one.id}/approve`, { version: one.version });
    const insert = t.db.insert(benefitClaims).values({
      caseId: one.id,
      beneficiaryKey: `person:${a.personId}`,
      personId: a.personId,
      policyId: ZHUHAI,
      claimKey: 'level_3:training',
      claimedOn: '2026-11-25',
    });
    await expect(insert).rejects.toThrow();
  });
});

describe('case types', () => {
  it('lists the catalogue policies with their settings', async () => {
    const res = await clients.officer1.get('/api/case-types');
    expect(res.status).toBe(200);
    const zhuhai = res.body.find((c: { id: string }) => c.id === ZHUHAI);
    expect(zhuhai).toMatchObject({ name: '珠海市高技能人才培训鉴定补贴', enabled: true, paysMoney: true });
    expect(zhuhai.timeLimits.find((l: { id: string }) => l.id === 'bureau_to_finance')).toMatchObject({
      amount: 8,
      unit: 'working_days',
      source: 'policy',
    });
    expect(zhuhai.timeLimits.find((l: { id: string }) => l.id === 'accept')).toMatchObject({
      source: 'default',
    });
  });

  it('lets the reviewer configure a type, audited, and refuses an applicant kind outside the policy', async () => {
    const before = (await clients.reviewer.get(`/api/case-types/${ZHUHAI}`)).body;
    const bad = await clients.reviewer.put(`/api/case-types/${ZHUHAI}`, {
      version: before.version,
      applicantKinds: ['institution_on_behalf', 'employer'],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.message).toBe('申请人类型「用人单位」不在政策规定的范围内');

    const res = await clients.reviewer.put(`/api/case-types/${ZHUHAI}`, {
      version: before.version,
      requiresPublicNotice: true,
      publicNoticeDays: 7,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      requiresPublicNotice: true,
      publicNoticeDays: 7,
      version: before.version + 1,
    });
    const [audit] = await auditOf('case_type.update', ZHUHAI);
    expect(audit?.detail).toMatchObject({
      before: { requiresPublicNotice: false },
      after: { requiresPublicNotice: true },
    });

    const stale = await clients.reviewer.put(`/api/case-types/${ZHUHAI}`, {
      version: before.version,
      enabled: false,
    });
    expect(stale.status).toBe(409);
    const reset = await clients.reviewer.put(`/api/case-types/${ZHUHAI}`, {
      version: res.body.version,
      requiresPublicNotice: false,
    });
    expect(reset.status).toBe(200);
  });

  it('refuses new applications for a disabled type', async () => {
    const type = (await clients.reviewer.get('/api/case-types/county-city.guaranteed-loan')).body;
    await clients.reviewer.put('/api/case-types/county-city.guaranteed-loan', {
      version: type.version,
      enabled: false,
    });
    const a = await applicant();
    const res = await clients.officer1.post('/api/cases', {
      caseTypeId: 'county-city.guaranteed-loan',
      applicantKind: 'person',
      personId: a.personId,
    });
    expect(res.status).toBe(422);
    expect(res.body.message).toBe(`「${type.name}」已停办，暂不受理申请`);
  });
});

describe('the frozen evaluation', () => {
  it('answers the rules result field by field, and reads a result frozen before payableTotal existed', async () => {
    const reviewed = await reviewedCase(clients, await applicant());
    const frozen = reviewed.frozenEvaluation;
    expect(frozen.payableTotal).toMatch(/^\d+\.\d{2}$/);
    expect(frozen.conditions.length).toBeGreaterThan(0);
    expect(frozen.trace.children.length).toBeGreaterThan(0);

    // the JSON stored in cases.frozen_evaluation is never migrated
    const { payableTotal: _, ...old } = frozen;
    await t.db.update(cases).set({ frozenEvaluation: old }).where(eq(cases.id, reviewed.id));
    const res = await clients.reviewer.get(`/api/cases/${reviewed.id}`);
    expect(res.status).toBe(200);
    expect(res.body.frozenEvaluation.payableTotal).toBeUndefined();
    expect(res.body.frozenEvaluation.outcome).toBe(frozen.outcome);
  });
});
