import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { nextNumber } from '../../cases/cases.repo.ts';
import type { PolicyService } from '../../policy/policy.service.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { createFilesRepo, fileScope } from '../files/files.repo.ts';
import { bankOfUser, loanReadFilter } from './bank-scope.ts';
import { createBanksRepo } from './banks.repo.ts';
import { bureauLoan, readableLoan } from './loan-access.ts';
import { borrowerFacts, evaluateLoan, reasonsOf } from './loan-rule.ts';
import { outstandingFen } from './loan-standing.ts';
import { loanStatusLabels } from './loan-status.ts';
import { stepLoan } from './loan-transition.ts';
import { createLoansRepo, type LoanListFilter, type LoanRow, loanScopeCols } from './loans.repo.ts';

export interface LoanDeps {
  db: Db;
  clock: Clock;
  policies: PolicyService;
}

export interface LoanApplication {
  personId: string;
  fileId?: string | undefined;
  bankId: string;
  appliedOn: string;
  /** declared when the registry cannot tell (it knows 持证 holders) */
  borrowerGroup?: LoanRow['borrowerGroup'] | undefined;
  requestedFen: number;
  partners: number;
  collateral: boolean;
  counterGuarantee: LoanRow['counterGuarantee'];
  creditCommunityExemption: boolean;
  serviceSector: boolean;
  industry: string;
}

export type ReviewInput = { decision: 'approve' } | { decision: 'refuse'; reason: string };
export type GuaranteeInput =
  | { kind: 'counter_guarantee'; counterGuarantee: Exclude<LoanRow['counterGuarantee'], 'none'>; on: string }
  | { kind: 'credit_community'; commitmentSigned: boolean; trackingCard: boolean; on: string };

const yuan = (fen: number | null) => (fen === null ? null : fenToYuan(fen));

/** The street's application, the city's review by the rules, the guarantee; lists and the loan page. */
export function createLoansService(deps: LoanDeps) {
  const { db, clock, policies } = deps;

  /** What an actor may do to a loan now (the page shows these buttons). */
  function actionsFor(actor: Actor, loan: LoanRow, ownBank: boolean) {
    const manage = hasPermission(actor, 'entrepreneurship:manage');
    const out: string[] = [];
    if (manage && loan.status === 'applied') out.push('review');
    if (manage && loan.status === 'approved') out.push('guarantee');
    if (ownBank && loan.status === 'guaranteed') out.push('disburse');
    if ((manage || ownBank) && ['disbursed', 'overdue'].includes(loan.status) && !loan.extendedTo)
      out.push('extend');
    if (manage && loan.status === 'overdue') out.push('compensate');
    if (manage && loan.status === 'compensated') out.push('recover', 'write_off');
    return out;
  }

  return {
    async list(actor: Actor, f: LoanListFilter) {
      const { items, total } = await createLoansRepo(db).list(
        await loanReadFilter(db, actor, loanScopeCols),
        f,
      );
      return {
        total,
        items: items.map((i) => ({
          ...i,
          statusLabel: loanStatusLabels[i.status],
          requested: yuan(i.requestedFen)!,
          principal: yuan(i.principalFen),
        })),
      };
    },

    /** The loan page: facts, the rule's decision, schedule against repayments, events. Audited. */
    async read(actor: Actor, id: string) {
      const loan = await readableLoan(db, actor, id);
      const repo = createLoansRepo(db);
      const [person, schedule, repayments, events, bank] = await Promise.all([
        repo.personSummary(loan.personId),
        repo.schedule(loan.id),
        repo.repayments(loan.id),
        repo.events(loan.id),
        createBanksRepo(db).row(sql`true`, loan.bankId),
      ]);
      const paid = repayments.reduce((s, r) => s + r.principalFen, 0);
      let cumulativeDue = 0;
      const ownBank =
        hasPermission(actor, 'loan:operate') && loan.bankId === (await bankOfUser(db, actor.userId));
      await recordAudit(db, actor, {
        action: 'guaranteed_loan.read',
        targetType: 'guaranteed_loan',
        targetId: loan.id,
        detail: { number: loan.number },
      });
      return {
        id: loan.id,
        number: loan.number,
        status: loan.status,
        statusLabel: loanStatusLabels[loan.status],
        personName: person.name,
        idNumberMasked: person.idNumberMasked,
        bank: { name: bank!.name, code: bank!.code },
        appliedOn: loan.appliedOn,
        borrowerGroup: loan.borrowerGroup,
        requested: yuan(loan.requestedFen)!,
        partners: loan.partners,
        collateral: loan.collateral,
        counterGuarantee: loan.counterGuarantee,
        creditCommunityExemption: loan.creditCommunityExemption,
        serviceSector: loan.serviceSector,
        industry: loan.industry,
        eligibility: loan.eligibility ?? [],
        decidedOn: loan.decidedOn,
        guaranteedOn: loan.guaranteedOn,
        contractNumber: loan.contractNumber,
        principal: yuan(loan.principalFen),
        annualRate: loan.annualRate,
        disbursedOn: loan.disbursedOn,
        maturesOn: loan.maturesOn,
        extendedTo: loan.extendedTo,
        overdueSince: loan.overdueSince,
        compensatedOn: loan.compensatedOn,
        compensated: yuan(loan.compensatedFen),
        recovered: yuan(loan.recoveredFen)!,
        repaidPrincipal: yuan(paid)!,
        balance: yuan(outstandingFen(loan, paid))!,
        schedule: schedule.map((l) => {
          cumulativeDue += l.principalFen;
          return { ...l, principal: yuan(l.principalFen)!, paid: paid >= cumulativeDue };
        }),
        repayments: repayments.map((r) => ({
          paidOn: r.paidOn,
          bankRef: r.bankRef,
          principal: yuan(r.principalFen)!,
          interest: yuan(r.interestFen)!,
        })),
        events: events.map((e) => ({ ...e, amount: yuan(e.amountFen), at: e.at.toISOString() })),
        actions: actionsFor(actor, loan, ownBank),
      };
    },

    /** A street officer's application for a registry person in their scope. */
    async apply(actor: Actor, input: LoanApplication) {
      if (!hasPermission(actor, 'entrepreneurship:write')) throw forbidden();
      const repo = createLoansRepo(db);
      const person = await repo.person(
        accessFilter(actor, 'entrepreneurship:write', { orgId: persons.orgId, orgPath: persons.orgPath }),
        input.personId,
      );
      if (!person) throw notFound('人员');
      if (input.fileId) {
        const file = await createFilesRepo(db).find(input.fileId, fileScope(actor, 'entrepreneurship:write'));
        if (!file) throw notFound('创业学员档案');
        if (file.personId !== person.id)
          throw invalid('该学员档案不属于该借款人', [{ path: 'fileId', message: '不属于该借款人' }]);
      }
      if (!(await createBanksRepo(db).row(sql`true`, input.bankId))) throw notFound('经办银行');
      if (input.appliedOn > clock.today()) throw invalid('申请日期不能晚于今天');
      const facts = await borrowerFacts(db, person.id, input.appliedOn);
      const group =
        input.borrowerGroup ?? (facts.certificateHolder ? 'certificate_holder' : 'other_unemployed');
      return db.transaction(async (tx) => {
        const number = await nextNumber(tx, 'guaranteed_loan', 'DK', Number(input.appliedOn.slice(0, 4)));
        const loan = await createLoansRepo(tx).insert({
          number,
          personId: person.id,
          fileId: input.fileId ?? null,
          bankId: input.bankId,
          communityOrgId: person.orgLevel === 'community' ? person.orgId : null,
          appliedOn: input.appliedOn,
          borrowerGroup: group,
          requestedFen: input.requestedFen,
          partners: input.partners,
          collateral: input.collateral,
          counterGuarantee: input.counterGuarantee,
          creditCommunityExemption: input.creditCommunityExemption,
          serviceSector: input.serviceSector,
          industry: input.industry,
          orgId: person.orgId,
          orgPath: person.orgPath,
          createdBy: actor.userId,
        });
        await stepLoan(tx, actor, loan, {
          action: 'apply',
          onDate: input.appliedOn,
          amountFen: input.requestedFen,
          detail: { registeredUnemployed: facts.registeredUnemployedSource },
        });
        return { id: loan.id, number };
      });
    },

    /**
     * The city's review: the rule decides eligibility (its reasons with clauses are kept on the
     * loan); a loan the rule refuses is refused, one it accepts the reviewer approves or refuses.
     */
    async review(actor: Actor, id: string, input: ReviewInput) {
      const loan = await bureauLoan(db, actor, id, 'entrepreneurship:manage');
      if (loan.status !== 'applied')
        throw conflict(`贷款状态为「${loanStatusLabels[loan.status]}」，不能审核`);
      const today = clock.today();
      const { evaluation, facts } = await evaluateLoan(db, policies, loan, today, {
        creditAssessed: input.decision === 'approve',
      });
      const reasons = [
        { met: facts.registeredUnemployed, text: `登记失业信息：${facts.registeredUnemployedSource}` },
        ...reasonsOf(evaluation),
      ];
      // conditions decide; the rule's reviewer check is the approval itself
      const met = evaluation.outcome !== 'ineligible';
      const approve = met && input.decision === 'approve';
      await db.transaction(async (tx) => {
        await stepLoan(tx, actor, await createLoansRepo(tx).lock(loan.id), {
          action: 'review',
          to: approve ? 'approved' : 'refused',
          onDate: today,
          reason: input.decision === 'refuse' ? input.reason : met ? null : '不符合贷款条件',
          patch: { eligibility: reasons, decidedOn: today },
        });
      });
      return { id, status: approve ? 'approved' : 'refused', eligibility: reasons };
    },

    /**
     * The guarantee: a counter-guarantee, or the credit-community waiver — only when the borrower's
     * community holds a recognised, published (not withdrawn) 信用社区 title of this or last year,
     * and the borrower signed the 信用承诺书 and holds a tracking card.
     */
    async guarantee(actor: Actor, id: string, input: GuaranteeInput) {
      const loan = await bureauLoan(db, actor, id, 'entrepreneurship:manage');
      if (input.on > clock.today()) throw invalid('担保日期不能晚于今天');
      let patch: Partial<LoanRow>;
      if (input.kind === 'credit_community') {
        const year = Number(clock.today().slice(0, 4));
        const title = loan.communityOrgId
          ? await createLoansRepo(db).creditCommunityTitle(loan.communityOrgId, [year, year - 1])
          : null;
        if (title === null)
          throw conflict('借款人所在社区没有本年度或上年度已公布的「信用社区」称号，不能免除反担保');
        if (!input.commitmentSigned || !input.trackingCard)
          throw invalid('信用社区免除反担保须签订《信用承诺书》并持有跟踪服务卡');
        patch = {
          creditCommunityExemption: true,
          counterGuarantee: 'none',
          commitmentSigned: true,
          trackingCard: true,
        };
      } else patch = { counterGuarantee: input.counterGuarantee, creditCommunityExemption: false };
      await db.transaction(async (tx) =>
        stepLoan(tx, actor, await createLoansRepo(tx).lock(loan.id), {
          action: 'guarantee',
          to: 'guaranteed',
          onDate: input.on,
          patch: { ...patch, guaranteedOn: input.on },
          detail: { kind: input.kind },
        }),
      );
      return { id };
    },
  };
}

export type LoansService = ReturnType<typeof createLoansService>;
