import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { createUser } from '../../../test/fixtures.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { pinnableClock } from '../../../test/test-clock.ts';
import { entrepreneurshipRecords } from '../businesses/businesses.fixtures.ts';
import { creditCommunityEvaluations } from '../credit-communities/credit-communities.schema.ts';
import { loanRecords } from './loans.fixtures.ts';
import { guaranteedLoanEvents, guaranteedLoanSchedule, guaranteedLoans } from './loans.schema.ts';

// TEST_NOW is 2026-10-20.
const clock = pinnableClock();
const t = await createTestApp({ clock });
const records = loanRecords(t.db);
const base = '/api/entrepreneurship/loans';
const bankUserA = await createUser(t.db, {
  username: 'yh_a',
  orgId: t.city.city.id,
  roles: ['bank_officer'],
});
const bankUserB = await createUser(t.db, {
  username: 'yh_b',
  orgId: t.city.city.id,
  roles: ['bank_officer'],
});
const reviewer = await t.login('reviewer');
const officer1 = await t.login('officer1');
const officer2 = await t.login('officer2');

const bankA = (
  await reviewer.post('/api/entrepreneurship/banks', { name: '邮储银行肥城支行', code: 'YH370983' })
).body;
const bankB = await records.bank(t.city.city, 'NS370983', [bankUserB.id]);
expect(
  (await reviewer.post(`/api/entrepreneurship/banks/${bankA.id}/staff`, { userId: bankUserA.id })).status,
).toBe(200);
const bankA1 = await t.login('yh_a');
const bankB1 = await t.login('yh_b');

const ok = <T = any>(what: string, res: { status: number; body: unknown }) => {
  if (res.status !== 200) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
};
const application = (personId: string, over: Record<string, unknown> = {}) => ({
  personId,
  bankId: bankA.id,
  appliedOn: '2026-10-08',
  requested: '50000',
  counterGuarantee: 'civil_servant',
  serviceSector: true,
  ...over,
});

async function approvedLoan(name: string) {
  const person = await records.person(t.city.community1, name, { unemployed: true });
  const { id } = ok('apply', await officer1.post(base, application(person)));
  ok('review', await reviewer.post(`${base}/${id}/review`, { decision: 'approve' }));
  return id as string;
}
async function disbursedLoan(name: string, contractNumber: string) {
  const id = await approvedLoan(name);
  ok(
    'guarantee',
    await reviewer.post(`${base}/${id}/guarantee`, {
      kind: 'counter_guarantee',
      counterGuarantee: 'civil_servant',
      on: '2026-10-09',
    }),
  );
  ok(
    'disburse',
    await bankA1.post(`${base}/${id}/disburse`, {
      contractNumber,
      principal: '48000',
      annualRate: '0.0435',
      disbursedOn: '2026-10-10',
    }),
  );
  return id;
}

describe('guaranteed loan lifecycle', () => {
  it('applies, approves by the rule, guarantees and disburses with a schedule summing to the principal', async () => {
    const id = await disbursedLoan('王建国', 'YH-2026-0101');
    const loan = ok('read', await reviewer.get(`${base}/${id}`));
    expect(loan.status).toBe('disbursed');
    expect(loan.eligibility.every((r: { met: boolean }) => r.met)).toBe(true);
    expect(loan.eligibility.some((r: { clause?: string }) => r.clause?.includes('三(二)1'))).toBe(true);
    expect(loan.maturesOn).toBe('2028-10-10');
    expect(loan.schedule).toHaveLength(24);
    expect(loan.schedule.reduce((s: number, l: { principalFen: number }) => s + l.principalFen, 0)).toBe(
      4_800_000,
    );
    expect(loan.balance).toBe('48000.00');
    expect(loan.events.map((e: { action: string }) => e.action)).toEqual([
      'apply',
      'review',
      'guarantee',
      'disburse',
    ]);
  });

  it('refuses a borrower without an open unemployment registration, with the rule reason and clause', async () => {
    const person = await records.person(t.city.community1, '李未登', { unemployed: false });
    const { id } = ok('apply', await officer1.post(base, application(person)));
    const res = ok('review', await reviewer.post(`${base}/${id}/review`, { decision: 'approve' }));
    expect(res.status).toBe('refused');
    const failed = res.eligibility.filter((r: { met: boolean }) => !r.met);
    expect(failed.map((r: { text: string }) => r.text).join()).toContain('不属于本市登记失业人员');
    expect(failed.some((r: { clause?: string }) => r.clause)).toBe(true);
  });

  it('refuses a principal above the rule maximum and a move the table does not allow', async () => {
    const id = await approvedLoan('赵大额');
    const early = await bankA1.post(`${base}/${id}/disburse`, {
      contractNumber: 'YH-2026-0199',
      principal: '40000',
      annualRate: '0.0435',
      disbursedOn: '2026-10-10',
    });
    expect(early.status).toBe(409);
    ok(
      'guarantee',
      await reviewer.post(`${base}/${id}/guarantee`, {
        kind: 'counter_guarantee',
        counterGuarantee: 'real_estate',
        on: '2026-10-09',
      }),
    );
    const big = await bankA1.post(`${base}/${id}/disburse`, {
      contractNumber: 'YH-2026-0198',
      principal: '50000.01',
      annualRate: '0.0435',
      disbursedOn: '2026-10-10',
    });
    expect(big.status).toBe(422);
    expect(big.body.message).toContain('最高额度');
  });

  it('extends once by the rule’s year, keeps the schedule whole, and refuses a second extension', async () => {
    const id = await disbursedLoan('钱展期', 'YH-2026-0102');
    const res = ok(
      'extend',
      await bankA1.post(`${base}/${id}/extend`, { on: '2026-10-15', reason: '经营周转困难' }),
    );
    expect(res.extendedTo).toBe('2029-10-10');
    const lines = await t.db
      .select()
      .from(guaranteedLoanSchedule)
      .where(eq(guaranteedLoanSchedule.loanId, id));
    expect(lines.reduce((s, l) => s + l.principalFen, 0)).toBe(4_800_000);
    expect(
      lines
        .map((l) => l.dueOn)
        .sort()
        .at(-1),
    ).toBe('2029-10-10');
    const again = await reviewer.post(`${base}/${id}/extend`, { on: '2026-10-16', reason: '再次申请' });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('该笔贷款已展期一次，按规定只能展期一次');
  });

  it('turns a loan overdue on demand, compensates its balance and settles it when recovered in full', async () => {
    const id = await disbursedLoan('孙逾期', 'YH-2026-0103');
    clock.pin('2026-11-11');
    try {
      const check = ok('check', await reviewer.post(`${base}/overdue-check`));
      expect(check.overdue).toBeGreaterThanOrEqual(1);
      const loan = ok('read', await reviewer.get(`${base}/${id}`));
      expect(loan.status).toBe('overdue');
      expect(loan.overdueSince).toBe('2026-11-10');
      const comp = ok('compensate', await reviewer.post(`${base}/${id}/compensate`, { on: '2026-11-11' }));
      expect(comp.compensated).toBe('48000.00');
      ok('recover', await reviewer.post(`${base}/${id}/recover`, { on: '2026-11-11', amount: '8000' }));
      const over = await reviewer.post(`${base}/${id}/recover`, { on: '2026-11-11', amount: '40000.01' });
      expect(over.status).toBe(422);
      const done = ok(
        'recover',
        await reviewer.post(`${base}/${id}/recover`, { on: '2026-11-11', amount: '40000' }),
      );
      expect(done.status).toBe('repaid');
      const [row] = await t.db.select().from(guaranteedLoans).where(eq(guaranteedLoans.id, id));
      const recoveries = await t.db
        .select()
        .from(guaranteedLoanEvents)
        .where(eq(guaranteedLoanEvents.loanId, id));
      expect(row!.recoveredFen).toBe(
        recoveries.filter((e) => e.action === 'recover').reduce((s, e) => s + (e.amountFen ?? 0), 0),
      );
    } finally {
      clock.pin(null);
    }
  });

  it('writes off only a compensated loan, recording the unrecovered amount and the reason, audited', async () => {
    const id = await disbursedLoan('冯核销', 'YH-2026-0105');
    const early = await reviewer.post(`${base}/${id}/write-off`, { on: '2026-10-20', reason: '无力偿还' });
    expect(early.status).toBe(409);
    expect(early.body.message).toBe('贷款状态为「还款中」，只有已代偿的贷款才能核销');
    clock.pin('2026-11-11');
    try {
      ok('check', await reviewer.post(`${base}/overdue-check`));
      ok('compensate', await reviewer.post(`${base}/${id}/compensate`, { on: '2026-11-11' }));
      ok('recover', await reviewer.post(`${base}/${id}/recover`, { on: '2026-11-11', amount: '8000.50' }));
      expect(ok('read', await reviewer.get(`${base}/${id}`)).actions).toEqual(['recover', 'write_off']);
      const body = { on: '2026-11-11', reason: '借款人死亡，无财产可供执行' };
      expect((await officer1.post(`${base}/${id}/write-off`, body)).status).toBe(403);
      expect((await bankA1.post(`${base}/${id}/write-off`, body)).status).toBe(403);
      const done = ok('write off', await reviewer.post(`${base}/${id}/write-off`, body));
      expect(done.writtenOff).toBe('39999.50');
      const loan = ok('read', await reviewer.get(`${base}/${id}`));
      expect(loan.status).toBe('written_off');
      expect(loan.actions).toEqual([]);
      const [event] = await t.db
        .select()
        .from(guaranteedLoanEvents)
        .where(and(eq(guaranteedLoanEvents.loanId, id), eq(guaranteedLoanEvents.action, 'write_off')));
      expect(event).toMatchObject({
        fromStatus: 'compensated',
        toStatus: 'written_off',
        onDate: '2026-11-11',
        amountFen: 3_999_950,
        reason: '借款人死亡，无财产可供执行',
      });
      const audits = await t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.targetId, id), eq(auditLog.action, 'guaranteed_loan.write_off')));
      expect(audits).toHaveLength(1);
      expect(audits[0]!.detail).toMatchObject({
        from: 'compensated',
        to: 'written_off',
        amountFen: 3_999_950,
      });
      const again = await reviewer.post(`${base}/${id}/write-off`, body);
      expect(again.status).toBe(409);
      expect(again.body.message).toBe('贷款状态为「已核销」，只有已代偿的贷款才能核销');
    } finally {
      clock.pin(null);
    }
  });

  it('waives the counter-guarantee only in a recognised, published credit community', async () => {
    const id = await approvedLoan('周信用');
    const body = { kind: 'credit_community', commitmentSigned: true, trackingCard: true, on: '2026-10-12' };
    const refused = await reviewer.post(`${base}/${id}/guarantee`, body);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('信用社区');
    const evaluation = {
      communityOrgId: t.city.community1.id,
      year: 2025,
      outcome: 'recognised' as const,
      fullEmployment: true,
      borrowers: 12,
      issuedFen: 60_000_000,
      maturedDueFen: 20_000_000,
      maturedRecoveredFen: 19_900_000,
      commitmentsSigned: 12,
      trackingCards: 12,
      reasons: [],
      orgId: t.city.community1.id,
      orgPath: t.city.community1.path,
    };
    await t.db.insert(creditCommunityEvaluations).values({ ...evaluation, status: 'withdrawn' });
    expect((await reviewer.post(`${base}/${id}/guarantee`, body)).status).toBe(409);
    await t.db
      .update(creditCommunityEvaluations)
      .set({ status: 'published' })
      .where(eq(creditCommunityEvaluations.communityOrgId, t.city.community1.id));
    ok('guarantee', await reviewer.post(`${base}/${id}/guarantee`, body));
  });
});

describe('bank scope', () => {
  it('shows a bank user its own bank’s loans only, and hides another bank’s loan', async () => {
    const id = await disbursedLoan('吴本行', 'YH-2026-0104');
    expect(ok('list A', await bankA1.get(base)).items.some((l: { id: string }) => l.id === id)).toBe(true);
    expect(ok('list B', await bankB1.get(base)).items.some((l: { id: string }) => l.id === id)).toBe(false);
    expect((await bankB1.get(`${base}/${id}`)).status).toBe(404);
    expect((await bankB1.post(`${base}/${id}/extend`, { on: '2026-10-15', reason: '越权展期' })).status).toBe(
      404,
    );
    expect(bankB.id).not.toBe(bankA.id);
  });

  it('offers a street officer the city’s lending banks to apply with, and a bank user only its own', async () => {
    const names = (body: { id: string }[]) => body.map((b) => b.id).sort();
    expect(names(ok('officer banks', await officer1.get('/api/entrepreneurship/banks')))).toEqual(
      [bankA.id, bankB.id].sort(),
    );
    expect(names(ok('bank A banks', await bankA1.get('/api/entrepreneurship/banks')))).toEqual([bankA.id]);
  });

  it('attaches an application only to the borrower’s own trainee file', async () => {
    const person = await records.person(t.city.community1, '钱档案', { unemployed: true });
    const neighbour = await records.person(t.city.community1, '孙档案', { unemployed: true });
    const files = entrepreneurshipRecords(t.db);
    const own = await files.file(t.city.community1, person);
    const theirs = await files.file(t.city.community1, neighbour);
    const wrong = await officer1.post(base, application(person, { fileId: theirs.id }));
    expect(wrong.status).toBe(422);
    expect(wrong.body.message).toContain('不属于该借款人');
    const unknown = application(person, { fileId: '00000000-0000-4000-8000-000000000001' });
    expect((await officer1.post(base, unknown)).status).toBe(404);
    expect((await officer1.post(base, application(person, { fileId: own.id }))).status).toBe(200);
  });

  it('lets a street officer apply only for persons in their scope', async () => {
    const person = await records.person(t.city.community1, '郑外街', { unemployed: true });
    expect((await officer2.post(base, application(person))).status).toBe(404);
  });
});
