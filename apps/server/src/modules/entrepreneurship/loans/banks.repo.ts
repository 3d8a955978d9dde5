import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { users } from '../../../platform/access/access.schema.ts';
import { lendingBanks, lendingBankUsers } from './loans.schema.ts';

export type BankRow = typeof lendingBanks.$inferSelect;

/** 经办银行 and their staff accounts. */
export function createBanksRepo(db: Executor) {
  return {
    list: (scope: SQL) =>
      db
        .select({ id: lendingBanks.id, name: lendingBanks.name, code: lendingBanks.code })
        .from(lendingBanks)
        .where(scope)
        .orderBy(asc(lendingBanks.code)),

    async row(scope: SQL, id: string) {
      const [row] = await db
        .select()
        .from(lendingBanks)
        .where(and(scope, eq(lendingBanks.id, id)));
      return row;
    },

    async insert(values: typeof lendingBanks.$inferInsert) {
      const [row] = await db.insert(lendingBanks).values(values).onConflictDoNothing().returning();
      return row;
    },

    staff: (bankId: string) =>
      db
        .select({ userId: users.id, username: users.username, displayName: users.displayName })
        .from(lendingBankUsers)
        .innerJoin(users, eq(users.id, lendingBankUsers.userId))
        .where(eq(lendingBankUsers.bankId, bankId))
        .orderBy(asc(users.username)),

    /** every bank staff account with its bank's name, to show which accounts are taken */
    linkedAccounts: () =>
      db
        .select({ userId: lendingBankUsers.userId, name: lendingBanks.name })
        .from(lendingBankUsers)
        .innerJoin(lendingBanks, eq(lendingBanks.id, lendingBankUsers.bankId)),

    link: (userId: string, bankId: string) =>
      db.insert(lendingBankUsers).values({ userId, bankId }).onConflictDoNothing().returning(),
  };
}
