import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import { lookup } from '@minsheng/rules/engine/parameters.ts';
import { compileInterestSubsidy } from '@minsheng/rules/policies/county-city/guaranteed-loan-interest-subsidy/batch.ts';
import type { Input } from '@minsheng/rules/policies/county-city/guaranteed-loan-interest-subsidy/policy.ts';
import type { Actor } from '../../../../platform/access/actor.ts';
import { recordAudit } from '../../../../platform/audit/audit.service.ts';
import { conflict, notFound } from '../../../../platform/errors.ts';
import { maskName } from '../../../cases/notices/cases-notice.rules.ts';
import type { CaseDeps } from '../../../cases/workflow/case-transition.ts';
import {
  type ClaimRow,
  createInterestSubsidyRepo,
  type LineInsert,
  loanScope,
} from './interest-subsidy.repo.ts';
import { INTEREST_SUBSIDY, loanRuleInput, quarterPeriod } from './interest-subsidy.rules.ts';
import { readLedger } from './interest-subsidy.sql.ts';

const statusLabels: Record<ClaimRow['status'], string> = {
  computed: '已核算，待提交',
  submitted: '已提交，按案件审批拨付',
  paid: '已拨付',
};

const present = (r: { claim: ClaimRow; bankName: string; bankCode: string }) => ({
  id: r.claim.id,
  number: r.claim.number,
  bankId: r.claim.bankId,
  bankName: r.bankName,
  bankCode: r.bankCode,
  periodStart: r.claim.periodStart,
  periodEnd: r.claim.periodEnd,
  status: r.claim.status,
  statusLabel: statusLabels[r.claim.status],
  loans: r.claim.loans,
  total: fenToYuan(r.claim.totalFen),
  batchId: r.claim.batchId,
  computedAt: r.claim.computedAt.toISOString(),
  version: r.claim.version,
});

/**
 * 贴息申报 (001 篇3 三(二)1): for one bank and quarter, each loan's subsidy computed from the ledger
 * — one SQL pass builds the balance segments, the rules package's compiled batch decides every loan
 * — and stored as the claim's lines in one transaction. Recomputing replaces a claim not yet
 * submitted; each line's explanation is the rule's own evaluation of that loan.
 */
export function createInterestSubsidyService(deps: CaseDeps) {
  const { db, clock } = deps;
  const repo = createInterestSubsidyRepo(db);

  async function readable(actor: Actor, id: string) {
    const row = await repo.readable(actor, id);
    if (!row) throw notFound('贴息申报');
    return row;
  }

  /** The rule's input for one loan of a claim, from the ledger as it stands. */
  async function ruleInput(claim: ClaimRow, loanId: string): Promise<Input> {
    const period = { start: claim.periodStart, end: claim.periodEnd };
    const [{ loans, repayments }, writtenOff] = await Promise.all([
      repo.ledgerOf([loanId], period.end),
      repo.writtenOffOn([loanId]),
    ]);
    const loan = loans[0];
    if (!loan) throw notFound('贷款');
    return loanRuleInput(loan, repayments, writtenOff.get(loanId), period);
  }

  return {
    banks: (actor: Actor) => repo.banks(actor),

    /** Compute (or recompute) the claim of a bank for a quarter. */
    async compute(actor: Actor, input: { bankId: string; year: number; quarter: number }) {
      const bank = await repo.bank(actor, input.bankId);
      if (!bank) throw notFound('经办银行');
      const period = quarterPeriod(input.year, input.quarter);
      if (period.end >= clock.today()) throw conflict('贴息期结束后才能核算该季度的贴息');
      const policy = await deps.policies.effectivePolicy(INTEREST_SUBSIDY);
      const basis = lookup(policy.parameters, 'interest_day_basis', period.start);
      const { id, lineCount } = await db.transaction(async (tx) => {
        const txRepo = createInterestSubsidyRepo(tx);
        const existing = await txRepo.forPeriodLocked(bank.id, period.start);
        if (existing && existing.status !== 'computed')
          throw conflict(`${existing.number} 已提交，不能重新核算`);
        if (existing) await txRepo.deleteClaim(existing.id);
        const ledger = await readLedger(tx, bank.id, period, loanScope(actor));
        const result = compileInterestSubsidy(policy, period).run(ledger);
        const lines: LineInsert[] = ledger.loanIds.map((loanId, i) => ({
          loanId,
          days: result.days[i]!,
          balanceDaysFen: result.balanceDaysFen[i]!,
          ratio: String(result.ratio[i]!),
          amountFen: result.amountFen[i]!,
          reason: result.reason[i] ? policy.conditions.find((c) => c.id === result.reason[i])!.fail : null,
        }));
        const totalFen = lines.reduce((s, l) => s + l.amountFen!, 0);
        const quarter = `${input.year}Q${input.quarter}`;
        const claim = await txRepo.insertClaim({
          number: `TX-${quarter}-${bank.code}`,
          bankId: bank.id,
          periodStart: period.start,
          periodEnd: period.end,
          loans: lines.length,
          totalFen,
          computedBy: actor.userId,
          computedAt: clock.now(),
          orgId: bank.orgId,
          orgPath: bank.orgPath,
          createdBy: actor.userId,
        });
        await txRepo.insertLines(claim.id, lines);
        await recordAudit(tx, actor, {
          action: existing ? 'interest_subsidy.recompute' : 'interest_subsidy.compute',
          targetType: 'interest_subsidy_claim',
          targetId: claim.id,
          detail: { number: claim.number, loans: lines.length, totalFen },
        });
        return { id: claim.id, lineCount: lines.length };
      });
      return {
        ...present(await readable(actor, id)),
        lineCount,
        dayBasis: Number(basis.value),
        dayBasisPlaceholder: basis.placeholder,
      };
    },

    list: async (actor: Actor, bankId?: string) => (await repo.list(actor, bankId)).map(present),

    async get(actor: Actor, id: string) {
      const row = await readable(actor, id);
      return { ...present(row), counts: await repo.lineCounts(id) };
    },

    /** A page of the claim's lines, borrowers masked (a reveal is the registry's, audited there). */
    async lines(actor: Actor, id: string, page: { offset: number; limit: number }) {
      const row = await readable(actor, id);
      const rows = await repo.lines(row.claim.id, page);
      return rows.map((r) => ({
        loanId: r.line.loanId,
        loanNumber: r.loanNumber,
        contractNumber: r.contractNumber,
        borrower: maskName(r.name),
        idNumberMasked: r.idNumberMasked,
        days: r.line.days,
        balanceDays: fenToYuan(r.line.balanceDaysFen),
        ratio: String(Number(r.line.ratio)),
        amount: fenToYuan(r.line.amountFen),
        reason: r.line.reason,
      }));
    },

    /** One line's explanation: the rule evaluated for that loan and period, with its clauses. */
    async explain(actor: Actor, id: string, loanId: string) {
      const { claim } = await readable(actor, id);
      const line = await repo.line(claim.id, loanId);
      if (!line) throw notFound('贴息明细');
      const input = await ruleInput(claim, loanId);
      const evaluation = await deps.policies.present(
        await deps.policies.evaluate(INTEREST_SUBSIDY, { on: clock.today(), input }),
      );
      await recordAudit(db, actor, {
        action: 'interest_subsidy.explain',
        targetType: 'interest_subsidy_claim',
        targetId: claim.id,
        detail: { number: claim.number, loanId },
      });
      return { lineAmount: fenToYuan(line.amountFen), input, evaluation: { ...evaluation } };
    },
  };
}

export type InterestSubsidyService = ReturnType<typeof createInterestSubsidyService>;
