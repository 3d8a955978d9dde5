import { getPolicy } from '@minsheng/rules/catalogue.ts';
import { fenToYuan, yuanToFen } from '@minsheng/rules/engine/money.ts';
import { OVER_AGE_POLICY } from './over-age.application.ts';

/**
 * The back-payment bill (补缴核定单) of an approved over-age case, read from the evaluation frozen at
 * review — never recomputed, so a later parameter or registry change does not move a decided bill.
 * Pure: the caller passes the frozen evaluation.
 */
export interface FrozenOverAgeEvaluation {
  on: string;
  parameterDate: string;
  outcome: string;
  amounts: Record<string, string>;
  outputs: Record<string, unknown>;
}

/** The policy's own amount lines: what it grants (and their parts) and the monthly pension figures. */
const lines = getPolicy(OVER_AGE_POLICY)!.amounts;
const DOC = getPolicy(OVER_AGE_POLICY)!.document.doc;

const line = (def: (typeof lines)[number], amounts: Record<string, string>) => {
  const fen = yuanToFen(amounts[def.id] ?? '0.00');
  return {
    id: def.id,
    label: def.label,
    clause: def.clause ?? '',
    /** granted by the decision (the personal-account share is a part inside the pension back-payment) */
    payable: def.kind === 'payable',
    citation: `${DOC} ${def.clause ?? ''}`.trim(),
    amountFen: fen,
    amountYuan: fenToYuan(fen),
  };
};

export function overAgeBill(e: FrozenOverAgeEvaluation) {
  const backPayment = lines.filter((d) => d.kind !== 'figure').map((d) => line(d, e.amounts));
  // The decided amount: the sum of the lines the policy declares payable.
  const totalFen = backPayment.filter((l) => l.payable).reduce((s, l) => s + l.amountFen, 0);
  const str = (k: string) => (typeof e.outputs[k] === 'string' ? (e.outputs[k] as string) : null);
  return {
    lines: backPayment,
    totalFen,
    totalYuan: fenToYuan(totalFen),
    monthlyPension: lines.filter((d) => d.kind === 'figure').map((d) => line(d, e.amounts)),
    /** 养老保险待遇从本通知下发之月起发放 (第三条第（一）项), or from the retirement month if later */
    pensionStartMonth: str('pensionStartMonth'),
    medicalBenefitsFromMonth: str('medicalBenefitsFromMonth'),
    retirementMonth: str('retirementMonth'),
    medicalMissingYears:
      typeof e.outputs.medicalMissingYears === 'number' ? e.outputs.medicalMissingYears : null,
    evaluatedOn: e.on,
    parameterDate: e.parameterDate,
  };
}
export type OverAgeBill = ReturnType<typeof overAgeBill>;
