import { z } from 'zod';
import { field } from '../../../engine/facts.ts';
import { dec, roundFen } from '../../../engine/money.ts';
import { loadParameters, mergeParameters } from '../../../engine/parameters.ts';
import { definePolicy, type RuleContext } from '../../../engine/policy.ts';
import { yuanString } from '../../../engine/schema.ts';
import { documentRef } from '../../documents.ts';
import {
  monthFromIndex,
  monthIndex,
  STANDARD_PARAMETERS,
  standardFor,
} from '../flexible-employment/standard.ts';

const POLICY_ID = 'county-city.outsourced-processing';

export const inputSchema = z.object({
  person: z
    .object({
      /** 下岗失业人员 organised into 来料加工 (wider than an open unemployment registration: no fact) */
      laidOffOrUnemployed: z.boolean().meta(field('下岗失业人员')),
    })
    .meta(field('加工人员')),
  /** the processing year claimed */
  year: z.number().int().min(2009).max(2100).meta(field('加工年度')),
  /** months of that year spent in processing work */
  monthsWorked: z.number().int().min(1).max(12).default(12).meta(field('当年从事来料加工月数')),
  /** 全年加工费收入总额 */
  annualIncome: yuanString().meta(field('全年加工费收入总额（元）')),
  /** 个人社会保险费凭证 for the year */
  insurancePaid: z.boolean().meta(field('有当年个人社会保险费缴费凭证')),
  /** subsidised months already received under this policy */
  previousSubsidisedMonths: z
    .number()
    .int()
    .min(0)
    .max(600)
    .default(0)
    .meta(field('此前已享受来料加工社保补贴月数')),
});
export type Input = z.output<typeof inputSchema>;
type Ctx = RuleContext<Input>;

const converted = (ctx: Ctx): number =>
  dec(ctx.input.annualIncome).div(ctx.param('minimum_monthly_wage')).floor().toNumber();
const remaining = (ctx: Ctx): number =>
  Math.max(0, ctx.param('max_subsidy_months').toNumber() - ctx.input.previousSubsidisedMonths);
const months = (ctx: Ctx): number => Math.min(ctx.input.monthsWorked, converted(ctx), remaining(ctx));
const amounts = (ctx: Ctx) => {
  const n = months(ctx);
  const first = `${ctx.input.year}-01`;
  const s = standardFor(ctx, first, monthFromIndex(monthIndex(first) + n - 1));
  return { pension: roundFen(s.pension), medical: roundFen(s.medical) };
};

export const policy = definePolicy({
  id: POLICY_ID,
  name: '失业人员从事来料加工社会保险补贴',
  jurisdiction: { code: 'county-city', name: '县级市' },
  document: documentRef('county-city.employment-promotion'),
  validity: { from: '2009-01-01', to: null, clause: '三(四)' },
  paysMoney: true,
  applicantKinds: ['person', 'institution_on_behalf'],
  materials: [
    {
      applicant: 'institution_on_behalf',
      label: '来料加工社保补贴申请（组织来料加工的单位）',
      clause: '三(四)',
      items: [
        '《来料加工劳务协议》等认定材料',
        '全年加工费收入证明',
        '个人社会保险费缴费凭证',
        '失业登记证明',
      ],
    },
  ],
  timeLimits: [],
  notes: [
    '补贴月数 = 全年加工费收入总额 ÷ 本市企业最低月工资标准，向下取整（不足1个月的不计），且不超过当年从事来料加工的月数和3年（36个月）剩余月数。',
    '最低工资标准取所申领年度12月31日有效的标准；补贴标准与灵活就业人员相同（上年度本市平均工资×6%养老、×5%医疗，每月1/12）。',
  ],
  input: inputSchema,
  parameters: mergeParameters(
    loadParameters(new URL('./parameters.yaml', import.meta.url)),
    loadParameters(new URL('../flexible-employment/parameters.yaml', import.meta.url)),
  ),
  usesParameters: [...STANDARD_PARAMETERS, 'minimum_monthly_wage', 'max_subsidy_months'],
  parameterDate: (input) => `${input.year}-12-31`,
  conditions: [
    {
      id: 'laid_off_or_unemployed',
      clause: '三(四)',
      label: '下岗失业人员',
      pass: '属于从事来料加工的下岗失业人员',
      fail: '不属于下岗失业人员',
      test: (ctx) => ctx.input.person.laidOffOrUnemployed,
    },
    {
      id: 'insurance_paid',
      clause: '三(四)',
      label: '个人缴纳社会保险费',
      pass: '有个人社会保险费缴费凭证',
      fail: '没有个人社会保险费缴费凭证',
      test: (ctx) => ctx.input.insurancePaid,
    },
    {
      id: 'at_least_one_month',
      clause: '三(四)',
      label: '折算补贴月数',
      pass: '全年加工费收入折算补贴月数不少于1个月',
      fail: '全年加工费收入不足1个月最低工资标准',
      test: (ctx) => {
        const n = converted(ctx);
        const detail = `全年加工费收入${dec(ctx.input.annualIncome).toFixed(2)}元÷最低工资标准${ctx.param('minimum_monthly_wage').toFixed(2)}元，折算${n}个月（不足1个月的不计）`;
        return { ok: n >= 1, detail };
      },
    },
    {
      id: 'within_three_years',
      clause: '三(四)',
      label: '补贴期限',
      pass: '享受来料加工社保补贴未满3年',
      fail: '享受来料加工社保补贴已满3年',
      test: (ctx) => ({
        ok: remaining(ctx) > 0,
        detail: `已享受${ctx.input.previousSubsidisedMonths}个月，上限${ctx.param('max_subsidy_months').toNumber()}个月`,
      }),
    },
  ],
  checks: [
    {
      id: 'agreement_and_receipts',
      clause: '三(四)',
      label: '《来料加工劳务协议》、加工费收入证明和个人社保缴费凭证经核实',
    },
  ],
  claimKeys: (input) => [`year_${input.year}`],
  amounts: [
    { id: 'pension_subsidy', label: '养老保险补贴', kind: 'part', compute: (ctx) => amounts(ctx).pension },
    { id: 'medical_subsidy', label: '医疗保险补贴', kind: 'part', compute: (ctx) => amounts(ctx).medical },
    {
      id: 'total',
      label: '社会保险补贴合计',
      kind: 'payable',
      compute: (ctx) => {
        const a = amounts(ctx);
        return a.pension.plus(a.medical);
      },
    },
  ],
  outputs: (ctx) => ({
    convertedMonths: converted(ctx),
    subsidisedMonths: months(ctx),
    remainingMonthsAfter: remaining(ctx) - months(ctx),
  }),
});
