import { z } from 'zod';
import { atMostYears, type PastClaim } from '../../../engine/constraints.ts';
import { addYears } from '../../../engine/dates.ts';
import { field } from '../../../engine/facts.ts';
import { D, type Dec, dec, min } from '../../../engine/money.ts';
import { loadParameters } from '../../../engine/parameters.ts';
import { definePolicy, type RuleContext } from '../../../engine/policy.ts';
import { datePeriod, isoDate, whenFieldsValid, yuanString } from '../../../engine/schema.ts';
import { documentRef } from '../../documents.ts';
import {
  EXCLUDED_INDUSTRY_LABELS,
  EXCLUDED_INDUSTRIES as LOAN_EXCLUDED,
} from '../guaranteed-loan/industries.ts';

const POLICY_ID = 'county-city.tax-fee-relief';
const CLAUSE = '三(二)5';

/** Restricted industries: 建筑业、娱乐业、销售不动产、转让土地使用权 plus the list of 三(二)1. */
export const RESTRICTED_INDUSTRIES = [
  'construction',
  'entertainment',
  'real_estate_sales',
  'land_use_right_transfer',
  ...LOAN_EXCLUDED,
] as const;
type Restricted = (typeof RESTRICTED_INDUSTRIES)[number];
const INDUSTRY_LABELS: Record<Restricted, string> = {
  construction: '建筑业',
  entertainment: '娱乐业',
  real_estate_sales: '销售不动产',
  land_use_right_transfer: '转让土地使用权',
  ...EXCLUDED_INDUSTRY_LABELS,
};

/** The taxes the quota relieves, in the order the clause lists them. */
const TAXES = [
  { id: 'business_tax_relief', key: 'businessTax', label: '减免营业税' },
  { id: 'urban_maintenance_tax_relief', key: 'urbanMaintenanceTax', label: '减免城市维护建设税' },
  { id: 'education_surcharge_relief', key: 'educationSurcharge', label: '减免教育费附加' },
  { id: 'income_tax_relief', key: 'individualIncomeTax', label: '减免个人所得税' },
] as const;

export const inputSchema = z
  .object({
    /** fees 免收行政事业性收费; tax 税收定额减免 */
    relief: z
      .enum(['fees', 'tax'])
      .meta(field('减免项目', { enumLabels: { fees: '免收行政事业性收费', tax: '税收定额减免' } })),
    /**
     * The person. No facts: unemployment is asked as it was when the business started (its
     * employment registration has closed the unemployment registration by the decision date), and
     * the registry's certificate fact does not say which certificate the person holds.
     */
    person: z
      .object({
        /** 登记失业人员 */
        registeredUnemployed: z.boolean().meta(field('登记失业人员')),
        /** 持《再就业优惠证》或《就业和失业登记证》 */
        certificate: z
          .enum(['reemployment_certificate', 'employment_unemployment_registration', 'none'])
          .meta(
            field('所持证件', {
              enumLabels: {
                reemployment_certificate: '《再就业优惠证》',
                employment_unemployment_registration: '《就业和失业登记证》',
                none: '未持证',
              },
            }),
          ),
      })
      .meta(field('申请人')),
    business: z
      .object({
        /** 从事自主创业个体经营（个体工商户） */
        individualBusiness: z.boolean().meta(field('从事自主创业个体经营（个体工商户）')),
        industry: z
          .enum([...RESTRICTED_INDUSTRIES, 'other'])
          .meta(field('经营行业', { enumLabels: { ...INDUSTRY_LABELS, other: '其他行业' } })),
      })
      .meta(field('经营情况')),
    /** the relief period evaluated; for tax relief one relief year of at most 12 months */
    period: datePeriod().meta(field('减免期间')),
    /** administrative fees due in the period that the waiver covers (optional, for the ledger) */
    feesDue: yuanString().optional().meta(field('减免期间应缴行政事业性收费（元）')),
    tax: z
      .object({
        /** date the household's tax relief was approved */
        approvedOn: isoDate().meta(field('税收减免审批日期')),
        /** taxes actually paid in the relief year */
        paid: z
          .object({
            businessTax: yuanString().meta(field('营业税（元）')),
            urbanMaintenanceTax: yuanString().meta(field('城市维护建设税（元）')),
            educationSurcharge: yuanString().meta(field('教育费附加（元）')),
            individualIncomeTax: yuanString().meta(field('个人所得税（元）')),
          })
          .meta(field('当年实际缴纳的税款')),
      })
      .nullish()
      .meta(field('税收减免')),
  })
  .refine((v) => v.period.from <= v.period.to, {
    error: '期间结束日不能早于开始日',
    ...whenFieldsValid,
    path: ['period', 'to'],
  })
  .refine((v) => v.relief !== 'tax' || v.period.to < addYears(v.period.from, 1), {
    error: '税收减免按年度计算，期间不能超过12个月',
    ...whenFieldsValid,
    path: ['period', 'to'],
  })
  .refine((v) => v.relief !== 'tax' || (v.tax !== undefined && v.tax !== null), {
    error: '税收减免须填写审批日期和当年实际缴纳的税款',
    ...whenFieldsValid,
    path: ['tax'],
  });
export type Input = z.output<typeof inputSchema>;
type Ctx = RuleContext<Input>;

const isTax = (ctx: Ctx) => ctx.input.relief === 'tax';
const isFees = (ctx: Ctx) => ctx.input.relief === 'fees';
const reliefLabel = (ctx: Ctx) => (isTax(ctx) ? '税收减免' : '免收行政事业性收费');
/** Past claims of the same part; a claim recorded without a part counts against both. */
const samePart = (ctx: Ctx): PastClaim[] =>
  ctx.pastClaims.filter((c) => c.part === undefined || c.part === ctx.input.relief);

/** The quota relieves the taxes in order until it is used up. */
const taxRelief = (ctx: Ctx): Dec[] => {
  if (!isTax(ctx)) return TAXES.map(() => new D(0));
  let left = ctx.param('tax_relief_quota');
  return TAXES.map((t) => {
    const relieved = min(dec(ctx.input.tax!.paid[t.key]), left);
    left = left.minus(relieved);
    return relieved;
  });
};

export const policy = definePolicy({
  id: POLICY_ID,
  name: '失业人员自主创业个体经营税费减免',
  jurisdiction: { code: 'county-city', name: '县级市' },
  document: documentRef('county-city.employment-promotion'),
  validity: { from: '2009-01-01', to: null, clause: CLAUSE },
  paysMoney: false,
  applicantKinds: ['person'],
  materials: [
    {
      applicant: 'person',
      label: '税费减免申请',
      clause: CLAUSE,
      items: [
        '个体工商户营业执照',
        '失业登记证明（《再就业优惠证》或《就业和失业登记证》）',
        '当年实际缴纳营业税、城市维护建设税、教育费附加和个人所得税的完税凭证（税收减免）',
      ],
    },
  ],
  timeLimits: [],
  notes: [
    '限制行业按原文：建筑业、娱乐业以及销售不动产、转让土地使用权、广告业、房屋中介、典当、桑拿、按摩、网吧、氧吧；原文列举后有“等”，所以选 other 时仍须审核人员核实行业（industry_verified）。',
    '免收行政事业性收费的对象读作登记失业人员；税收减免的对象为持《再就业优惠证》或《就业和失业登记证》且经税务机关认定符合税收优惠条件的人员。',
    '“期限最长不超过3年”按每户的减免年度计算，收费减免和税收减免分别计算；历史申领按其期间所跨年度计，无期间的按1年计。第4年即不符合，并指出冲突的已有申领。',
    '税收减免：每户每年8000元定额，按营业税、城市维护建设税、教育费附加、个人所得税的顺序依次减免当年实际缴纳的税款，直至定额用完；一次评估对应一个不超过12个月的减免年度（按审批后起算的12个月年度计，不足12个月的也计1年）。',
    '“审批截止日延长至2009年底”读作税收减免须在2009-12-31（含）前审批；已审批的在3年期限内继续享受（见三(一)）。',
  ],
  input: inputSchema,
  parameters: loadParameters(new URL('./parameters.yaml', import.meta.url)),
  usesParameters: ['max_years', 'tax_relief_quota', 'tax_approval_deadline'],
  parameterDate: (input) => input.period.from,
  conditions: [
    {
      id: 'registered_unemployed',
      clause: CLAUSE,
      label: '失业人员',
      pass: '属于登记失业人员',
      fail: '不属于登记失业人员，不免收行政事业性收费',
      applies: isFees,
      test: (ctx) => ctx.input.person.registeredUnemployed,
    },
    {
      id: 'certificate_holder',
      clause: CLAUSE,
      label: '持《再就业优惠证》或《就业和失业登记证》',
      pass: '持《再就业优惠证》或《就业和失业登记证》',
      fail: '未持《再就业优惠证》或《就业和失业登记证》，不享受税收减免',
      applies: isTax,
      test: (ctx) => ctx.input.person.certificate !== 'none',
    },
    {
      id: 'individual_business',
      clause: CLAUSE,
      label: '自主创业个体经营',
      pass: '从事自主创业个体经营',
      fail: '未从事自主创业个体经营',
      test: (ctx) => ctx.input.business.individualBusiness,
    },
    {
      id: 'industry_not_restricted',
      clause: CLAUSE,
      label: '非限制行业',
      pass: '经营行业不属于限制行业',
      fail: '经营行业属于限制行业，不享受税费减免',
      test: (ctx) => {
        const industry = ctx.input.business.industry;
        return industry === 'other' ? true : { ok: false, detail: `${INDUSTRY_LABELS[industry]}除外` };
      },
    },
    {
      id: 'tax_approval_deadline',
      clause: `${CLAUSE}、三(一)`,
      label: '税收优惠审批截止日',
      pass: '税收减免在审批截止日（2009年底）前审批',
      fail: '税收减免审批晚于审批截止日（2009年底）',
      applies: isTax,
      test: (ctx) => {
        const deadline = ctx.paramDateValue('tax_approval_deadline');
        const approved = ctx.input.tax!.approvedOn;
        return approved <= deadline ? true : { ok: false, detail: `${approved} 审批，截止日 ${deadline}` };
      },
    },
    {
      id: 'at_most_three_years',
      clause: CLAUSE,
      label: '减免期限最长3年',
      pass: '享受该项减免未超过3年',
      fail: '享受该项减免已满3年',
      test: (ctx) => {
        const r = atMostYears(
          samePart(ctx),
          POLICY_ID,
          ctx.param('max_years', ctx.input.relief).toNumber(),
          ctx.input.period,
        );
        return { ok: r.ok, conflicts: r.conflicts, detail: `${reliefLabel(ctx)}${r.detail ?? ''}` };
      },
    },
  ],
  checks: [
    {
      id: 'industry_verified',
      clause: CLAUSE,
      label: '经营行业经核实不属于建筑业、娱乐业、广告业、房屋中介、典当、桑拿、按摩、网吧、氧吧等限制行业',
    },
    {
      id: 'fee_items',
      clause: CLAUSE,
      label: '免收项目属于管理类、登记类和证照类行政事业性收费',
      applies: isFees,
    },
    { id: 'tax_preference', clause: CLAUSE, label: '税务机关认定符合享受税收优惠政策的条件', applies: isTax },
    { id: 'tax_receipts', clause: CLAUSE, label: '当年实际缴纳税款的完税凭证经核实', applies: isTax },
  ],
  // One relief year of one part (fees or tax) counts once towards the 3-year limit of that part.
  claimKeys: (input) => [`${input.period.from}:${input.relief}`],
  amounts: [
    {
      id: 'fees_waived',
      label: '免收行政事业性收费',
      kind: 'payable',
      compute: (ctx) => (isFees(ctx) ? dec(ctx.input.feesDue ?? '0') : new D(0)),
    },
    ...TAXES.map((t, i) => ({
      id: t.id,
      label: t.label,
      kind: 'part' as const,
      compute: (ctx: Ctx) => taxRelief(ctx)[i]!,
    })),
    {
      id: 'tax_relief_total',
      label: '税收减免合计',
      kind: 'payable',
      compute: (ctx) => taxRelief(ctx).reduce((a, b) => a.plus(b), new D(0)),
    },
  ],
  outputs: (ctx) => ({
    relief: ctx.input.relief,
    quotaRemaining: isTax(ctx)
      ? ctx
          .param('tax_relief_quota')
          .minus(taxRelief(ctx).reduce((a, b) => a.plus(b), new D(0)))
          .toFixed(2)
      : null,
  }),
});
