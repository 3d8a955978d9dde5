import type { EvaluationResult } from '@minsheng/rules/engine/evaluate.ts';
import type { TraceNode } from '@minsheng/rules/engine/trace.ts';
import type { Input } from '@minsheng/rules/policies/dezhou/health-check-settlement/policy.ts';

const DEDUCTIONS = [
  'result_error_deduction',
  'missed_item_deduction',
  'data_entry_error_deduction',
  'satisfaction_deduction',
] as const;

/** The clause of the lines no parameter cites (the deductions cite their limit's own paragraph). */
const CLAUSES: Record<string, string> = {
  gross_fee: '第二十条',
  unsigned_waived_items: '第二十条第一款',
  payable_base: '第二十条第一款',
  total_deduction: '第二十条',
  net_payment: '第二十条',
};

export interface SettlementLine {
  id: string;
  label: string;
  amount: string;
  clause: string;
  /** a deduction's percentage points above the limit (below, for satisfaction); null for other lines */
  excessPoints: string | null;
  /** the limit the deduction is measured against, in percent */
  limit: string | null;
  /** the rate measured, in percent */
  rate: string | null;
  /** the unsigned declined items, one by one (their line only) */
  items: Input['unsignedWaivedItems'] | null;
}

const rateOf: Record<(typeof DEDUCTIONS)[number], keyof Input['rates']> = {
  result_error_deduction: 'result_error',
  missed_item_deduction: 'missed_item',
  data_entry_error_deduction: 'data_entry_error',
  satisfaction_deduction: 'satisfaction',
};

/**
 * The settlement's amount lines as the rule computed them, in the rule's order, each with its label
 * and clause: the gross fee, the unsigned declined items listed one by one, the base, each of the
 * four deductions with the points it is measured by (from the rule's own trace), the total and the
 * net payment. Empty when the rule refused (no amounts).
 */
export function settlementLines(e: EvaluationResult, input: Input): SettlementLine[] {
  const amounts = e.trace.children.find((n) => n.rule === 'amounts')?.children ?? [];
  return amounts
    .filter((n: TraceNode) => e.amounts[n.rule] !== undefined)
    .map((n) => {
      const deduction = (DEDUCTIONS as readonly string[]).includes(n.rule)
        ? (n.rule as (typeof DEDUCTIONS)[number])
        : null;
      const limit = deduction
        ? n.parameters.find((p) => p.name !== 'deduction_percent_per_point')
        : undefined;
      return {
        id: n.rule,
        label: n.label,
        amount: e.amounts[n.rule]!,
        clause: limit?.ref.clause ?? CLAUSES[n.rule] ?? '第二十条',
        excessPoints: deduction ? String(n.notes[0]?.value ?? '0') : null,
        limit: limit?.value ?? null,
        rate: deduction ? input.rates[rateOf[deduction]] : null,
        items: n.rule === 'unsigned_waived_items' ? input.unsignedWaivedItems : null,
      };
    });
}

/** The document the lines' clauses are of, as the rule's parameters cite it. */
export const citedDocument = (e: EvaluationResult): string | null =>
  e.trace.children
    .find((n) => n.rule === 'amounts')
    ?.children.flatMap((n) => n.parameters)
    .find((p) => p.ref.doc)?.ref.doc ?? null;
