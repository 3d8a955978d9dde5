import { EXCLUDED_INDUSTRIES } from '@minsheng/rules/policies/county-city/guaranteed-loan/industries.ts';
import { z } from 'zod';

/** The industries a plan names: the guaranteed-loan rule's excluded ones, or any other. */
export const planIndustries = [...EXCLUDED_INDUSTRIES, 'other'] as const;

/** An amount in yuan as typed: whole yuan or with one or two decimals, below 10 亿. */
export const YuanInput = z
  .string()
  .trim()
  .regex(/^\d{1,9}(\.\d{1,2})?$/, '金额应为不超过两位小数的元数（小于 10 亿元）');

/** Yuan as typed (`YuanInput`) to integer fen, exactly: by the digits, never through a float. */
export function yuanInputToFen(yuan: string): number {
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!m) throw new RangeError(`not a yuan amount: ${yuan}`);
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export interface ReviewOutcome {
  feasible: boolean | null;
  reviewedOn: string | null;
}

/**
 * The plan's status from its experts' reviews (the rule this module enforces): approved as soon as
 * one assigned expert finds the plan feasible; "revise" when at least one has answered and none
 * found it feasible; submitted while no one has answered. The decision date is that of the first
 * feasible review, or of the latest answer when the plan must be revised.
 */
export function planDecision(reviews: ReviewOutcome[]): {
  status: 'submitted' | 'approved' | 'revise';
  decidedOn: string | null;
} {
  const answered = reviews.filter((r) => r.feasible !== null && r.reviewedOn !== null);
  const dates = (rs: ReviewOutcome[]) => rs.map((r) => r.reviewedOn!).sort();
  const feasible = dates(answered.filter((r) => r.feasible));
  if (feasible.length > 0) return { status: 'approved', decidedOn: feasible[0]! };
  if (answered.length > 0) return { status: 'revise', decidedOn: dates(answered).at(-1)! };
  return { status: 'submitted', decidedOn: null };
}
