import type { EvaluationResult } from '@minsheng/rules/engine/evaluate.ts';
import { fenToYuan, yuanToFen } from '@minsheng/rules/engine/money.ts';
import type { Executor } from '../../../db/client.ts';
import { factProviders, factReader } from '../../cases/facts/fact-providers.ts';
import { createCaseFactsRepo } from '../../cases/facts/facts.repo.ts';
import type { PolicyService } from '../../policy/policy.service.ts';
import type { LoanRow } from './loans.repo.ts';

/** The policy that decides a guaranteed loan: 失业人员自主创业小额担保贷款 (001 篇3 三(二)1–2). */
export const GUARANTEED_LOAN = 'county-city.guaranteed-loan';

export type EligibilityReason = { met: boolean; text: string; clause?: string };

/** What the registry says of the borrower: an open unemployment registration, a 就业创业证. */
export async function borrowerFacts(db: Executor, personId: string, on: string) {
  const reader = factReader(createCaseFactsRepo(db), { personId, certificateId: null, appliedOn: on }, on);
  const [unemployed, holder] = await Promise.all([
    factProviders['person.registeredUnemployed'](reader),
    factProviders['person.certificateHolder'](reader),
  ]);
  return {
    registeredUnemployed: unemployed?.value === true,
    registeredUnemployedSource: unemployed?.source ?? '人员登记：无记录',
    certificateHolder: holder?.value === true,
  };
}

/** The rule's input from the loan row (the rate is the contract's once disbursed). */
export function ruleInput(loan: LoanRow, registeredUnemployed: boolean, opts: { extension?: boolean } = {}) {
  return {
    borrower: { registeredUnemployed, group: loan.borrowerGroup },
    requestedAmount: fenToYuan(loan.principalFen ?? loan.requestedFen),
    partners: loan.partners,
    collateral: loan.collateral,
    counterGuarantee: loan.counterGuarantee,
    creditCommunityExemption: loan.creditCommunityExemption,
    project: { serviceSector: loan.serviceSector, industry: loan.industry },
    extension: opts.extension ?? false,
    annualInterestRate: loan.annualRate ?? '0.0435',
  };
}

/** The rule's decision as stored on the loan: each condition met or not, with its clause. */
export const reasonsOf = (e: EvaluationResult): EligibilityReason[] =>
  e.conditions
    .filter((c) => c.status === 'pass' || c.status === 'fail')
    .map((c) => ({
      met: c.status === 'pass',
      text: c.detail ? `${c.sentence}（${c.detail}）` : c.sentence,
      clause: c.citation || c.clause,
    }));

/** The rule's limits for a loan as of a date: the maximum principal, the term and the extension. */
export function ruleLimits(e: EvaluationResult) {
  const num = (v: unknown) => (typeof v === 'number' ? v : Number(v));
  return {
    maxLoanFen: e.amounts.max_loan ? yuanToFen(e.amounts.max_loan) : null,
    termYears: num(e.outputs.termYears),
    extensionYears: num(e.outputs.extensionYears),
  };
}

/**
 * Evaluates the rule for a loan as of `on`. The rule's one reviewer check (资信评估 by the bank or
 * the guarantee fund) is confirmed by the reviewer's approval, and stays confirmed after it.
 */
export async function evaluateLoan(
  db: Executor,
  policies: PolicyService,
  loan: LoanRow,
  on: string,
  opts: { extension?: boolean; creditAssessed?: boolean } = {},
) {
  const facts = await borrowerFacts(db, loan.personId, on);
  const evaluation = await policies.present(
    await policies.evaluate(GUARANTEED_LOAN, {
      on,
      input: ruleInput(loan, facts.registeredUnemployed, opts),
      confirmedChecks: { project_assessment: opts.creditAssessed ?? true },
    }),
  );
  return { evaluation, facts };
}
