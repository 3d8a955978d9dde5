import { z } from 'zod';
import { addMonths, type IsoDate } from '../../../engine/dates.ts';
import { lookup, type ParamOverrides } from '../../../engine/parameters.ts';
import { isoDate } from '../../../engine/schema.ts';
import { parameters } from './scoring.ts';

/**
 * Whether a worker counts towards a unit's recruitment task (seed 001 篇1 二、2 and 二、4): newly
 * recruited in the assessment year, on a labour contract, working in one enterprise for at least
 * 3 consecutive months by the cut-off (counted from the hiring date), and proven by the five matching
 * documents (“五符合”).
 */
export const recruitedWorkerSchema = z.object({
  hiredOn: isoDate(),
  /** still with the same enterprise on this date, or null when still employed at the cut-off */
  leftOn: isoDate().nullable(),
  labourContract: z.boolean(),
  documents: z.object({
    /** 县招工服务和培训工作领导小组办公室开具的介绍信回执 */
    referralReceipt: z.boolean(),
    /** 企业用工花名册 */
    enterpriseRoster: z.boolean(),
    /** 企业每月发放工资名册 */
    monthlyPayroll: z.boolean(),
    /** 员工卡 */
    employeeCard: z.boolean(),
    /** 员工身份证复印件 */
    idCopy: z.boolean(),
  }),
});
export type RecruitedWorker = z.input<typeof recruitedWorkerSchema>;

const DOCUMENT_LABELS: Record<keyof RecruitedWorker['documents'], string> = {
  referralReceipt: '介绍信回执',
  enterpriseRoster: '企业用工花名册',
  monthlyPayroll: '企业每月发放工资名册',
  employeeCard: '员工卡',
  idCopy: '员工身份证复印件',
};

export function recruitedWorkerCounts(
  input: RecruitedWorker,
  cutoff: IsoDate,
  overrides: ParamOverrides = {},
): { counts: boolean; reasons: string[] } {
  const w = recruitedWorkerSchema.parse(input);
  const months = Number(lookup(parameters, 'min_consecutive_months', cutoff, undefined, overrides).value);
  const reasons: string[] = [];
  if (w.hiredOn.slice(0, 4) !== cutoff.slice(0, 4) || w.hiredOn > cutoff)
    reasons.push('不是本年度新招收的人员');
  if (!w.labourContract) reasons.push('未签订劳动合同');
  const until = w.leftOn !== null && w.leftOn < cutoff ? w.leftOn : cutoff;
  if (addMonths(w.hiredOn, months) > until) reasons.push(`截至${until}在同一企业连续务工不满${months}个月`);
  const missing = (Object.keys(DOCUMENT_LABELS) as (keyof typeof DOCUMENT_LABELS)[]).filter(
    (k) => !w.documents[k],
  );
  if (missing.length > 0)
    reasons.push(`“五符合”材料缺少：${missing.map((k) => DOCUMENT_LABELS[k]).join('、')}`);
  return { counts: reasons.length === 0, reasons };
}
