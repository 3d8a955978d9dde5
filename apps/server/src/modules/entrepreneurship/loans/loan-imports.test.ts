import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createUser } from '../../../test/fixtures.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { loanRecords, uploadRepayments } from './loans.fixtures.ts';
import { guaranteedLoanImports, guaranteedLoanRepayments, guaranteedLoans } from './loans.schema.ts';
import { repaymentWorkbook as repaymentXlsx } from './repayment-file.ts';

// TEST_NOW is 2026-10-20.
const t = await createTestApp();
const records = loanRecords(t.db);
const userA = await createUser(t.db, { username: 'yh_a', orgId: t.city.city.id, roles: ['bank_officer'] });
const userB = await createUser(t.db, { username: 'yh_b', orgId: t.city.city.id, roles: ['bank_officer'] });
const bankA = await records.bank(t.city.city, 'YHA', [userA.id]);
const bankB = await records.bank(t.city.city, 'YHB', [userB.id]);
const person = await records.person(t.city.community1, '王建国', { unemployed: true });
const loanA = await records.disbursedLoan(t.city.community1, person, bankA.id, {
  contractNumber: 'A-0001',
  principalFen: 48_000_00,
  disbursedOn: '2026-08-10',
});
const loanB = await records.disbursedLoan(t.city.community1, person, bankB.id, {
  contractNumber: 'B-0001',
  principalFen: 30_000_00,
  disbursedOn: '2026-08-10',
});
const bankUserA = await t.login('yh_a');
const bankUserB = await t.login('yh_b');

const repaymentsOf = (loanId: string) =>
  t.db.select().from(guaranteedLoanRepayments).where(eq(guaranteedLoanRepayments.loanId, loanId));

describe('bank repayment file', () => {
  it('refuses the whole file for one bad line, lists every bad line with its reason, and books nothing', async () => {
    const file = await repaymentXlsx([
      ['A-0001', '2026-09-10', '2000.00', '174.00', 'HK20260910001'],
      ['A-0001', '2026-10-10', '2000.005', '170.00', 'HK20261010001'],
      ['B-0001', '2026-10-10', '1250.00', '108.75', 'HK20261010002'],
      ['A-0001', '2027-01-10', '99999', '0', 'HK20261010003'],
    ]);
    const res = await uploadRepayments(t, bankUserA, file);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('refused');
    const rows = res.body.errors.map((e: { row: number }) => e.row);
    expect(rows).toEqual(expect.arrayContaining([3, 4, 5]));
    expect(rows).not.toContain(2);
    const text = res.body.errors.map((e: { message: string }) => e.message).join('\n');
    expect(text).toContain('最多两位小数');
    expect(text).toContain('「B-0001」不是本行已放款的贷款');
    expect(text).toContain('晚于今天');
    expect(text).toContain('超过合同「A-0001」尚欠本金');
    expect(await repaymentsOf(loanA.id)).toHaveLength(0);
    const [attempt] = await t.db
      .select()
      .from(guaranteedLoanImports)
      .where(eq(guaranteedLoanImports.id, res.body.importId));
    expect(attempt!.status).toBe('refused');
  });

  it('books a good file in one go, lowers the balance, and refuses the same file or a booked reference again', async () => {
    const file = await repaymentXlsx([
      ['A-0001', '2026-09-10', '2000.00', '174.00', 'HK20260910001'],
      ['A-0001', '2026-10-10', 2000, 170, 'HK20261010001'],
    ]);
    const res = await uploadRepayments(t, bankUserA, file);
    expect(res.body).toMatchObject({
      status: 'accepted',
      rows: 2,
      booked: { loans: 1, principal: '4000.00', interest: '344.00' },
    });
    expect((await repaymentsOf(loanA.id)).reduce((s, r) => s + r.principalFen, 0)).toBe(4000_00);
    const page = await bankUserA.get(`/api/entrepreneurship/loans/${loanA.id}`);
    expect(page.body.balance).toBe('44000.00');

    const again = await uploadRepayments(t, bankUserA, file);
    expect(again.body.status).toBe('refused');
    expect(again.body.errors[0].message).toContain('同一文件已于');
    const sameRef = await uploadRepayments(
      t,
      bankUserA,
      await repaymentXlsx([['A-0001', '2026-10-11', '1', '0', 'HK20261010001']]),
    );
    expect(sameRef.body.errors[0].message).toContain('已登记过');
    expect(await repaymentsOf(loanA.id)).toHaveLength(2);
  });

  it('does not let bank B import for bank A’s loan or read it', async () => {
    const res = await uploadRepayments(
      t,
      bankUserB,
      await repaymentXlsx([['A-0001', '2026-10-12', '100', '0', 'HKB0000001']]),
    );
    expect(res.body.status).toBe('refused');
    expect(res.body.errors[0].message).toContain('不是本行已放款的贷款');
    expect((await bankUserB.get(`/api/entrepreneurship/loans/${loanA.id}`)).status).toBe(404);
    expect(await repaymentsOf(loanA.id)).toHaveLength(2);
  });

  it('settles a loan whose principal is repaid in full', async () => {
    const res = await uploadRepayments(
      t,
      bankUserB,
      await repaymentXlsx([['B-0001', '2026-10-15', '30000', '50', 'HKB0000002']]),
    );
    expect(res.body.status).toBe('accepted');
    const [row] = await t.db.select().from(guaranteedLoans).where(eq(guaranteedLoans.id, loanB.id));
    expect(row!.status).toBe('repaid');
  });

  it('serves the template with the five headers', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/entrepreneurship/loan-imports/template.xlsx',
      headers: { cookie: bankUserA.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
  });
});
