import { getPolicy } from '@minsheng/rules/catalogue.ts';
import { policyInputFields } from '@minsheng/rules/engine/evaluate.ts';
import { describeInputIssues } from '@minsheng/rules/engine/input-fields.ts';
import { z } from 'zod';
import type { Executor } from '../../../db/client.ts';
import { invalid } from '../../../platform/errors.ts';
import { OVER_AGE_POLICY, parseOverAgeApplication } from '../over-age/over-age.application.ts';
import { assembleInput, type FactsCase } from './case-facts.ts';
import { createCaseFactsRepo } from './facts.repo.ts';

export interface ApplicationProblem {
  path: string;
  message: string;
}

const zhCN = z.locales.zhCN();

/**
 * What is missing or wrong in a case's application data against its policy's input schema, with
 * the registry facts as of `asOf` filled in: one Chinese sentence per problem naming the form's
 * field (「失业保险金领取期满日期」未填写). Eligibility is the rule's business, not this check's.
 */
export async function applicationProblems(
  db: Executor,
  c: FactsCase,
  asOf: string,
): Promise<ApplicationProblem[]> {
  if (c.policyId === OVER_AGE_POLICY) {
    const app = parseOverAgeApplication(c.application);
    return app.ok ? [] : app.issues;
  }
  const policy = getPolicy(c.policyId);
  if (!policy) return [];
  const { input } = await assembleInput(createCaseFactsRepo(db), c, asOf);
  const parsed = policy.input.safeParse(input, { error: zhCN.localeError, reportInput: true });
  if (parsed.success) return [];
  return describeInputIssues(policyInputFields(policy), parsed.error.issues).map((i) => ({
    path: i.path.join('.'),
    message: i.message,
  }));
}

/** Refuses to submit or accept a case whose application data is incomplete or invalid. */
export async function assertApplicationComplete(db: Executor, c: FactsCase, asOf: string, what: string) {
  const problems = await applicationProblems(db, c, asOf);
  if (problems.length > 0)
    throw invalid(
      `申请信息不完整或有误，不能${what}：${problems.map((p) => p.message).join('；')}`,
      problems,
    );
}
