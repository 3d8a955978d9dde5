import { getPolicy } from '@minsheng/rules/catalogue.ts';
import { evaluate } from '@minsheng/rules/engine/evaluate.ts';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { type RoleUser, roleUsers } from '../../../test/role-matrix.ts';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';
import { testClock } from '../../../test/test-clock.ts';
import { OVER_AGE_POLICY } from './over-age.application.ts';
import {
  acceptedOverAgeCase,
  confirmation,
  ok,
  overAgeApplication,
  overAgeChecks,
  setWage,
  TEST_WAGE,
} from './over-age.fixtures.ts';
import { overAgeRecords } from './over-age.schema.ts';

// 青劳社〔2024〕69号 is in force from 2024-06-30 for one year: the item runs on a clock inside it.
const t = await createTestApp({ clock: testClock('2024-09-10T10:00:00+08:00') });
const clients = {} as Record<RoleUser, TestClient>;
let seq = 101;

beforeAll(async () => {
  for (const u of roleUsers) clients[u] = await t.login(u);
  ok(await setWage(clients.reviewer, TEST_WAGE), 'wage');
});

const auditOf = (action: string, id: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, id)));

/** The rule input of the base person as the rules package's own scenarios state it (tests.yaml defaults). */
const rulesAmounts = () => {
  const result = evaluate(
    getPolicy(OVER_AGE_POLICY)!,
    {
      person: { idNumber: '370202195503101234', localHukou: true, area: 'city_districts' },
      formerEmployer: { ownership: 'state', formalEmployment: true },
      leftEmployerOn: '1990-05-01',
      continuousServiceYears: 15,
      insuredSinceLeaving: false,
      receivingPension: false,
      appliedOn: '2024-09-10',
    },
    {
      on: '2024-09-10',
      overrides: { city_average_wage: TEST_WAGE },
      confirmedChecks: { materials: true, service_years_confirmed: true },
    },
  );
  expect(result.outcome).toBe('eligible');
  return result;
};

/** The notice as every citation names it: title and number. */
const NOTICE = '《关于部分未参加社会保险的原国有集体企业固定工有关社会保险问题的通知》（青劳社〔2024〕69号）';

describe('the Qingdao over-age fixed-worker item end to end', () => {
  it('takes the application at the street centre, the agency confirms the years, the bureau decides, the person pays', async () => {
    const expected = rulesAmounts();
    const { caseId, accepted, draft, filled } = await acceptedOverAgeCase(t, clients.officer1, seq++);
    expect(draft.materials.slice(0, 3).map((m: { label: string }) => m.label)).toEqual([
      '《超龄固定工补缴基本养老保险费和基本医疗保险费申请表》（附件1）',
      '本人身份证原件、复印件',
      '户口簿原件、复印件',
    ]);
    expect(filled).toMatchObject({ applicationComplete: true, confirmation: null, bill: null });

    const missing = await clients.reviewer.post(`/api/cases/${caseId}/review`, {
      version: accepted.version,
      checks: overAgeChecks,
    });
    expect(missing.status).toBe(409);
    expect(missing.body.message).toBe(
      '市劳动保险经办机构尚未确认该申请人的连续工龄（存入电子档案），不能审核',
    );

    const confirmed = await clients.reviewer.put(
      `/api/cases/${caseId}/over-age/service-years`,
      confirmation(),
    );
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body).toMatchObject({ serviceYears: 15, deemedServiceYears: 3, version: 1 });
    expect(await auditOf('over_age.confirm_service_years', caseId)).toHaveLength(1);

    const early = await clients.reviewer.get(`/api/cases/${caseId}/over-age/bill`);
    expect(early.status).toBe(409);
    expect(early.body.message).toBe('案件尚未批准，不能出具补缴核定单');

    const reviewed = ok(
      await clients.reviewer.post(`/api/cases/${caseId}/review`, {
        version: accepted.version,
        checks: overAgeChecks,
      }),
      'review',
    );
    expect(reviewed.frozenEvaluation.outcome).toBe('eligible');
    // The amounts of the rules package for the same input, exactly…
    expect(reviewed.frozenEvaluation.amounts).toEqual(expected.amounts);
    // …and the hand-checked figure of tests.yaml: 118523 × 60% × 28% × 4 = 79647.456 → 79647.46.
    expect(reviewed.frozenEvaluation.amounts.pension_backpay).toBe('79647.46');
    expect(reviewed.frozenFacts.input.continuousServiceYears).toBe(15);
    // The decided amount is the back-payment (pension + medical), not every figure of the rule.
    expect(reviewed.proposedAmountFen).toBe(7_964_746 + 13_037_530);
    expect(reviewed.frozenFacts.input.person).not.toHaveProperty('idNumber');
    expect(reviewed.frozenFacts.sources.continuousServiceYears).toContain('QD-DA-2024-000123');

    const approved = ok(
      await clients.reviewer.post(`/api/cases/${caseId}/approve`, { version: reviewed.version }),
      'approve',
    );
    expect(approved.status).toBe('approved');
    // Nothing is disbursed by the bureau: approval ends the workflow, the bill follows.
    expect(approved.awaiting).toBeNull();
    expect(approved.availableActions).not.toContain('send_to_finance');

    const bill = ok(await clients.officer1.get(`/api/cases/${caseId}/over-age/bill`), 'bill');
    expect(
      bill.lines.map((l: { id: string; amountYuan: string; citation: string }) => [
        l.id,
        l.amountYuan,
        l.citation,
      ]),
    ).toEqual([
      ['pension_backpay', expected.amounts.pension_backpay, `${NOTICE} 第二条第（一）项`],
      ['pension_personal_account', expected.amounts.pension_personal_account, `${NOTICE} 第二条第（一）项`],
      ['medical_backpay', expected.amounts.medical_backpay, `${NOTICE} 第二条第（二）项`],
    ]);
    expect(bill).toMatchObject({
      totalFen: 7_964_746 + 13_037_530,
      totalYuan: '210022.76',
      pensionStartMonth: '2024-06',
      medicalMissingYears: 10,
      serviceYears: 15,
      payment: null,
    });
    expect(bill.monthlyPension.at(-1)).toMatchObject({ id: 'monthly_pension', amountYuan: '3409.51' });

    const byStation = await clients.officer1.post(`/api/cases/${caseId}/over-age/bill/paid`, {
      receiptNumber: 'SB-2024-0001',
      paidOn: '2024-09-10',
    });
    expect(byStation.status).toBe(403);
    const paid = ok(
      await clients.finance.post(`/api/cases/${caseId}/over-age/bill/paid`, {
        receiptNumber: 'SB-2024-0001',
        paidOn: '2024-09-10',
      }),
      'paid',
    );
    expect(paid.payment).toMatchObject({
      receiptNumber: 'SB-2024-0001',
      paidOn: '2024-09-10',
      paidTotalFen: 21_002_276,
    });
    const again = await clients.finance.post(`/api/cases/${caseId}/over-age/bill/paid`, {
      receiptNumber: 'SB-2024-0001',
      paidOn: '2024-09-10',
    });
    expect(again.status).toBe(200);
    expect(await auditOf('over_age.record_payment', caseId)).toHaveLength(1);
    const other = await clients.finance.post(`/api/cases/${caseId}/over-age/bill/paid`, {
      receiptNumber: 'SB-2024-0002',
      paidOn: '2024-09-10',
    });
    expect(other.status).toBe(409);
    expect(other.body.message).toBe('该补缴核定单已登记缴费（收据号 SB-2024-0001），不能重复登记');

    const overview = ok(await clients.officer1.get(`/api/cases/${caseId}/over-age`), 'overview');
    expect(overview).toMatchObject({
      pensionStartMonth: '2024-06',
      payment: { receiptNumber: 'SB-2024-0001' },
    });
    const [record] = await t.db.select().from(overAgeRecords).where(eq(overAgeRecords.caseId, caseId));
    expect(record).toMatchObject({
      pensionStartMonth: '2024-06',
      paidTotalFen: 21_002_276,
      serviceYears: 15,
    });
  });
});

describe('who does what on an over-age case', () => {
  it('lets only the city agency (case:review) confirm service years, within its scope', async () => {
    const { caseId } = await acceptedOverAgeCase(t, clients.officer1, seq++);
    const statuses: Record<string, number> = {};
    for (const u of roleUsers) {
      statuses[u] = (
        await clients[u].put(`/api/cases/${caseId}/over-age/service-years`, confirmation())
      ).status;
    }
    expect(statuses).toEqual({
      reviewer: 200,
      officer1: 403,
      officer2: 403,
      worker1: 403,
      finance: 403,
      institution: 403,
      sysadmin: 403,
      secadmin: 403,
      auditadmin: 403,
    });
    // A correction needs the record's version, and is audited with before and after.
    const stale = await clients.reviewer.put(`/api/cases/${caseId}/over-age/service-years`, confirmation());
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE');
    const corrected = await clients.reviewer.put(
      `/api/cases/${caseId}/over-age/service-years`,
      confirmation({ version: 1, serviceYears: 16, deemedServiceYears: 17 }),
    );
    expect(corrected.status).toBe(422);
    expect(corrected.body.message).toBe('视同工龄不能超过连续工龄');
    ok(
      await clients.reviewer.put(
        `/api/cases/${caseId}/over-age/service-years`,
        confirmation({ version: 1, serviceYears: 16 }),
      ),
      'correct',
    );
    const audits = await auditOf('over_age.confirm_service_years', caseId);
    expect(audits.map((a) => a.detail)).toContainEqual(
      expect.objectContaining({
        before: { serviceYears: 15, archiveNumber: 'QD-DA-2024-000123' },
        after: { serviceYears: 16, archiveNumber: 'QD-DA-2024-000123' },
      }),
    );
    const outside = await clients.officer2.get(`/api/cases/${caseId}/over-age`);
    expect(outside.status).toBe(404);
  });

  it('refuses an incomplete application in Chinese and saves nothing', async () => {
    const { caseId, draft } = await acceptedOverAgeCase(t, clients.officer1, seq++);
    const before = ok(await clients.officer1.get(`/api/cases/${caseId}`), 'detail');
    const res = await clients.officer1.put(`/api/cases/${caseId}/over-age/application`, {
      version: before.version,
      application: overAgeApplication({ ownership: undefined, leftEmployerOn: '1990/05/01' }),
    });
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('申请信息有误：请选择原单位性质；请填写离开原单位时间（YYYY-MM-DD）');
    const after = ok(await clients.officer1.get(`/api/cases/${caseId}`), 'detail');
    expect(after.version).toBe(before.version);
    expect(after.application.ownership).toBe('state');
    expect(draft.status).toBe('draft');
  });

  it('keeps the decided amounts when the wage and the registry change after approval', async () => {
    const { caseId, personId, accepted } = await acceptedOverAgeCase(t, clients.officer1, seq++);
    ok(await clients.reviewer.put(`/api/cases/${caseId}/over-age/service-years`, confirmation()), 'confirm');
    const reviewed = ok(
      await clients.reviewer.post(`/api/cases/${caseId}/review`, {
        version: accepted.version,
        checks: overAgeChecks,
      }),
      'review',
    );
    ok(await clients.reviewer.post(`/api/cases/${caseId}/approve`, { version: reviewed.version }), 'approve');
    const decided = ok(await clients.reviewer.get(`/api/cases/${caseId}/over-age/bill`), 'bill');
    expect(decided.totalYuan).toBe('210022.76');

    ok(await setWage(clients.reviewer, '130000'), 'new wage');
    ok(await clients.officer1.patch(`/api/persons/${personId}`, { hukouPlace: 'province' }), 'person edit');
    const late = await clients.reviewer.put(
      `/api/cases/${caseId}/over-age/service-years`,
      confirmation({ version: 1 }),
    );
    expect(late.status).toBe(409);
    expect(late.body.message).toBe('案件当前状态不能认定工龄（须在提交后、批准前认定）');

    // The edit is real: the same input now evaluates to another amount…
    const now = ok(
      await clients.reviewer.post(`/api/policies/${OVER_AGE_POLICY}/evaluate`, {
        on: '2024-09-10',
        input: reviewed.frozenFacts.input,
      }),
      'evaluate',
    );
    expect(now.amounts.pension_backpay).toBe('87360.00');
    // …while the decided bill stays as frozen at review.
    const after = ok(await clients.reviewer.get(`/api/cases/${caseId}/over-age/bill`), 'bill again');
    expect(after).toEqual(decided);
    ok(await setWage(clients.reviewer, TEST_WAGE), 'wage back');
  });
});
