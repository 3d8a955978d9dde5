import { addMonths } from '@minsheng/rules/engine/dates.ts';
import { and, asc, eq, isNull, notLike } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import {
  guaranteedLoanRepayments,
  guaranteedLoans,
  lendingBanks,
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
    // the one demo bank lends everything: these loans, the chain entrepreneur's and the ledger
    expect(await db.select({ id: lendingBanks.id }).from(lendingBanks)).toEqual([{ id: link!.bankId }]);
    const atBank = await db
      .select({ s: guaranteedLoans.status, number: guaranteedLoans.number, fileId: guaranteedLoans.fileId })
      .from(guaranteedLoans)
      .where(eq(guaranteedLoans.bankId, link!.bankId))
      .orderBy(asc(guaranteedLoans.number));
    expect(atBank.filter((l) => l.number.startsWith('DK-XY-'))).toHaveLength(demo.creditCommunities!.loans);
    expect(atBank.filter((l) => l.fileId === demo.entrepreneurChain!.fileId).map((l) => l.s)).toEqual([
      'disbursed',
    ]);
    // this demo's own loans: applied without a file, not the ledger's
    const own = atBank.filter((l) => l.fileId === null && !l.number.startsWith('DK-XY-'));
    expect(own.map((l) => l.s).sort()).toEqual(['applied', 'approved', 'disbursed', 'overdue', 'refused']);
    expect(demo.loans).toEqual({ loans: 5, disbursed: 2, repayments: 5 });
    const repaid = await db
      .select({ id: guaranteedLoanRepayments.id })
      .from(guaranteedLoanRepayments)
      .innerJoin(guaranteedLoans, eq(guaranteedLoans.id, guaranteedLoanRepayments.loanId))
      .where(and(isNull(guaranteedLoans.fileId), notLike(guaranteedLoans.number, 'DK-XY-%')));
    expect(repaid).toHaveLength(5);
  });

  it('dates every demo loan within about two years of today', async () => {
    const oldest = await db
      .select({ on: guaranteedLoans.disbursedOn })
      .from(guaranteedLoans)
      .orderBy(asc(guaranteedLoans.disbursedOn))
      .limit(1);
    expect(oldest[0]!.on! >= addMonths(TEST_TODAY, -27)).toBe(true);
    const applied = await db.select({ on: guaranteedLoans.appliedOn }).from(guaranteedLoans);
    expect(applied.every((l) => l.on >= addMonths(TEST_TODAY, -27))).toBe(true);
  });
});
