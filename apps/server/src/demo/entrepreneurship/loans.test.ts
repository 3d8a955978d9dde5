import { asc, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import {
  guaranteedLoanRepayments,
  guaranteedLoans,
  lendingBankUsers,
} from '../../modules/entrepreneurship/loans/loans.schema.ts';
import { users } from '../../platform/access/access.schema.ts';
import { createFieldCipher } from '../../platform/crypto.ts';
import { TEST_NOW, TEST_TODAY } from '../../test/test-clock.ts';
import { createTestDatabase } from '../../test/test-db.ts';
import { loadDemoCity } from '../demo-city.ts';

const database = await createTestDatabase();
afterAll(() => database.close());
const demo = await loadDemoCity(database.db, createFieldCipher(Buffer.alloc(32, 7)), {
  today: TEST_TODAY,
  now: TEST_NOW,
});
const db = database.db;

describe('the demo guaranteed loans', () => {
  it('links the yh_370900 account to the bank and leaves loans in every early and repaying state', async () => {
    const [link] = await db
      .select({ username: users.username, bankId: lendingBankUsers.bankId })
      .from(lendingBankUsers)
      .innerJoin(users, eq(users.id, lendingBankUsers.userId));
    expect(link!.username).toBe('yh_370900');
    // the bank's own loans (the credit-community demo keeps its ledger at another bank)
    const statuses = (
      await db
        .select({ s: guaranteedLoans.status })
        .from(guaranteedLoans)
        .where(eq(guaranteedLoans.bankId, link!.bankId))
        .orderBy(asc(guaranteedLoans.number))
    ).map((r) => r.s);
    expect([...statuses].sort()).toEqual(['applied', 'approved', 'disbursed', 'overdue', 'refused']);
    expect(demo.loans).toEqual({ loans: 5, disbursed: 2, repayments: 5 });
    const repaid = await db
      .select({ id: guaranteedLoanRepayments.id })
      .from(guaranteedLoanRepayments)
      .innerJoin(guaranteedLoans, eq(guaranteedLoans.id, guaranteedLoanRepayments.loanId))
      .where(eq(guaranteedLoans.bankId, link!.bankId));
    expect(repaid).toHaveLength(5);
  });
});
