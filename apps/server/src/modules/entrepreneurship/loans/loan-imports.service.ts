import { createHash } from 'node:crypto';
import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import type { Db, Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict } from '../../../platform/errors.ts';
import { isUniqueViolation } from '../../registry/persons/persons.service.ts';
import { requireOwnBank } from './bank-scope.ts';
import { createLoanImportsRepo } from './loan-imports.repo.ts';
import { outstandingFen, refreshStanding } from './loan-standing.ts';
import { loanStatusLabels, repayingStatuses } from './loan-status.ts';
import { stepLoan } from './loan-transition.ts';
import { createLoansRepo } from './loans.repo.ts';
import { type RepaymentLine, type RowError, readRepaymentFile } from './repayment-file.ts';

export interface ImportOutcome {
  importId: string;
  status: 'accepted' | 'refused';
  rows: number;
  errors: RowError[];
  booked: { loans: number; principal: string; interest: string };
}

/**
 * Checks every line against the ledger: the contract is this bank's and being repaid, the date lies
 * between disbursement and today, the principal does not exceed what is owed (after the file's
 * earlier lines for the same loan), the reference was not booked before nor twice in the file.
 */
async function ledgerErrors(db: Executor, bankId: string, lines: RepaymentLine[], today: string) {
  const repo = createLoanImportsRepo(db);
  const loans = new Map(
    (await repo.loansByContract(bankId, [...new Set(lines.map((l) => l.contractNumber))])).map((l) => [
      l.contractNumber!,
      l,
    ]),
  );
  const booked = await repo.bookedRefs(
    bankId,
    lines.map((l) => l.bankRef),
  );
  const owed = new Map<string, number>();
  const refs = new Map<string, number>();
  const errors: RowError[] = [];
  for (const l of lines) {
    const err = (message: string) => errors.push({ row: l.row, message });
    const loan = loans.get(l.contractNumber);
    if (booked.has(l.bankRef)) err(`银行流水号「${l.bankRef}」已登记过，不能重复入账`);
    const dup = refs.get(l.bankRef);
    if (dup) err(`银行流水号与第${dup}行重复`);
    refs.set(l.bankRef, l.row);
    if (l.paidOn > today) err(`还款日期 ${l.paidOn} 晚于今天`);
    if (!loan) {
      err(`借款合同编号「${l.contractNumber}」不是本行已放款的贷款`);
      continue;
    }
    if (!repayingStatuses.includes(loan.status)) {
      err(`合同「${l.contractNumber}」的贷款状态为「${loanStatusLabels[loan.status]}」，不能登记还款`);
      continue;
    }
    if (l.paidOn < loan.disbursedOn!) err(`还款日期 ${l.paidOn} 早于放款日期 ${loan.disbursedOn}`);
    if (!owed.has(loan.id))
      owed.set(loan.id, outstandingFen(loan, await createLoansRepo(db).paidPrincipal(loan.id)));
    const left = owed.get(loan.id)!;
    if (l.principalFen > left)
      err(
        `归还本金 ${fenToYuan(l.principalFen)} 元超过合同「${l.contractNumber}」尚欠本金 ${fenToYuan(left)} 元`,
      );
    else owed.set(loan.id, left - l.principalFen);
  }
  return { errors: errors.sort((a, b) => a.row - b.row), loans };
}

/**
 * A bank's repayment file, all or nothing: ONE bad line refuses the whole file, with every bad
 * line's row and reason, and books nothing; a good file books every line in one transaction and
 * brings the loans' statuses up to date. Each attempt is recorded; the same file (sha-256) is not
 * booked twice.
 */
export function createLoanImportsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  return {
    async history(actor: Actor) {
      const bankId = await requireOwnBank(db, actor);
      return (await createLoanImportsRepo(db).list(bankId)).map((r) => ({ ...r, at: r.at.toISOString() }));
    },

    async import(actor: Actor, file: { name: string; buffer: Buffer }): Promise<ImportOutcome> {
      const bankId = await requireOwnBank(db, actor);
      const today = clock.today();
      const fileHash = createHash('sha256').update(file.buffer).digest('hex');
      const parsed = await readRepaymentFile(file.buffer, file.name);
      const rows = parsed.lines.length + new Set(parsed.errors.map((e) => e.row)).size;
      const base = { bankId, fileName: file.name.slice(0, 200), fileHash, rows, importedBy: actor.userId };
      const nothing = { loans: 0, principal: '0.00', interest: '0.00' };

      // Two uploads of the same lines at once: the unique bank reference stops the second.
      return db
        .transaction(async (tx) => {
          const repo = createLoanImportsRepo(tx);
          const earlier = await repo.acceptedWithHash(bankId, fileHash);
          const ledger = await ledgerErrors(tx, bankId, parsed.lines, today);
          const errors = [
            ...(earlier
              ? [
                  {
                    row: 0,
                    message: `同一文件已于 ${earlier.at.toISOString().slice(0, 10)} 导入，不能重复入账`,
                  },
                ]
              : []),
            ...[...parsed.errors, ...ledger.errors].sort((a, b) => a.row - b.row),
          ];
          if (errors.length > 0) {
            const refused = await repo.insert({ ...base, status: 'refused', errors });
            await recordAudit(tx, actor, {
              action: 'guaranteed_loan.import_refused',
              targetType: 'guaranteed_loan_import',
              targetId: refused.id,
              detail: { rows, errors: errors.length },
            });
            return { importId: refused.id, status: 'refused' as const, rows, errors, booked: nothing };
          }
          const accepted = await repo.insert({ ...base, status: 'accepted' });
          await repo.book(
            parsed.lines.map((l) => ({
              loanId: ledger.loans.get(l.contractNumber)!.id,
              paidOn: l.paidOn,
              principalFen: l.principalFen,
              interestFen: l.interestFen,
              bankRef: l.bankRef,
              importId: accepted.id,
            })),
          );
          const touched = new Map<string, number>();
          for (const l of parsed.lines) {
            const id = ledger.loans.get(l.contractNumber)!.id;
            touched.set(id, (touched.get(id) ?? 0) + l.principalFen);
          }
          for (const [loanId, principalFen] of touched) {
            const loan = await createLoansRepo(tx).lock(loanId);
            await stepLoan(tx, actor, loan, {
              action: 'repayment',
              onDate: today,
              amountFen: principalFen,
              detail: { importId: accepted.id },
            });
            await refreshStanding(tx, actor, loanId, today);
          }
          await recordAudit(tx, actor, {
            action: 'guaranteed_loan.import_accepted',
            targetType: 'guaranteed_loan_import',
            targetId: accepted.id,
            detail: { rows, loans: touched.size },
          });
          const sumOf = (k: 'principalFen' | 'interestFen') =>
            fenToYuan(parsed.lines.reduce((s, l) => s + l[k], 0));
          return {
            importId: accepted.id,
            status: 'accepted' as const,
            rows,
            errors: [],
            booked: { loans: touched.size, principal: sumOf('principalFen'), interest: sumOf('interestFen') },
          };
        })
        .catch((e: unknown) => {
          if (isUniqueViolation(e))
            throw conflict('文件中的银行流水号刚刚已入账，请刷新后核对，不能重复入账');
          throw e;
        });
    },
  };
}

export type LoanImportsService = ReturnType<typeof createLoanImportsService>;
