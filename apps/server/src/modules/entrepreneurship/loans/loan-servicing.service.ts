import { addYears } from '@minsheng/rules/engine/dates.ts';
import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { conflict, forbidden, invalid } from '../../../platform/errors.ts';
import { isUniqueViolation } from '../../registry/persons/persons.service.ts';
import { bureauLoan, ownBankLoan } from './loan-access.ts';
import { evaluateLoan, ruleLimits } from './loan-rule.ts';
import { equalPrincipalSchedule, monthsUntil } from './loan-schedule.ts';
import { outstandingFen, refreshStanding } from './loan-standing.ts';
import { loanStatusLabels, repayingStatuses } from './loan-status.ts';
import { stepLoan } from './loan-transition.ts';
import { createLoansRepo, type LoanRow, loanScopeCols } from './loans.repo.ts';
import type { LoanDeps } from './loans.service.ts';

export interface Disbursement {
  contractNumber: string;
  principalFen: number;
  /** e.g. "0.0435" */
  annualRate: string;
  disbursedOn: string;
}

/** The bank's disbursement and the life of a lent loan: extension, overdue, 代偿, recovery and write-off. */
export function createLoanServicingService(deps: LoanDeps) {
  const { db, clock, policies } = deps;

  const notFuture = (on: string, what: string) => {
    if (on > clock.today()) throw invalid(`${what}不能晚于今天`);
  };

  /**
   * A step after 代偿 (recovery, write-off) by the guarantee fund's managers, dated not in the
   * future, on the locked loan with what is still unrecovered; refused unless the loan is compensated.
   */
  async function afterCompensation<T>(
    actor: Actor,
    id: string,
    on: string,
    words: { date: string; refused: string },
    work: (tx: Executor, locked: LoanRow, unrecoveredFen: number) => Promise<T>,
  ) {
    const loan = await bureauLoan(db, actor, id, 'entrepreneurship:manage');
    notFuture(on, words.date);
    return db.transaction(async (tx) => {
      const locked = await createLoansRepo(tx).lock(loan.id);
      if (locked.status !== 'compensated')
        throw conflict(`贷款状态为「${loanStatusLabels[locked.status]}」，${words.refused}`);
      return work(tx, locked, (locked.compensatedFen ?? 0) - locked.recoveredFen);
    });
  }

  /** Brings each repaying loan in `scope` in line with its ledger; audited with what it changed. */
  async function overdueCheck(actor: Actor, scope: SQL) {
    const loans = await createLoansRepo(db).dueForOverdueCheck(scope, repayingStatuses);
    const today = clock.today();
    let overdue = 0;
    let becameOverdue = 0;
    for (const loan of loans) {
      const row = await db.transaction((tx) => refreshStanding(tx, actor, loan.id, today));
      if (row.status === 'overdue') overdue += 1;
      if (row.status === 'overdue' && loan.status !== 'overdue') becameOverdue += 1;
    }
    const result = { checked: loans.length, overdue, becameOverdue };
    await db.transaction((tx) =>
      recordAudit(tx, actor, {
        action: 'guaranteed_loan.overdue_check',
        targetType: 'guaranteed_loan',
        detail: { on: today, ...result },
      }),
    );
    return result;
  }

  return {
    /**
     * The bank lends: principal within the rule's maximum, the term the rule's `loan_term_years`,
     * a monthly equal-principal schedule whose last instalment takes the remainder.
     */
    async disburse(actor: Actor, id: string, input: Disbursement) {
      const loan = await ownBankLoan(db, actor, id);
      if (loan.status !== 'guaranteed')
        throw conflict(`贷款状态为「${loanStatusLabels[loan.status]}」，不能放款`);
      notFuture(input.disbursedOn, '放款日期');
      if (input.disbursedOn < (loan.guaranteedOn ?? loan.appliedOn))
        throw invalid('放款日期不能早于落实担保日期');
      const terms: LoanRow = { ...loan, principalFen: input.principalFen, annualRate: input.annualRate };
      const { evaluation } = await evaluateLoan(db, policies, terms, input.disbursedOn);
      const limits = ruleLimits(evaluation);
      if (limits.maxLoanFen === null || input.principalFen > limits.maxLoanFen)
        throw invalid(
          `放款本金超过政策规定的最高额度${limits.maxLoanFen === null ? '' : `（${fenToYuan(limits.maxLoanFen)}元）`}`,
        );
      const maturesOn = addYears(input.disbursedOn, limits.termYears);
      const schedule = equalPrincipalSchedule(input.principalFen, input.disbursedOn, limits.termYears * 12);
      await db.transaction(async (tx) => {
        const repo = createLoansRepo(tx);
        const locked = await repo.lock(loan.id);
        try {
          await stepLoan(tx, actor, locked, {
            action: 'disburse',
            to: 'disbursed',
            onDate: input.disbursedOn,
            amountFen: input.principalFen,
            patch: {
              contractNumber: input.contractNumber,
              principalFen: input.principalFen,
              annualRate: input.annualRate,
              disbursedOn: input.disbursedOn,
              maturesOn,
            },
          });
        } catch (e) {
          if (isUniqueViolation(e)) throw conflict(`合同编号「${input.contractNumber}」已用于本行另一笔贷款`);
          throw e;
        }
        await repo.insertSchedule(loan.id, schedule);
      });
      return { id, maturesOn, instalments: schedule.length };
    },

    /**
     * 展期, at most once: the maturity moves by the rule's `extension_years`; the instalments not
     * yet due are spread monthly up to the new maturity (the schedule still sums to the principal).
     */
    async extend(actor: Actor, id: string, input: { on: string; reason: string }) {
      const loan = hasPermission(actor, 'entrepreneurship:manage')
        ? await bureauLoan(db, actor, id, 'entrepreneurship:manage')
        : await ownBankLoan(db, actor, id);
      if (loan.extendedTo) throw conflict('该笔贷款已展期一次，按规定只能展期一次');
      if (loan.status !== 'disbursed' && loan.status !== 'overdue')
        throw conflict(`贷款状态为「${loanStatusLabels[loan.status]}」，不能展期`);
      notFuture(input.on, '展期日期');
      const { evaluation } = await evaluateLoan(db, policies, loan, input.on, { extension: true });
      const extendedTo = addYears(loan.maturesOn!, ruleLimits(evaluation).extensionYears);
      await db.transaction(async (tx) => {
        const repo = createLoansRepo(tx);
        const locked = await repo.lock(loan.id);
        if (locked.extendedTo) throw conflict('该笔贷款已展期一次，按规定只能展期一次');
        const kept = (await repo.schedule(loan.id)).filter((l) => l.dueOn <= input.on);
        const keptFen = kept.reduce((s, l) => s + l.principalFen, 0);
        const last = kept.at(-1);
        await repo.dropScheduleAfter(loan.id, input.on);
        const from = last?.dueOn ?? loan.disbursedOn!;
        await repo.insertSchedule(
          loan.id,
          equalPrincipalSchedule(
            locked.principalFen! - keptFen,
            from,
            monthsUntil(from, extendedTo),
            (last?.seq ?? 0) + 1,
          ),
        );
        await stepLoan(tx, actor, locked, {
          action: 'extend',
          to: 'extended',
          onDate: input.on,
          reason: input.reason,
          patch: { extendedTo, overdueSince: null },
        });
        await refreshStanding(tx, actor, loan.id, clock.today());
      });
      return { id, extendedTo };
    },

    /**
     * The overdue check, run on demand by the city (and after every repayment file): each repaying
     * loan in the actor's scope with an instalment unpaid after its due date becomes overdue; one
     * whose arrears are paid returns to repaying.
     */
    async checkOverdue(actor: Actor) {
      if (!hasPermission(actor, 'entrepreneurship:manage')) throw forbidden();
      return overdueCheck(actor, accessFilter(actor, 'entrepreneurship:manage', loanScopeCols));
    },

    /** The daily overdue check of every loan, by the system itself (the scheduled job). */
    checkAllOverdue: (system: Actor) => overdueCheck(system, sql`true`),

    /** 代偿: the guarantee fund pays the bank the outstanding balance of an overdue loan. */
    async compensate(actor: Actor, id: string, input: { on: string }) {
      const loan = await bureauLoan(db, actor, id, 'entrepreneurship:manage');
      notFuture(input.on, '代偿日期');
      const amount = await db.transaction(async (tx) => {
        const repo = createLoansRepo(tx);
        const locked = await repo.lock(loan.id);
        const balance = outstandingFen(locked, await repo.paidPrincipal(loan.id));
        await stepLoan(tx, actor, locked, {
          action: 'compensate',
          to: 'compensated',
          onDate: input.on,
          amountFen: balance,
          patch: { compensatedOn: input.on, compensatedFen: balance },
        });
        return balance;
      });
      return { id, compensated: fenToYuan(amount) };
    },

    /** A recovery from the borrower after 代偿; the loan is settled when the 代偿 is recovered in full. */
    recover: (actor: Actor, id: string, input: { on: string; amountFen: number }) =>
      afterCompensation(
        actor,
        id,
        input.on,
        { date: '追偿日期', refused: '不能登记追偿' },
        async (tx, locked, open) => {
          if (input.amountFen > open) throw invalid(`追偿金额超过尚未追回的代偿金额（${fenToYuan(open)}元）`);
          const recoveredFen = locked.recoveredFen + input.amountFen;
          const done = recoveredFen === locked.compensatedFen;
          await stepLoan(tx, actor, locked, {
            action: 'recover',
            to: done ? 'repaid' : undefined,
            onDate: input.on,
            amountFen: input.amountFen,
            patch: { recoveredFen },
          });
          return { id, recovered: fenToYuan(recoveredFen), status: done ? 'repaid' : locked.status };
        },
      ),

    /**
     * 核销: the guarantee fund writes off what it could not recover after 代偿; the event keeps the
     * unrecovered amount and the reason. Only a compensated loan may be written off.
     */
    writeOff: (actor: Actor, id: string, input: { on: string; reason: string }) =>
      afterCompensation(
        actor,
        id,
        input.on,
        { date: '核销日期', refused: '只有已代偿的贷款才能核销' },
        async (tx, locked, unrecoveredFen) => {
          if (locked.compensatedOn && input.on < locked.compensatedOn)
            throw invalid('核销日期不能早于代偿日期');
          await stepLoan(tx, actor, locked, {
            action: 'write_off',
            to: 'written_off',
            onDate: input.on,
            amountFen: unrecoveredFen,
            reason: input.reason,
          });
          return { id, writtenOff: fenToYuan(unrecoveredFen) };
        },
      ),
  };
}

export type LoanServicingService = ReturnType<typeof createLoanServicingService>;
