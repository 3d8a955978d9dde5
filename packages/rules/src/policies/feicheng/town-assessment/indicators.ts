import type { ScoringMethod } from './plan-scoring.ts';

export type IndicatorUnit = 'persons' | 'yuan' | 'points';

export interface StandardIndicator {
  /** stable code, used by plans, submissions and the statistics indicator service */
  code: string;
  label: string;
  clause: string;
  unit: IndicatorUnit;
  method: ScoringMethod;
  /** 认定依据: the evidence a town attaches when the records cannot count the figure */
  evidence: string;
}

/**
 * The indicators of 三、考核指标解释及认定依据 (seed 000 第一篇), split where a clause scores
 * several figures (三1: the count and the three rates it names; 三5: enrolment, premium income and
 * recovered funds). The points of each are in the annex 评分标准, which the seed does not contain:
 * the bureau sets them in its yearly plan, so none are given here.
 */
export const standardIndicators: readonly StandardIndicator[] = [
  {
    code: 'new_employment',
    label: '新增就业再就业人数',
    clause: '三、1',
    unit: 'persons',
    method: 'completion_relative_to_best',
    evidence: '就业再就业人员花名册（用备案登记）、劳动合同、工资发放证明',
  },
  {
    code: 'contract_signing_rate',
    label: '新增就业再就业人员劳动合同签订率',
    clause: '三、1',
    unit: 'persons',
    method: 'rate_of_points',
    evidence: '劳动合同',
  },
  {
    code: 'insurance_participation_rate',
    label: '新增就业人员社会保险参保率',
    clause: '三、1',
    unit: 'persons',
    method: 'rate_of_points',
    evidence: '社会保险缴费记录',
  },
  {
    code: 'insurance_renewal_rate',
    label: '新增再就业人员社会保险续保率',
    clause: '三、1',
    unit: 'persons',
    method: 'rate_of_points',
    evidence: '社会保险缴费记录',
  },
  {
    code: 'rural_labour_transfer',
    label: '新增农村劳动力转移就业人数',
    clause: '三、2',
    unit: 'persons',
    method: 'completion_relative_to_best',
    evidence: '用工协议、《农村劳动力转移就业人员登记表》、培训学员花名册',
  },
  {
    code: 'insurance_collection',
    label: '社会保险费征缴、清欠（元）',
    clause: '三、3',
    unit: 'yuan',
    method: 'completion_relative_to_best',
    evidence: '财务帐册',
  },
  {
    code: 'insurance_expansion',
    label: '社会保险扩面人数',
    clause: '三、4',
    unit: 'persons',
    method: 'completion_relative_to_best',
    evidence: '《社会保险登记表》《参加社会保险人员登记表》《企业职工增减变化情况统计表》及缴费记录',
  },
  {
    code: 'rural_pension_enrolment',
    label: '农村养老保险参保人数',
    clause: '三、5',
    unit: 'persons',
    method: 'completion_relative_to_best',
    evidence: '个人缴费记录及相关表、证、卡',
  },
  {
    code: 'rural_pension_premium',
    label: '农村养老保险新增保费收入（元）',
    clause: '三、5',
    unit: 'yuan',
    method: 'completion_relative_to_best',
    evidence: '财务、资金帐册',
  },
  {
    code: 'misused_funds_recovered',
    label: '农村养老保险违规资金收回（元）',
    clause: '三、5',
    unit: 'yuan',
    method: 'figure_relative_to_best',
    evidence: '财务、资金帐册',
  },
  {
    code: 'grassroots_platform',
    label: '基层劳动保障平台建设（评分）',
    clause: '三、6',
    unit: 'points',
    method: 'figure_relative_to_best',
    evidence: '办公场所、业务开展记录、统计报表、数据库（实地察看）',
  },
  {
    code: 'statistics',
    label: '计划统计（评分）',
    clause: '三、7',
    unit: 'points',
    method: 'figure_relative_to_best',
    evidence: '统计报表及时准确，资料齐全',
  },
];
