import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.schema.ts';
import { createUser } from '../../test/fixtures.ts';
import { type RoleUser, roleUsers } from '../../test/role-matrix.ts';
import { createTestApp, type TestClient } from '../../test/test-app.ts';
import { employerBody } from '../registry/employers/employers.fixtures.ts';
import { allProvided, listWelder, reviewedCase, zhuhaiApplicant, zhuhaiCaseBody } from './cases.fixtures.ts';

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

describe('a case from draft to approval', () => {
  it('creates a draft with the checklist of its applicant kind, a case number and the application deadline', async () => {
    const a = await applicant();
    const res = await clients.institution.post('/api/cases', zhuhaiCaseBody(a));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.number).toMatch(/^MS-\d{4}-\d{6}$/);
    expect(res.body.status).toBe('draft');
    expect(res.body.applicantName).toBe(`张${seq - 1}`);
    expect(res.body.materials.map((m: { label: string }) => m.label)).toEqual([
      '《珠海市高技能人才培训鉴定补贴申请表》',
      '《珠海市高技能人才培训鉴定补贴人员花名册》',
      '国家职业资格证书原件和复印件',
      '补贴对象委托书',
    ]);
    expect(res.body.applicationDeadline).toBe(res.body.dueOn);
    expect(res.body.events.map((e: { action: string }) => e.action)).toEqual(['create']);
    expect(res.body.availableActions).toEqual(['update', 'change_fact', 'submit', 'withdraw']);
  });

  it('refuses an applicant kind the case type does not take, saving nothing', async () => {
    const a = await applicant();
    const before = (await clients.reviewer.get('/api/cases?pageSize=200')).body.total;
    const res = await clients.institution.post('/api/cases', zhuhaiCaseBody(a, { applicantKind: 'person' }));
    expect(res.status).toBe(422);
    expect(res.body.message).toBe(
      '「珠海市高技能人才培训鉴定补贴」不受理「个人」的申请，可由机构代个人申领申请',
    );
    expect((await clients.reviewer.get('/api/cases?pageSize=200')).body.total).toBe(before);
  });

  it('returns a submission with one supplement notice listing every missing item at once', async () => {
    const a = await applicant();
    const draft = (await clients.institution.post('/api/cases', zhuhaiCaseBody(a))).body;
    const [form, roster] = draft.materials;
    const submitted = await clients.institution.post(`/api/cases/${draft.id}/submit`, {
      version: draft.version,
      materials: [{ code: form.code, provided: true }],
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');

    const refused = await clients.officer1.post(`/api/cases/${draft.id}/accept`, {
      version: submitted.body.version,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe(
      '材料不齐全，不能受理，请出具一次性补正材料告知书。缺少：《珠海市高技能人才培训鉴定补贴人员花名册》、国家职业资格证书原件和复印件、补贴对象委托书',
    );

    const returned = await clients.officer1.post(`/api/cases/${draft.id}/return`, {
      version: submitted.body.version,
      materials: [{ code: roster.code, provided: false, note: '花名册未加盖公章' }],
      extraItems: ['申请表须由补贴对象本人签名'],
    });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    expect(returned.body.status).toBe('returned');
    expect(returned.body.supplementRounds).toBe(1);

    const notice = await clients.institution.get(`/api/cases/${draft.id}/supplement-notice`);
    expect(notice.status).toBe(200);
    expect(notice.body.title).toBe('一次性补正材料告知书');
    expect(notice.body.number).toMatch(/^BZ-\d{4}-\d{6}$/);
    expect(notice.body.caseNumber).toBe(draft.number);
    expect(notice.body.issuingOrgName).toBe(t.city.street1.name);
    expect(notice.body.items).toEqual([
      { code: roster.code, label: '《珠海市高技能人才培训鉴定补贴人员花名册》', note: '花名册未加盖公章' },
      { code: draft.materials[2].code, label: '国家职业资格证书原件和复印件' },
      { code: draft.materials[3].code, label: '补贴对象委托书' },
      { code: 'extra1', label: '申请表须由补贴对象本人签名' },
    ]);
    expect(notice.body.supplementBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    expect((await clients.officer1.post(`/api/cases/${draft.id}/supplement-notice/printed`)).status).toBe(
      200,
    );
    expect((await clients.institution.get(`/api/cases/${draft.id}/supplement-notice`)).body.printed).toBe(
      true,
    );

    const resubmitted = await clients.institution.post(`/api/cases/${draft.id}/resubmit`, {
      version: returned.body.version,
      materials: allProvided(draft.materials),
    });
    expect(resubmitted.body.status).toBe('submitted');
    expect(resubmitted.body.supplementNotices[0].resolvedAt).not.toBeNull();
    const accepted = await clients.officer1.post(`/api/cases/${draft.id}/accept`, {
      version: resubmitted.body.version,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.events.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'submit',
      'return',
      'resubmit',
      'accept',
    ]);
  });

  it('refuses to return a case whose materials are complete', async () => {
    const a = await applicant();
    const draft = (await clients.institution.post('/api/cases', zhuhaiCaseBody(a))).body;
    const submitted = (
      await clients.institution.post(`/api/cases/${draft.id}/submit`, {
        version: draft.version,
        materials: allProvided(draft.materials),
      })
    ).body;
    const res = await clients.officer1.post(`/api/cases/${draft.id}/return`, { version: submitted.version });
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('材料已齐全，无需补正，请直接受理');
    expect((await clients.officer1.get(`/api/cases/${draft.id}`)).body.status).toBe('submitted');
  });

  it('reviews on the registry facts, freezes them with the result and its Chinese explanation', async () => {
    const a = await applicant();
    const c = await reviewedCase(clients, a);
    expect(c.status).toBe('reviewed');
    expect(c.frozenFacts.input).toMatchObject({
      labourOrigin: 'local_urban',
      certificate: { level: 3, occupation: '焊工', obtainedBy: 'training', organisedLocally: true },
      shortageCatalogue: { listed: true, publishedOn: '2024-08-01' },
      recordedInSystem: true,
      insurance: { payingLocally: true, localMonths: 4 },
    });
    // Every field names its source: the registry record (with its date) or the declared application.
    expect(c.frozenFacts.sources['certificate.issuedOn']).toMatch(/^职业资格证书 \S+（\d{4}-\d{2}-\d{2}）$/);
    expect(c.frozenFacts.sources['certificate.organisedLocally']).toBe('申请填报');
    expect(c.frozenFacts.sources.labourOrigin).toBe('人员登记');
    expect(c.frozenFacts.sources['shortageCatalogue.listed']).toBe('紧缺工种目录（2024-08-01）');
    expect(c.frozenEvaluation.outcome).toBe('eligible');
    expect(c.frozenEvaluation.amounts).toEqual({ training: '1000.00', appraisal: '300.00' });
    expect(c.frozenEvaluation.explanation).toContain('珠劳社〔2024〕82号');
    expect(c.proposedAmountFen).toBe(130_000);
    expect(c.humanChecks.training_materials).toEqual({ confirmed: true, note: '材料已核对' });
    expect(c.availableActions).toEqual(['re_evaluate', 'override_amount', 'approve', 'reject']);
  });

  it('keeps the frozen facts when the registry changes later; re-evaluation is explicit and audited', async () => {
    const a = await applicant();
    const c = await reviewedCase(clients, a);
    const person = (await clients.institution.get(`/api/persons/${a.personId}`)).body;
    const edit = await clients.institution.patch(`/api/persons/${a.personId}`, {
      hukouPlace: 'other',
      hukouType: 'rural',
      version: person.version,
    });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);

    const after = (await clients.reviewer.get(`/api/cases/${c.id}`)).body;
    expect(after.frozenFacts).toEqual(c.frozenFacts);
    expect(after.frozenEvaluation.outcome).toBe('eligible');
    expect(after.version).toBe(c.version);

    const noReason = await clients.reviewer.post(`/api/cases/${c.id}/re-evaluate`, {
      version: c.version,
      reason: ' ',
    });
    expect(noReason.status).toBe(422);

    const re = await clients.reviewer.post(`/api/cases/${c.id}/re-evaluate`, {
      version: c.version,
      reason: '户籍信息更正后重新核验',
    });
    expect(re.status, JSON.stringify(re.body)).toBe(200);
    expect(re.body.status).toBe('reviewed');
    expect(re.body.frozenFacts.input.labourOrigin).toBe('out_of_province_rural');
    // 省外农村劳动力 need 3 years of contract and 36 months of contributions here.
    expect(re.body.frozenEvaluation.outcome).toBe('ineligible');
    expect(re.body.proposedAmountFen).toBe(0);
    const event = re.body.events.at(-1);
    expect(event).toMatchObject({
      action: 're_evaluate',
      note: '户籍信息更正后重新核验',
      toStatus: 'reviewed',
    });
    expect(event.payload.before).toMatchObject({ outcome: 'eligible', proposedAmountFen: 130_000 });
    expect(event.payload.after).toMatchObject({ outcome: 'ineligible', proposedAmountFen: 0 });
    const [audit] = await auditOf('case.re_evaluate', c.id);
    expect(audit?.username).toBe('reviewer');
    expect(audit?.detail).toMatchObject({ number: c.number, note: '户籍信息更正后重新核验' });

    const approve = await clients.reviewer.post(`/api/cases/${c.id}/approve`, { version: re.body.version });
    expect(approve.status).toBe(409);
    expect(approve.body.message).toMatch(/^规则核验结论为不符合条件，不能批准：/);
    // 不符合 offers neither 批准 nor an amount change: only a refusal.
    expect(re.body.availableActions).not.toContain('approve');
    expect(re.body.availableActions).not.toContain('override_amount');
    const raise = await clients.reviewer.post(`/api/cases/${c.id}/override-amount`, {
      version: re.body.version,
      amountFen: 130_000,
      reason: '申请人提供了纸质缴费凭证证明',
    });
    expect(raise.status).toBe(409);
    expect(raise.body.message).toContain('不符合条件，不能调整核定金额');
  });

  it('overrides the amount only with a written reason, shown on the case and in the audit trail', async () => {
    const c = await reviewedCase(clients, await applicant());
    const bare = await clients.reviewer.post(`/api/cases/${c.id}/override-amount`, {
      version: c.version,
      amountFen: 100_000,
      reason: '',
    });
    expect(bare.status).toBe(422);
    expect(bare.body.message).toBe('调整核定金额须写明理由（至少 10 个字）');
    const short = await clients.reviewer.post(`/api/cases/${c.id}/override-amount`, {
      version: c.version,
      amountFen: 100_000,
      reason: '仅补培训费用',
    });
    expect(short.status).toBe(422);
    expect((await clients.reviewer.get(`/api/cases/${c.id}`)).body.overrideAmountFen).toBeNull();

    const res = await clients.reviewer.post(`/api/cases/${c.id}/override-amount`, {
      version: c.version,
      amountFen: 100_000,
      reason: '鉴定费已由单位承担，仅补培训费',
    });
    expect(res.status).toBe(200);
    expect(res.body.overrideAmountFen).toBe(100_000);
    expect(res.body.overrideReason).toBe('鉴定费已由单位承担，仅补培训费');
    expect(res.body.proposedAmountFen).toBe(130_000);
    const [audit] = await auditOf('case.override_amount', c.id);
    expect(audit?.detail).toMatchObject({
      note: '鉴定费已由单位承担，仅补培训费',
      beforeFen: 130_000,
      afterFen: 100_000,
    });

    const approved = await clients.reviewer.post(`/api/cases/${c.id}/approve`, { version: res.body.version });
    expect(approved.body.approvedAmountFen).toBe(100_000);
  });

  it('lets a raise above the rule be approved only by a second person, and refuses one above the ceiling', async () => {
    await createUser(t.db, { username: 'approver2', orgId: t.city.city.id, roles: ['city_reviewer'] });
    const second = await t.login('approver2');
    const c = await reviewedCase(clients, await applicant());
    const reason = '登记系统漏记三个月缴费，已核对纸质凭证';
    // 1,300.00 元 by the rule; the default ceiling is 10 % above it.
    const over = await clients.reviewer.post(`/api/cases/${c.id}/override-amount`, {
      version: c.version,
      amountFen: 143_001,
      reason,
    });
    expect(over.status).toBe(422);
    expect(over.body.message).toBe(
      '调整后的金额 1,430.01 元 超过本事项允许的上限 1,430.00 元（规则测算金额上浮 10%）',
    );
    const huge = await clients.reviewer.post(`/api/cases/${c.id}/override-amount`, {
      version: c.version,
      amountFen: 99_999_999_999_999,
      reason,
    });
    expect(huge.status).toBe(422);
    expect(huge.body.message).toContain('金额不能超过 100,000,000.00 元');

    const raised = await clients.reviewer.post(`/api/cases/${c.id}/override-amount`, {
      version: c.version,
      amountFen: 143_000,
      reason,
    });
    expect(raised.status, JSON.stringify(raised.body)).toBe(200);
    const self = await clients.reviewer.post(`/api/cases/${c.id}/approve`, { version: raised.body.version });
    expect(self.status).toBe(403);
    expect(self.body.message).toBe(
      '核定金额已由您上调至 1,430.00 元（规则测算 1,300.00 元），须由另一名审批人批准',
    );
    const approved = await second.post(`/api/cases/${c.id}/approve`, { version: raised.body.version });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.approvedAmountFen).toBe(143_000);
  });

  it('refuses any raise once the bureau sets the ceiling to 0', async () => {
    const type = (await clients.reviewer.get('/api/case-types')).body.find(
      (x: { id: string }) => x.id === 'zhuhai.high-skill-subsidy',
    );
    expect(type.approvalChain.raiseCeilingPercent).toBe(10);
    const set = await clients.reviewer.put(`/api/case-types/${type.id}`, {
      version: type.version,
      raiseCeilingPercent: 0,
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    try {
      const c = await reviewedCase(clients, await applicant());
      const res = await clients.reviewer.post(`/api/cases/${c.id}/override-amount`, {
        version: c.version,
        amountFen: 130_001,
        reason: '登记系统漏记三个月缴费，已核对纸质凭证',
      });
      expect(res.status).toBe(422);
      expect(res.body.message).toBe(
        '调整后的金额 1,300.01 元 高于规则测算金额 1,300.00 元，本事项不允许上调核定金额',
      );
    } finally {
      await clients.reviewer.put(`/api/case-types/${type.id}`, {
        version: set.body.version,
        raiseCeilingPercent: 10,
      });
    }
  });

  it('rejects only with reasons', async () => {
    const c = await reviewedCase(clients, await applicant());
    const none = await clients.reviewer.post(`/api/cases/${c.id}/reject`, {
      version: c.version,
      reasons: ['  '],
    });
    expect(none.status).toBe(422);
    expect(none.body.message).toBe('不予批准须写明理由');
    const res = await clients.reviewer.post(`/api/cases/${c.id}/reject`, {
      version: c.version,
      reasons: ['证书系外地鉴定机构核发'],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'rejected',
      decisionReasons: ['证书系外地鉴定机构核发'],
      dueOn: null,
    });
    expect(res.body.availableActions).toEqual([]);
  });
});

describe('employer applications', () => {
  it('files a case for an employer in scope and lets the filer withdraw it', async () => {
    const employer = await clients.officer1.post('/api/employers', employerBody(t.city.community1.id, 900));
    const res = await clients.officer1.post('/api/cases', {
      caseTypeId: 'county-city.employer-hiring',
      applicantKind: 'employer',
      employerId: employer.body.id,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      applicantName: employer.body.name,
      personId: null,
      org: { id: t.city.community1.id },
    });
    expect(res.body.materials.length).toBeGreaterThan(0);
    const other = await clients.officer2.post(`/api/cases/${res.body.id}/withdraw`, {
      version: res.body.version,
    });
    expect(other.status).toBe(404);
    const out = await clients.officer1.post(`/api/cases/${res.body.id}/withdraw`, {
      version: res.body.version,
      note: '单位撤回申请',
    });
    expect(out.body).toMatchObject({ status: 'withdrawn', dueOn: null, availableActions: [] });
    expect(out.body.closedAt).not.toBeNull();
    const again = await clients.officer1.post(`/api/cases/${res.body.id}/submit`, {
      version: out.body.version,
    });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('案件当前状态为「已撤回」，不能提交');
  });
});
