import { toFen } from '../cases-finance.rules.ts';

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

interface LineDef {
  id: string;
  label: string;
  clause: string;
  /** part of the total to pay (the personal-account share is inside the pension back-payment) */
  payable: boolean;
}

const DOC = '青劳社〔2024〕69号';

const backPayment: readonly LineDef[] = [
  {
    id: 'pension_backpay',
    label: '一次性补缴基本养老保险费（4年）',
    clause: '第二条第（一）项',
    payable: true,
  },
  { id: 'pension_personal_account', label: '其中：记入个人账户', clause: '第二条第（一）项', payable: false },
  { id: 'medical_backpay', label: '一次性补缴基本医疗保险费', clause: '第二条第（二）项', payable: true },
];

const monthlyPension: readonly LineDef[] = [
  { id: 'monthly_basic_pension', label: '基础养老金（月）', clause: '第三条第（一）项第1目', payable: false },
  {
    id: 'monthly_transitional_pension',
    label: '过渡性养老金（月）',
    clause: '第三条第（一）项第2目',
    payable: false,
  },
  {
    id: 'monthly_account_pension',
    label: '个人账户养老金（月）',
    clause: '第三条第（一）项第3目',
    payable: false,
  },
  { id: 'monthly_pension', label: '基本养老金合计（月）', clause: '第三条第（一）项', payable: false },
];

/** 12345 → "123.45" */
export const fenToYuan = (fen: number) => {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};

const line = (def: LineDef, amounts: Record<string, string>) => {
  const fen = toFen(amounts[def.id] ?? '0.00');
  return { ...def, citation: `${DOC} ${def.clause}`, amountFen: fen, amountYuan: fenToYuan(fen) };
};

export function overAgeBill(e: FrozenOverAgeEvaluation) {
  const lines = backPayment.map((d) => line(d, e.amounts));
  const totalFen = lines.filter((l) => l.payable).reduce((s, l) => s + l.amountFen, 0);
  const str = (k: string) => (typeof e.outputs[k] === 'string' ? (e.outputs[k] as string) : null);
  return {
    lines,
    totalFen,
    totalYuan: fenToYuan(totalFen),
    monthlyPension: monthlyPension.map((d) => line(d, e.amounts)),
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
