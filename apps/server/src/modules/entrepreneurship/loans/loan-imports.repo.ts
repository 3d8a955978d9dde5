import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { guaranteedLoanImports, guaranteedLoanRepayments, guaranteedLoans } from './loans.schema.ts';

export type ImportInsert = typeof guaranteedLoanImports.$inferInsert;
export type RepaymentInsert = typeof guaranteedLoanRepayments.$inferInsert;

/** A bank's repayment-file attempts and what they booked. */
export function createLoanImportsRepo(db: Executor) {
  return {
    /** The bank's loans quoted by contract number in a file. */
    loansByContract: (bankId: string, contracts: string[]) =>
      contracts.length === 0
        ? Promise.resolve([])
        : db
            .select()
            .from(guaranteedLoans)
            .where(
              and(eq(guaranteedLoans.bankId, bankId), inArray(guaranteedLoans.contractNumber, contracts)),
            ),

    /** Which of `refs` the bank has booked before (on any of its loans). */
    async bookedRefs(bankId: string, refs: string[]): Promise<Set<string>> {
      if (refs.length === 0) return new Set();
      const rows = await db
        .select({ ref: guaranteedLoanRepayments.bankRef })
        .from(guaranteedLoanRepayments)
        .innerJoin(guaranteedLoans, eq(guaranteedLoans.id, guaranteedLoanRepayments.loanId))
        .where(and(eq(guaranteedLoans.bankId, bankId), inArray(guaranteedLoanRepayments.bankRef, refs)));
      return new Set(rows.map((r) => r.ref));
    },

    async acceptedWithHash(bankId: string, fileHash: string) {
      const [row] = await db
        .select({
          id: guaranteedLoanImports.id,
          fileName: guaranteedLoanImports.fileName,
          at: guaranteedLoanImports.at,
        })
        .from(guaranteedLoanImports)
        .where(
          and(
            eq(guaranteedLoanImports.bankId, bankId),
            eq(guaranteedLoanImports.fileHash, fileHash),
            eq(guaranteedLoanImports.status, 'accepted'),
          ),
        )
        .limit(1);
      return row;
    },

    async insert(values: ImportInsert) {
      const [row] = await db.insert(guaranteedLoanImports).values(values).returning();
      return row!;
    },

    async book(lines: RepaymentInsert[]) {
      if (lines.length > 0) await db.insert(guaranteedLoanRepayments).values(lines);
    },

    list: (bankId: string) =>
      db
        .select({
          id: guaranteedLoanImports.id,
          fileName: guaranteedLoanImports.fileName,
          rows: guaranteedLoanImports.rows,
          status: guaranteedLoanImports.status,
          errors: guaranteedLoanImports.errors,
          at: guaranteedLoanImports.at,
        })
        .from(guaranteedLoanImports)
        .where(eq(guaranteedLoanImports.bankId, bankId))
        .orderBy(desc(guaranteedLoanImports.at))
        .limit(50),
  };
}
