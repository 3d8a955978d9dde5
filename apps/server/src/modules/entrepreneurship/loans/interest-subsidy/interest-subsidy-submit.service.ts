import type { Actor, ActorRole } from '../../../../platform/access/actor.ts';
import { recordAudit } from '../../../../platform/audit/audit.service.ts';
import type { FieldCipher } from '../../../../platform/crypto.ts';
import { conflict, notFound } from '../../../../platform/errors.ts';
import { createCasesBatchService } from '../../../cases/batches/cases-batch.service.ts';
import { fileSubmittedBatch } from '../../../cases/batches/cases-batch-filing.ts';
import type { CaseDeps } from '../../../cases/workflow/case-transition.ts';
import { createInterestSubsidyRepo } from './interest-subsidy.repo.ts';
import { INTEREST_SUBSIDY, loanRuleInput } from './interest-subsidy.rules.ts';

/** The most lines one submission files as cases (a bank's quarter; larger claims are split by the bank). */
const MAX_FILED = 5000;

/**
 * Filing the borrowers' cases is what submitting a claim means, so the reviewer who may submit it
 * (`entrepreneurship:manage`) files them with case creation granted for this act alone.
 */
const filingRole: ActorRole = {
  code: 'interest_subsidy_filing',
  name: '贴息申报立案',
  permissions: ['case:create'],
  dataScope: 'subtree',
  customOrgPaths: [],
  adminClass: null,
};

/**
 * Submitting a claim: each line that pays something becomes a case of the borrower (the seed grants
 * 贴息 to the persons: "对…人员据实全额贴息"), filed and submitted in one case batch that the usual
 * chain accepts, reviews, approves and pays; the application is the rule's input for that loan and
 * period, so the case decides the very amount of the line. Submitted once: the claim is then frozen.
 */
export function createInterestSubsidySubmitService(deps: CaseDeps & { cipher: FieldCipher }) {
  const { db } = deps;
  const batches = createCasesBatchService(deps);

  return {
    async submit(actor: Actor, id: string, version: number) {
      const repo = createInterestSubsidyRepo(db);
      const found = await repo.readable(actor, id);
      if (!found) throw notFound('贴息申报');
      const { claim, bankName } = found;
      const type = await deps.caseTypes.get(INTEREST_SUBSIDY);
      await deps.caseTypes.assertAccepting(type);
      const filer: Actor = { ...actor, roles: [...actor.roles, filingRole] };
      const batchId = await db.transaction(async (tx) => {
        const txRepo = createInterestSubsidyRepo(tx);
        const locked = await txRepo.lockedById(claim.id);
        if (locked?.status !== 'computed') throw conflict(`${claim.number} 已提交，不能重复提交`);
        if (locked.version !== version) throw conflict('该贴息申报已重新核算，请刷新后再提交');
        const lines = await txRepo.lines(claim.id, { offset: 0, limit: MAX_FILED + 1, payableOnly: true });
        if (lines.length === 0) throw conflict('本期没有应贴息的贷款');
        if (lines.length > MAX_FILED) throw conflict(`一次最多提交${MAX_FILED}笔贴息，请联系管理员分批处理`);
        const period = { start: claim.periodStart, end: claim.periodEnd };
        const loanIds = lines.map((l) => l.line.loanId);
        const [ledger, writtenOff] = await Promise.all([
          txRepo.ledgerOf(loanIds, period.end),
          txRepo.writtenOffOn(loanIds),
        ]);
        const loans = new Map(ledger.loans.map((l) => [l.id, l]));
        const { batch } = await fileSubmittedBatch(
          deps,
          tx,
          filer,
          { type, applicantName: bankName, fileName: `${claim.number} 贴息申报` },
          lines.map((l, row) => ({
            input: {
              caseTypeId: INTEREST_SUBSIDY,
              applicantKind: 'person',
              personId: l.personId,
              application: {
                ...loanRuleInput(
                  loans.get(l.line.loanId)!,
                  ledger.repayments.filter((r) => r.loanId === l.line.loanId),
                  writtenOff.get(l.line.loanId),
                  period,
                ),
                interestSubsidyClaimId: claim.id,
                loanId: l.line.loanId,
                rosterRow: row + 1,
              },
            },
            vouched: { id: l.personId, name: l.name, orgId: l.personOrgId, orgPath: l.personOrgPath },
          })),
        );
        await txRepo.markSubmitted(claim.id, batch.id);
        await recordAudit(tx, actor, {
          action: 'interest_subsidy.submit',
          targetType: 'interest_subsidy_claim',
          targetId: claim.id,
          detail: { number: claim.number, batch: batch.number, cases: lines.length },
        });
        return batch.id;
      });
      return batches.detail(actor, batchId);
    },
  };
}

export type InterestSubsidySubmitService = ReturnType<typeof createInterestSubsidySubmitService>;
