import { z } from 'zod';
import { field } from '../../../engine/facts.ts';
import { D, type Dec, dec, min } from '../../../engine/money.ts';
import { loadParameters } from '../../../engine/parameters.ts';
import { definePolicy, type RuleContext } from '../../../engine/policy.ts';
import { rateString, yuanString } from '../../../engine/schema.ts';
import { documentRef } from '../../documents.ts';
import { EXCLUDED_INDUSTRIES, EXCLUDED_INDUSTRY_LABELS } from './industries.ts';

export const inputSchema = z.object({
  borrower: z
    .object({
      /** 本市各类登记失业人员: an open unemployment registration (the loan comes before the business) */
      registeredUnemployed: z
        .boolean()
        .meta(field('本市登记失业人员', { fact: 'person.registeredUnemployed' })),
      /** job_loser 就业转失业人员, certificate_holder 持《再就业优惠证》, urban_veteran 城镇复退军人 */
      group: z.enum(['job_loser', 'certificate_holder', 'urban_veteran', 'other_unemployed']).meta(
        field('借款人类别', {
          enumLabels: {
            job_loser: '就业转失业人员',
            certificate_holder: '持《再就业优惠证》人员',
            urban_veteran: '城镇复退军人',
            other_unemployed: '其他失业人员',
          },
        }),
      ),
    })
    .meta(field('借款人')),
  /** total loan applied for (for a partnership: for all partners) */
  requestedAmount: yuanString().meta(field('申请贷款额度（元，合伙经营的为合计）')),
  /** number of partners; 1 = individual */
  partners: z.number().int().min(1).max(100).default(1).meta(field('合伙人数（个人经营为1）')),
  /** 提供有效抵（质）押物进行反担保 */
  collateral: z.boolean().default(false).meta(field('提供有效抵（质）押物进行反担保')),
  counterGuarantee: z
    .enum(['guarantee_fund', 'civil_servant', 'stable_job_insured_1y', 'real_estate', 'none'])
    .meta(
      field('反担保方式', {
        enumLabels: {
          guarantee_fund: '贷款担保基金直接担保',
          civil_servant: '机关事业单位人员担保',
          stable_job_insured_1y: '有稳定职业且单位为其缴纳社会养老保险费一年以上的人员担保',
          real_estate: '以拥有所有权的房产等不动产反担保',
          none: '无',
        },
      }),
    ),
  /** 信用社区内符合条件人员可免除反担保手续 (三(二)2) */
  creditCommunityExemption: z.boolean().default(false).meta(field('信用社区内依规免除反担保手续')),
  project: z
    .object({
      serviceSector: z.boolean().meta(field('服务业项目')),
      industry: z
        .enum([...EXCLUDED_INDUSTRIES, 'other'])
        .meta(field('项目行业', { enumLabels: { ...EXCLUDED_INDUSTRY_LABELS, other: '其他行业' } })),
    })
    .meta(field('创业项目')),
  /** the period evaluated is the one-year extension (展期) */
  extension: z.boolean().default(false).meta(field('本期为展期')),
  /** annual interest rate of the loan contract, e.g. "0.0435" */
  annualInterestRate: rateString().meta(field('贷款合同年利率（如0.0435）')),
});
export type Input = z.output<typeof inputSchema>;
type Ctx = RuleContext<Input>;

const maxLoan = (ctx: Ctx): Dec => {
  if (ctx.input.partners > 1) {
    return min(ctx.param('partner_max').times(ctx.input.partners), ctx.param('loan_max', 'partnership'));
  }
  return ctx.param('loan_max', ctx.input.collateral ? 'collateral' : 'standard');
};
const subsidisedQuota = (ctx: Ctx): Dec =>
  ctx.input.partners > 1
    ? min(ctx.param('partner_max').times(ctx.input.partners), ctx.param('loan_max', 'partnership'))
    : ctx.param('loan_max', 'standard');

const subsidyReason = (ctx: Ctx): string | null => {
  if (ctx.input.extension) return '展期不贴息';
  if (!ctx.input.project.serviceSector) return '非服务业项目不贴息';
  if (ctx.input.project.industry !== 'other')
    return '广告业、房屋中介、典当、桑拿、按摩、网吧、氧吧等项目不贴息';
  return null;
};
const subsidyRatio = (ctx: Ctx): Dec =>
  subsidyReason(ctx) !== null
    ? new D(0)
    : ctx.param(
        'interest_subsidy_ratio',
        ctx.input.borrower.group === 'other_unemployed' ? 'other_unemployed' : 'full',
      );

export const policy = definePolicy({
  id: 'county-city.guaranteed-loan',
  name: '失业人员自主创业小额担保贷款及贴息',
  jurisdiction: { code: 'county-city', name: '县级市' },
  document: documentRef('county-city.employment-promotion'),
  validity: { from: '2009-01-01', to: null, clause: '三(二)1' },
  paysMoney: true,
  applicantKinds: ['person'],
  materials: [
    {
      applicant: 'person',
      label: '小额担保贷款申请',
      clause: '三(二)1',
      items: [
        '失业登记证明（《再就业优惠证》或《就业和失业登记证》）',
        '创业项目情况',
        '反担保材料（机关事业单位人员担保、稳定职业且缴纳社会养老保险一年以上人员担保，或房产等不动产）',
        '合伙经营协议（合伙经营的）',
      ],
    },
  ],
  timeLimits: [],
  notes: [
    '贴息以标准额度为限：个人5万元（抵押扩大至10万元的部分不贴息），合伙经营每人3万元、最高10万元。',
    '贴息比例按借款人类别：就业转失业人员、持证人员、城镇复退军人100%，其他失业人员50%；展期不贴息。',
  ],
  input: inputSchema,
  parameters: loadParameters(new URL('./parameters.yaml', import.meta.url)),
  usesParameters: [
    'loan_min',
    'loan_max',
    'partner_max',
    'loan_term_years',
    'extension_years',
    'interest_subsidy_ratio',
  ],
  parameterDate: (_input, on) => on,
  conditions: [
    {
      id: 'registered_unemployed',
      clause: '三(二)1',
      label: '本市登记失业人员',
      pass: '属于本市登记失业人员',
      fail: '不属于本市登记失业人员',
      test: (ctx) => ctx.input.borrower.registeredUnemployed,
    },
    {
      id: 'amount_within_limit',
      clause: '三(二)1',
      label: '贷款额度',
      pass: '申请额度在规定范围内',
      fail: '申请额度超出规定范围',
      test: (ctx) => {
        const requested = dec(ctx.input.requestedAmount);
        const low = ctx.param('loan_min');
        const high = maxLoan(ctx);
        ctx.note('最高额度', high.toString());
        return requested.gte(low) && requested.lte(high)
          ? true
          : {
              ok: false,
              detail: `申请${requested.toFixed(2)}元，额度范围${low.toFixed(2)}至${high.toFixed(2)}元`,
            };
      },
    },
    {
      id: 'counter_guarantee',
      clause: '三(二)1、三(二)2',
      label: '反担保',
      pass: '已落实反担保方式或依规免除反担保',
      fail: '未落实反担保方式',
      test: (ctx) =>
        ctx.input.collateral || ctx.input.creditCommunityExemption || ctx.input.counterGuarantee !== 'none',
    },
  ],
  checks: [
    { id: 'project_assessment', clause: '三(二)1', label: '经办银行或担保机构根据项目情况完成资信评估' },
  ],
  amounts: [
    { id: 'max_loan', label: '可贷最高额度', kind: 'figure', compute: maxLoan },
    {
      id: 'annual_interest_subsidy',
      label: '年度贴息金额',
      kind: 'payable',
      compute: (ctx) =>
        min(dec(ctx.input.requestedAmount), subsidisedQuota(ctx))
          .times(ctx.input.annualInterestRate)
          .times(subsidyRatio(ctx)),
    },
  ],
  outputs: (ctx) => ({
    termYears: ctx.param('loan_term_years').toNumber(),
    extensionYears: ctx.param('extension_years').toNumber(),
    interestSubsidyRatio: subsidyRatio(ctx).toString(),
    noSubsidyReason: subsidyReason(ctx),
  }),
});
