import { getPolicy } from '@minsheng/rules/catalogue.ts';
import { fenToYuan, yuanFigures } from '@minsheng/rules/engine/money.ts';
import { fenInWords } from '@minsheng/rules/engine/money-words.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { conflict, notFound } from '../../../platform/errors.ts';
import { createBatchRepo } from '../batches/cases-batch.repo.ts';
import { createCaseApplicantsRepo } from '../case-applicants.repo.ts';
import { createCasesRepo } from '../cases.repo.ts';
import { caseStatusLabels } from '../workflow/case-status.ts';
import type { CaseDeps } from '../workflow/case-transition.ts';
import { createPrintRepo } from './cases-print.repo.ts';
import { bureauName, pathIds } from './cases-print.rules.ts';

/** Data for printed documents that the case, batch and plan endpoints do not carry. */
export function createCasesPrintService(deps: CaseDeps) {
  const { db } = deps;
  const repo = createPrintRepo(db);

  return {
    /**
     * The head of a printed document: the bureau of the user's city, the user's own organisation
     * (the office that prints and hands the document over) and today's date in the city.
     */
    async letterhead(actor: Actor) {
      const chain = await repo.orgChain(pathIds(actor.orgPath));
      const own = chain.find((o) => o.id === actor.orgId);
      return { bureau: bureauName(chain), orgName: own?.name ?? '', today: deps.clock.today() };
    },

    /**
     * 批准通知书 / 不予批准决定书 of a decided case: the decision, the decided amount in figures and in
     * capitals with the policy's own lines (the payable ones and their parts), the policy basis and,
     * for a refusal, the reasons. Everything comes from the case as decided, never recomputed.
     */
    async approvalNotice(actor: Actor, id: string) {
      const row = await createCasesRepo(db).row(actor, id, 'case:read');
      if (!row) throw notFound('案件');
      if (!row.decidedOn) throw conflict('案件尚未作出决定，没有批准通知书或不予批准决定书');
      const type = await deps.caseTypes.get(row.caseTypeId);
      const approved = row.status !== 'rejected';
      const policy = getPolicy(row.policyId);
      const frozen = (row.frozenEvaluation ?? {}) as { amounts?: Record<string, string> };
      const fen = approved ? row.approvedAmountFen : null;
      const person = row.personId
        ? await createCaseApplicantsRepo(db).person(actor, row.personId)
        : undefined;
      return {
        title: approved ? '批准通知书' : '不予批准决定书',
        caseNumber: row.number,
        caseTypeName: type.name,
        applicantName: row.applicantName,
        idNumberMasked: person?.idNumberMasked ?? null,
        appliedOn: row.appliedOn,
        decidedOn: row.decidedOn,
        approved,
        amount:
          fen === null
            ? null
            : {
                label: type.paysMoney ? '核定金额' : '核定数额',
                fen,
                figures: `${yuanFigures(fenToYuan(fen))} 元`,
                words: fenInWords(fen),
                overridden: row.overrideAmountFen !== null,
              },
        lines: approved
          ? (policy?.amounts ?? [])
              .filter((a) => a.kind !== 'figure' && frozen.amounts?.[a.id] !== undefined)
              .map((a) => ({ id: a.id, label: a.label, kind: a.kind, amount: frozen.amounts![a.id]! }))
          : [],
        // documents by title and number as this deployment names them, never by seed file
        basis: policy
          ? await deps.policies.documentCitation(policy.id, policy.document.clause ?? policy.validity.clause)
          : type.name,
        reasons: approved ? [] : await deps.policies.named(row.decisionReasons),
      };
    },

    /** The roster (花名册) of a batch for printing: one line per case with certificate and amount. */
    async roster(actor: Actor, id: string) {
      const batch = await createBatchRepo(db).one(actor, id);
      if (!batch) throw notFound('批次');
      const type = await deps.caseTypes.get(batch.caseTypeId);
      const list = await repo.rosterCases(actor, id);
      // A case rejected (also on an upheld objection) is listed without an amount.
      const amountFen = (c: (typeof list)[number]) => (c.status === 'rejected' ? null : c.approvedAmountFen);
      const rows = list
        .sort((a, b) => Number(a.application.rosterRow ?? 0) - Number(b.application.rosterRow ?? 0))
        .map((c, i) => {
          const fen = amountFen(c);
          return {
            seq: i + 1,
            caseId: c.id,
            caseNumber: c.number,
            name: c.applicantName,
            idNumberMasked: c.idNumberMasked,
            occupation: c.occupation,
            level: c.level,
            certificateNumber: c.certificateNumber,
            status: c.status,
            statusLabel: caseStatusLabels[c.status],
            amount: fen === null ? null : fenToYuan(fen),
          };
        });
      const amounts = list.map(amountFen).filter((f): f is number => f !== null);
      return {
        id: batch.id,
        number: batch.number,
        caseTypeId: batch.caseTypeId,
        caseTypeName: type.name,
        applicantName: batch.applicantName,
        createdAt: batch.createdAt,
        rows,
        totals: {
          count: rows.length,
          withAmount: amounts.length,
          amount: fenToYuan(amounts.reduce((a, b) => a + b, 0)),
        },
      };
    },
  };
}

export type CasesPrintService = ReturnType<typeof createCasesPrintService>;
