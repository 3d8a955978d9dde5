import type { PlaceholderFigure } from '@minsheng/rules/engine/evaluate.ts';
import { fenToYuan, yuanFigures } from '@minsheng/rules/engine/money.ts';
import type { ApprovalChain } from '../cases.schema.ts';

/** The rule's result as frozen on the case at review. */
export interface FrozenResult {
  outcome: 'eligible' | 'ineligible' | 'needs_review';
  amounts: Record<string, string>;
  conditions: { status: string; sentence: string; detail?: string; citation?: string }[];
  /** `figures`: on the check of unset administered figures, the figures it waits for */
  checks: { id: string; label: string; status: string; figures?: PlaceholderFigure[] }[];
}

/**
 * Why the frozen rule result refuses the case — each failed condition with its clause and each
 * human check the reviewer rejected — or null when it does not (not yet reviewed, eligible, or
 * waiting on checks).
 */
export function ruleRefusal(result: FrozenResult | null): string | null {
  if (result?.outcome !== 'ineligible') return null;
  const failed = result.conditions
    .filter((c) => c.status === 'fail')
    .map((c) => `${c.sentence}${c.detail ? `（${c.detail}）` : ''}${c.citation ? `（${c.citation}）` : ''}`);
  const rejected = result.checks.filter((c) => c.status === 'rejected').map((c) => c.label);
  return [...failed, ...rejected].join('；') || '规则核验结论为不符合条件';
}

/** A changed amount must say why at this length (a few words are no reason). */
export const OVERRIDE_REASON_MIN = 10;

/**
 * How far a reviewer may raise the amount above the rule's, in per cent of it, when the case type
 * does not say. A raise (the registry missed months the paper records prove) always needs a second
 * person's approval; beyond the ceiling it is refused. The bureau sets 0 to forbid raises.
 */
export const DEFAULT_RAISE_CEILING_PERCENT = 10;

/** The case type's ceiling on raises, in per cent of the rule's amount. */
export const raiseCeilingPercent = (chain: ApprovalChain): number =>
  chain.raiseCeilingPercent ?? DEFAULT_RAISE_CEILING_PERCENT;

/** The highest amount a reviewer may set: the rule's amount plus the ceiling, rounded down to the fen. */
export const highestOverrideFen = (ruleFen: number, percent: number): number =>
  Math.floor((ruleFen * (100 + percent)) / 100);

const yuan = (fen: number) => `${yuanFigures(fenToYuan(fen))} 元`;

/**
 * Why a reviewer may not set `amountFen` on a case whose rule decided `ruleFen`, or null. Lowering
 * is always possible (a partial month, an earlier payment); raising is bounded by the ceiling.
 */
export function overrideRefusal(ruleFen: number, amountFen: number, percent: number): string | null {
  const highest = highestOverrideFen(ruleFen, percent);
  if (amountFen <= highest) return null;
  return percent === 0
    ? `调整后的金额 ${yuan(amountFen)} 高于规则测算金额 ${yuan(ruleFen)}，本事项不允许上调核定金额`
    : `调整后的金额 ${yuan(amountFen)} 超过本事项允许的上限 ${yuan(highest)}（规则测算金额上浮 ${percent}%）`;
}

/** A raised amount is approved by someone other than the person who raised it (双人复核). */
export function secondApprovalRefusal(
  row: { proposedAmountFen: number | null; overrideAmountFen: number | null; overriddenBy: string | null },
  approverId: string,
): string | null {
  const raised = row.overrideAmountFen !== null && row.overrideAmountFen > (row.proposedAmountFen ?? 0);
  return raised && row.overriddenBy === approverId
    ? `核定金额已由您上调至 ${yuan(row.overrideAmountFen ?? 0)}（规则测算 ${yuan(row.proposedAmountFen ?? 0)}），须由另一名审批人批准`
    : null;
}
