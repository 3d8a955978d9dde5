import { yuanToFen } from '@minsheng/rules/engine/money.ts';
import { asc, count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.ts';
import { caseEvents, cases } from '../modules/cases/cases.schema.ts';
import {
  objections,
  paymentPlans,
  payments,
  publicNotices,
} from '../modules/cases/finance/case-finance.schema.ts';
import { households } from '../modules/registry/households/households.schema.ts';
import { shortageOccupations } from '../modules/registry/shortage-occupations/shortage-occupations.schema.ts';
import { createFieldCipher } from '../platform/crypto.ts';
import { TEST_NOW, TEST_TODAY } from '../test/test-clock.ts';
import { createTestDatabase } from '../test/test-db.ts';
import { loadDemoCity } from './demo-city.ts';

const cipher = createFieldCipher(Buffer.alloc(32, 7));

/** The default demo (300 persons, seed 2026) on its own database, on the test clock. */
async function defaultDemo() {
  const database = await createTestDatabase();
  const demo = await loadDemoCity(database.db, cipher, { today: TEST_TODAY, now: TEST_NOW });
  return { database, demo };
}

const caseRows = (db: Db) =>
  db
    .select({
      number: cases.number,
      status: cases.status,
      policyId: cases.policyId,
      approvedAmountFen: cases.approvedAmountFen,
      appliedOn: cases.appliedOn,
      frozenEvaluation: cases.frozenEvaluation,
    })
    .from(cases)
    .orderBy(asc(cases.number));

const first = await defaultDemo();
const second = await defaultDemo();
afterAll(async () => {
  await first.database.close();
  await second.database.close();
});
const { db } = first.database;

describe('the demo city at work', () => {
  it('leaves cases of several items in every stage of the lifecycle', async () => {
    const rows = await caseRows(db);
    const statuses = new Set(rows.map((r) => r.status));
    for (const s of [
      'draft',
      'submitted',
      'returned',
      'accepted',
      'reviewed',
      'approved',
      'rejected',
      'in_public_notice',
      'payment_planned',
      'paid',
      'reconciled',
    ])
      expect(statuses, s).toContain(s);
    expect(new Set(rows.map((r) => r.policyId)).size).toBeGreaterThanOrEqual(2);
    expect(rows.every((r) => r.appliedOn === null || r.appliedOn < TEST_TODAY)).toBe(true);
  });

  it('approves and pays exactly what the rules decided, to the fen', async () => {
    const approved = (await caseRows(db)).filter((r) => r.approvedAmountFen !== null);
    expect(approved.length).toBeGreaterThan(5);
    for (const r of approved) {
      const payable = (r.frozenEvaluation as { payableTotal: string }).payableTotal;
      expect(r.approvedAmountFen, r.number).toBe(yuanToFen(payable));
      expect(r.approvedAmountFen).toBeGreaterThan(0);
    }
    const paid = await db
      .select({ amount: payments.amountFen, approved: cases.approvedAmountFen })
      .from(payments)
      .innerJoin(cases, eq(cases.id, payments.caseId));
    expect(paid.length).toBeGreaterThan(0);
    for (const p of paid) expect(p.amount).toBe(p.approved);
  });

  it('records the whole trail of a reconciled case as its steps', async () => {
    const [done] = await db
      .select({ id: cases.id })
      .from(cases)
      .where(eq(cases.status, 'reconciled'))
      .limit(1);
    const events = await db
      .select({ action: caseEvents.action })
      .from(caseEvents)
      .where(eq(caseEvents.caseId, done!.id))
      .orderBy(asc(caseEvents.id));
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'create',
        'submit',
        'accept',
        'review',
        'approve',
        'send_to_finance',
        'pay',
        'reconcile',
      ]),
    );
  });

  it('publishes a notice with an objection, shortage occupations, payment plans and households with addresses', async () => {
    const notices = await db.select().from(publicNotices);
    expect(notices.length).toBeGreaterThan(0);
    const objected = await db.select({ noticeId: objections.noticeId }).from(objections);
    expect(objected.length).toBeGreaterThan(0);
    expect(notices.some((n) => n.status === 'published')).toBe(true);
    expect(Number((await db.select({ n: count() }).from(shortageOccupations))[0]!.n)).toBeGreaterThan(0);
    const plans = await db.select({ status: paymentPlans.status }).from(paymentPlans);
    expect(plans.length).toBeGreaterThanOrEqual(2);
    const addressed = await db.select({ n: count() }).from(households).where(isNotNull(households.address));
    expect(Number(addressed[0]!.n)).toBeGreaterThan(0);
  });

  it('gives the same case numbers, stages and amounts for the same seed', async () => {
    const strip = (rows: Awaited<ReturnType<typeof caseRows>>) =>
      rows.map(({ frozenEvaluation: _e, ...r }) => r);
    expect(strip(await caseRows(second.database.db))).toEqual(strip(await caseRows(db)));
    expect(second.demo.cases).toEqual(first.demo.cases);
  });
});
