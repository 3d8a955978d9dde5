import { z } from 'zod';
import { addMonths } from '../../../engine/dates.ts';
import { field } from '../../../engine/facts.ts';
import { D, type Dec, dec, min, roundFen, sum } from '../../../engine/money.ts';
import { loadParameters } from '../../../engine/parameters.ts';
import { definePolicy, type RuleContext } from '../../../engine/policy.ts';
import { isoDate, percentString, yuanString } from '../../../engine/schema.ts';
import { documentRef } from '../../documents.ts';

const INDICATORS = ['result_error', 'missed_item', 'data_entry_error'] as const;
type Indicator = (typeof INDICATORS)[number];

export const inputSchema = z.object({
  hospital: z
    .object({
      name: z.string().min(1).max(100).meta(field('医院名称')),
      /** 被市直医疗保险确定为定点 */
      designated: z.boolean().meta(field('市直医疗保险定点医院')),
      /** 卫生行政部门认定的医院等级: 1 一级, 2 二级, 3 三级 */
      grade: z
        .number()
        .int()
        .min(1)
        .max(3)
        .meta(field('医院等级（卫生行政部门认定）', { enumLabels: { 1: '一级', 2: '二级', 3: '三级' } })),
      /** 综合医院 */
      general: z.boolean().meta(field('综合医院')),
    })
    .meta(field('体检医院')),
  /** last day of the examinations being settled; selects the parameter values */
  examinationsEndedOn: isoDate().meta(field('体检结束日期')),
  /** 应拨付体检费用 before deductions, yuan */
  fee: yuanString().meta(field('应拨付体检费用（元）')),
  /** items an examinee skipped without signing (not paid) */
  unsignedWaivedItems: z
    .array(
      z
        .object({
          examinee: z.string().min(1).max(100).meta(field('体检职工')),
          item: z.string().min(1).max(100).meta(field('放弃的检查项目')),
          fee: yuanString().meta(field('项目费用（元）')),
        })
        .meta(field('放弃项目')),
    )
    .max(10000)
    .default([])
    .meta(field('体检职工自动放弃且未签字认可的项目')),
  /** measured rates in percent, e.g. "1.5" for 1.5% */
  rates: z
    .object({
      result_error: percentString().meta(field('检查检验结果差错率（%）')),
      missed_item: percentString().meta(field('检验项目漏检率（%）')),
      data_entry_error: percentString().meta(field('数据录入差错率（%）')),
      satisfaction: percentString().meta(field('体检人员满意率（%）')),
    })
    .meta(field('体检质量指标')),
});
export type Input = z.output<typeof inputSchema>;
type Ctx = RuleContext<Input>;

const unsignedTotal = (ctx: Ctx) => sum(ctx.input.unsignedWaivedItems.map((i) => i.fee));
const payableBase = (ctx: Ctx): Dec => D.max(dec(ctx.input.fee).minus(unsignedTotal(ctx)), 0);

/** Percentage points beyond the limit (proportional, see parameters.yaml). */
const excessPoints = (ctx: Ctx, indicator: Indicator | 'satisfaction'): Dec => {
  if (indicator === 'satisfaction') {
    const floor = ctx.param('min_satisfaction_percent');
    return D.max(floor.minus(ctx.input.rates.satisfaction), 0);
  }
  const ceiling = ctx.param('max_error_rate_percent', indicator);
  return D.max(dec(ctx.input.rates[indicator]).minus(ceiling), 0);
};

const deduction = (ctx: Ctx, indicator: Indicator | 'satisfaction'): Dec => {
  const points = excessPoints(ctx, indicator);
  ctx.note('超出（低于）百分点', points.toString());
  return roundFen(payableBase(ctx).times(points).times(ctx.param('deduction_percent_per_point')).div(100));
};

const totalDeduction = (ctx: Ctx): Dec =>
  min(sum([...INDICATORS, 'satisfaction' as const].map((i) => deduction(ctx, i))), payableBase(ctx));

const deductionAmount = (id: Indicator | 'satisfaction', label: string) => ({
  id: `${id}_deduction`,
  label,
  kind: 'part' as const,
  compute: (ctx: Ctx) => deduction(ctx, id),
});

export const policy = definePolicy({
  id: 'dezhou.health-check-settlement',
  name: '德州市市直职工医疗保险健康体检费用结算',
  jurisdiction: { code: 'dezhou', name: '德州市' },
  document: documentRef('dezhou.health-check'),
  validity: { from: '2024-08-15', to: null, clause: '印发通知（2024年8月15日印发）' },
  paysMoney: true,
  applicantKinds: ['institution'],
  materials: [
    {
      applicant: 'institution',
      label: '定点体检医院结算体检费用',
      clause: '第十六条、第十八条、第二十条',
      items: [
        '进度情况统计表（每周报送）',
        '《健康（体检）档案》和电子档案',
        '体检资料汇总分析报告',
        '体检档案返还登记',
        '体检职工自动放弃项目的签字确认',
        '体检人员满意率调查表（医保处汇总）',
      ],
    },
  ],
  timeLimits: [
    {
      id: 'archive_return',
      label: '体检档案返还参检单位或参检职工',
      unit: 'day_of_month',
      amount: 20,
      from: '体检结束的下月',
      clause: '第十八条',
      holidayPostponement: false,
    },
  ],
  notes: [
    '扣款按超出（低于）的百分点线性计算（1.5%的差错率超出0.5个百分点，扣0.5%），扣款合计不超过应拨付费用。',
    '未经体检职工签字认可的放弃项目费用先从应拨付费用中剔除，各项扣款以剔除后的金额为基数。',
  ],
  input: inputSchema,
  parameters: loadParameters(new URL('./parameters.yaml', import.meta.url)),
  usesParameters: [
    'max_error_rate_percent',
    'min_satisfaction_percent',
    'deduction_percent_per_point',
    'min_hospital_grade',
    'archive_return_day',
  ],
  parameterDate: (input) => input.examinationsEndedOn,
  conditions: [
    {
      id: 'designated_hospital',
      clause: '第一条',
      label: '定点医院',
      pass: '医院为市直医疗保险确定的定点医院',
      fail: '医院不是市直医疗保险确定的定点医院',
      test: (ctx) => ctx.input.hospital.designated,
    },
    {
      id: 'hospital_grade',
      clause: '第一条',
      label: '二级以上综合医院',
      pass: '医院经卫生行政部门认定为二级以上资质的综合医院',
      fail: '医院不是二级以上资质的综合医院',
      test: (ctx) =>
        ctx.input.hospital.general && ctx.param('min_hospital_grade').lte(ctx.input.hospital.grade),
    },
  ],
  checks: [
    { id: 'archives_returned', clause: '第十八条', label: '体检档案经医保处审核后按期返还，领取有登记' },
    {
      id: 'reports_submitted',
      clause: '第十六条',
      label: '每周进度统计表、健康档案、电子档案和分析报告已报送',
    },
  ],
  amounts: [
    { id: 'gross_fee', label: '应拨付体检费用', kind: 'part', compute: (ctx) => dec(ctx.input.fee) },
    {
      id: 'unsigned_waived_items',
      label: '未签字认可的放弃项目费用（不予支付）',
      kind: 'part',
      compute: unsignedTotal,
    },
    { id: 'payable_base', label: '扣除未签字放弃项目后的费用', kind: 'part', compute: payableBase },
    deductionAmount('result_error', '检查检验结果差错率超标扣款'),
    deductionAmount('missed_item', '检验项目漏检率超标扣款'),
    deductionAmount('data_entry_error', '数据录入差错率超标扣款'),
    deductionAmount('satisfaction', '满意率不达标扣款'),
    { id: 'total_deduction', label: '扣款合计', kind: 'part', compute: totalDeduction },
    {
      id: 'net_payment',
      label: '实际拨付体检费用',
      kind: 'payable',
      compute: (ctx) => payableBase(ctx).minus(totalDeduction(ctx)),
    },
  ],
  outputs: (ctx) => {
    const day = String(ctx.param('archive_return_day').toNumber()).padStart(2, '0');
    return { archivesDueBy: `${addMonths(ctx.input.examinationsEndedOn, 1).slice(0, 8)}${day}` };
  },
});
