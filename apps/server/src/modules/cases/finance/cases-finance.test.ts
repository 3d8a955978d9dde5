import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { packagedCalendar } from '../../../platform/calendar/calendar-source.ts';
import { describeRoleMatrix } from '../../../test/role-matrix.ts';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';
import { cases } from '../cases.schema.ts';
import {
  actorOf,
  eventsOf,
  refs,
  requireNotice,
  seedDecidedCases,
  statusesOf,
} from '../workflow/cases-stage.fixtures.ts';
import { createCaseStageServices } from '../workflow/cases-stage.services.ts';
import { payments } from './case-finance.schema.ts';

const t = await createTestApp();
const today = t.today();
let reviewer: TestClient;
let finance: TestClient;

beforeAll(async () => {
  await requireNotice(t, false);
  reviewer = await t.login('reviewer');
  finance = await t.login('finance');
});

/** Cases sent to finance through the API, ready for a plan. */
async function awaitingPayment(count: number, amountFen = 130000) {
  const ids = await seedDecidedCases(t, { count, amountFen, decidedOn: today });
  const res = await reviewer.post('/api/finance/send', { cases: await refs(t, ids) });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return ids;
}

async function approvedPlan(ids: string[]) {
  const plan = await finance.post('/api/payment-plans', {
    title: '第一批用款计划',
    cases: await refs(t, ids),
  });
  expect(plan.status, JSON.stringify(plan.body)).toBe(200);
  const approved = await finance.post(`/api/payment-plans/${plan.body.id}/approve`, {
    version: plan.body.version,
  });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  return approved.body;
}

const payEvents = async (ids: string[]) => {
  let n = 0;
  for (const id of ids) n += (await eventsOf(t, id)).filter((e) => e.action === 'pay').length;
  return n;
};

describe('sending to finance and the deadlines', () => {
  it('forwards approved cases and counts 8 working days from approval across National Day', async () => {
    const [late] = await seedDecidedCases(t, { count: 1, decidedOn: '2026-09-29' });
    const [fresh] = await seedDecidedCases(t, { count: 1, decidedOn: today });
    const q = await reviewer.get('/api/finance/queue?stage=forward');
    expect(q.status).toBe(200);
    const item = (id: string) => q.body.items.find((i: { id: string }) => i.id === id);
    // 09-30 (1), 10-08 (2), 10-09 (3), 10-10 adjusted Saturday (4), 10-12 … 10-15 (8)
    expect(item(late!)).toMatchObject({
      forwardDueOn: '2026-10-15',
      forwardOverdue: true,
      amount: '1300.00',
    });
    expect(item(fresh!).forwardOverdue).toBe(false);
    const overdueOnly = await reviewer.get('/api/finance/queue?stage=forward&overdue=true');
    expect(overdueOnly.body.items.map((i: { id: string }) => i.id)).toContain(late);
    expect(overdueOnly.body.items.map((i: { id: string }) => i.id)).not.toContain(fresh);
  });

  it('finance pays within 7 working days of receipt; a case received on National Day is due 10-15', async () => {
    const ids = await awaitingPayment(1);
    await t.db
      .update(cases)
      .set({ sentToFinanceAt: new Date('2026-10-02T02:00:00Z') })
      .where(eq(cases.id, ids[0]!));
    const q = await finance.get('/api/finance/queue?stage=payment');
    const item = q.body.items.find((i: { id: string }) => i.id === ids[0]);
    expect(item).toMatchObject({
      status: 'sent_to_finance',
      receivedOn: '2026-10-02',
      payDueOn: '2026-10-15',
      payOverdue: true,
    });
  });

  it('refuses to forward a case that must be publicised first, and forwards none of the list', async () => {
    const [plain] = await seedDecidedCases(t, { count: 1 });
    const [noticed] = await seedDecidedCases(t, { count: 1, requiresPublicNotice: true });
    const res = await reviewer.post('/api/finance/send', { cases: await refs(t, [plain!, noticed!]) });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('该事项须先公示，公示期满无异议后方可转财政');
    expect(await statusesOf(t, [plain!, noticed!])).toEqual(['approved', 'approved']);
  });
});

describe('payment plans', () => {
  it('creates a plan with exact totals and one keyed payment per case, approves it and pays it', async () => {
    const ids = await awaitingPayment(3, 33333);
    const plan = await approvedPlan(ids);
    expect(plan).toMatchObject({ status: 'approved', totalAmount: '999.99', totalCount: 3 });
    expect(plan.totals).toMatchObject({ count: 3, amount: '999.99', pendingCount: 3 });
    expect(plan.payments[0].idempotencyKey).toMatch(/^MS-2026-9\d{5}-1$/);
    expect(await statusesOf(t, ids)).toEqual(['payment_planned', 'payment_planned', 'payment_planned']);
    const paid = await finance.post(`/api/payment-plans/${plan.id}/pay`, {
      bankReference: 'BOC20261125-0001',
    });
    expect(paid.status, JSON.stringify(paid.body)).toBe(200);
    expect(paid.body).toMatchObject({ status: 'paid', applied: 3, replayed: 0 });
    expect(paid.body.totals).toMatchObject({ paidCount: 3, paidAmount: '999.99', pendingCount: 0 });
    expect(await statusesOf(t, ids)).toEqual(['paid', 'paid', 'paid']);
  });

  it('a case can be on one live plan only', async () => {
    const ids = await awaitingPayment(1);
    await finance.post('/api/payment-plans', { title: 'A', cases: await refs(t, ids) });
    const again = await finance.post('/api/payment-plans', { title: 'B', cases: await refs(t, ids) });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('所选案件已列入其他用款计划');
  });

  it('two officers approving a plan at once approve it once', async () => {
    const ids = await awaitingPayment(2);
    const plan = (await finance.post('/api/payment-plans', { title: 'C', cases: await refs(t, ids) })).body;
    const other = await t.login('finance');
    const [a, b] = await Promise.all([
      finance.post(`/api/payment-plans/${plan.id}/approve`, { version: plan.version }),
      other.post(`/api/payment-plans/${plan.id}/approve`, { version: plan.version }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    for (const id of ids)
      expect((await eventsOf(t, id)).filter((e) => e.action === 'approve_plan')).toHaveLength(1);
  });
});

describe('exactly-once payment', () => {
  it('the same bank return submitted twice at once pays each case once', async () => {
    const ids = await awaitingPayment(2);
    const plan = await approvedPlan(ids);
    const entries = plan.payments.map((p: { idempotencyKey: string }, i: number) => ({
      key: p.idempotencyKey,
      result: 'paid',
      bankReference: `ICBC-7788-${i}`,
    }));
    const [a, b] = await Promise.all([
      finance.post(`/api/payment-plans/${plan.id}/pay`, { entries }),
      finance.post(`/api/payment-plans/${plan.id}/pay`, { entries }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.body.applied, b.body.applied].sort()).toEqual([0, 2]);
    expect(await payEvents(ids)).toBe(2);
    const rows = await t.db.select().from(payments).where(inArray(payments.caseId, ids));
    expect(rows.map((r) => r.status)).toEqual(['paid', 'paid']);

    const retry = await finance.post(`/api/payment-plans/${plan.id}/pay`, { entries });
    expect(retry.body).toMatchObject({ applied: 0, replayed: 2 });
    const other = await finance.post(`/api/payment-plans/${plan.id}/pay`, {
      entries: [{ ...entries[0], bankReference: 'ICBC-9999' }],
    });
    expect(other.status).toBe(409);
    expect(other.body.message).toBe(
      `支付指令 ${entries[0].key} 已支付（银行流水号 ICBC-7788-0），不能重复支付`,
    );
    expect(await payEvents(ids)).toBe(2);
  });

  it('a whole-plan pay with another bank reference than the recorded one is refused naming it', async () => {
    const ids = await awaitingPayment(2);
    const plan = await approvedPlan(ids);
    const url = `/api/payment-plans/${plan.id}/pay`;
    expect((await finance.post(url, { bankReference: 'BOC-1111' })).status).toBe(200);
    const replay = await finance.post(url, { bankReference: 'BOC-1111' });
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ applied: 0, replayed: 2 });
    const other = await finance.post(url, { bankReference: 'BOC-2222' });
    expect(other.status).toBe(409);
    expect(other.body.message).toBe(`用款计划 ${plan.number} 已支付（银行流水号 BOC-1111），不能重复支付`);
    expect(await payEvents(ids)).toBe(2);
  });

  it('of two whole-plan pays at once with different references one pays and the other is refused', async () => {
    const ids = await awaitingPayment(2);
    const plan = await approvedPlan(ids);
    const other = await t.login('finance');
    const url = `/api/payment-plans/${plan.id}/pay`;
    const [a, b] = await Promise.all([
      finance.post(url, { bankReference: 'CMB-0001' }),
      other.post(url, { bankReference: 'CMB-0002' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? 'CMB-0001' : 'CMB-0002';
    expect((a.status === 409 ? a : b).body.message).toContain(`银行流水号 ${winner}`);
    const rows = await t.db.select().from(payments).where(inArray(payments.caseId, ids));
    expect(rows.map((r) => r.bankReference)).toEqual([winner, winner]);
    expect(await payEvents(ids)).toBe(2);
  });

  it('a process dying mid-batch records nothing, and running it again pays every case once', async () => {
    const ids = await awaitingPayment(3);
    const plan = await approvedPlan(ids);
    const deps = {
      db: t.db,
      caseTypes: t.services.caseTypes,
      policies: t.services.policies,
      cipher: t.services.cipher,
      clock: t.clock,
      calendar: packagedCalendar,
    };
    const crashing = createCaseStageServices({
      ...deps,
      afterPayment: (done) => {
        if (done === 2) throw new Error('进程在第 2 笔支付后中断');
      },
    });
    const actor = await actorOf(t, 'finance');
    await expect(crashing.payments.pay(actor, plan.id, { bankReference: 'CCB-0001' })).rejects.toThrow(
      '中断',
    );
    expect(await statusesOf(t, ids)).toEqual(['payment_planned', 'payment_planned', 'payment_planned']);
    const after = await t.db.select().from(payments).where(inArray(payments.caseId, ids));
    expect(after.map((p) => [p.status, p.bankReference])).toEqual([
      ['pending', null],
      ['pending', null],
      ['pending', null],
    ]);
    expect(await payEvents(ids)).toBe(0);

    const rerun = await createCaseStageServices(deps).payments.pay(actor, plan.id, {
      bankReference: 'CCB-0001',
    });
    expect(rerun).toMatchObject({ status: 'paid', applied: 3 });
    expect(await payEvents(ids)).toBe(3);
  });
});

describe('failed payments and reconciliation', () => {
  it('a failed payment returns the case to finance with its reason and it can be planned again', async () => {
    const ids = await awaitingPayment(2);
    const plan = await approvedPlan(ids);
    const [p1, p2] = plan.payments;
    const res = await finance.post(`/api/payment-plans/${plan.id}/pay`, {
      entries: [
        { key: p1.idempotencyKey, result: 'paid', bankReference: 'ABC-0001' },
        { key: p2.idempotencyKey, result: 'failed', reason: '账户已销户' },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.totals).toMatchObject({ paidCount: 1, failedCount: 1, failedAmount: '1300.00' });
    expect(await statusesOf(t, [p1.caseId, p2.caseId])).toEqual(['paid', 'payment_failed']);
    const q = await finance.get('/api/finance/queue?stage=payment');
    expect(q.body.items.find((i: { id: string }) => i.id === p2.caseId)).toMatchObject({
      status: 'payment_failed',
      lastFailure: '账户已销户',
    });
    const again = await approvedPlan([p2.caseId]);
    expect(again.payments[0].idempotencyKey).toBe(p2.idempotencyKey.replace(/-1$/, '-2'));
  });

  it('reconciliation confirms paid payments and sends a bank return back with its reason', async () => {
    const ids = await awaitingPayment(2);
    const plan = await approvedPlan(ids);
    const paid = (await finance.post(`/api/payment-plans/${plan.id}/pay`, { bankReference: 'BOCOM-42' }))
      .body;
    const returned = paid.payments[1];
    const res = await finance.post(`/api/payment-plans/${plan.id}/reconcile`, {
      version: paid.version,
      returned: [{ key: returned.idempotencyKey, reason: '户名与账号不符，银行退票' }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.reconciled).toBe(true);
    expect(res.body.totals).toMatchObject({ reconciledCount: 1, failedCount: 1, paidAmount: '1300.00' });
    const statuses = await statusesOf(t, [paid.payments[0].caseId, returned.caseId]);
    expect(statuses).toEqual(['reconciled', 'payment_failed']);
    const last = (await eventsOf(t, returned.caseId)).at(-1)!;
    expect(last).toMatchObject({ action: 'fail_payment', note: '户名与账号不符，银行退票' });
    const twice = await finance.post(`/api/payment-plans/${plan.id}/reconcile`, {
      version: res.body.version,
    });
    expect(twice.status).toBe(409);
  });
});

describeRoleMatrix(t, [
  {
    endpoint: 'GET /api/finance/queue?stage=payment',
    allowed: ['finance'],
    call: (c) => c.get('/api/finance/queue?stage=payment'),
  },
  {
    endpoint: 'POST /api/finance/send',
    allowed: ['reviewer'],
    call: async (c) =>
      c.post('/api/finance/send', { cases: await refs(t, await seedDecidedCases(t, { count: 1 })) }),
  },
  {
    endpoint: 'POST /api/payment-plans',
    allowed: ['finance'],
    call: async (c) =>
      c.post('/api/payment-plans', { title: '矩阵', cases: await refs(t, await awaitingPayment(1)) }),
  },
]);
