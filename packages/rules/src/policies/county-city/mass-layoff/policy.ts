import { z } from 'zod';
import { addDays } from '../../../engine/dates.ts';
import { field } from '../../../engine/facts.ts';
import { D, fixed } from '../../../engine/money.ts';
import { loadParameters } from '../../../engine/parameters.ts';
import { definePolicy, type RuleContext } from '../../../engine/policy.ts';
import { isoDate } from '../../../engine/schema.ts';
import { documentRef } from '../../documents.ts';

const POLICY_ID = 'county-city.mass-layoff';

export const inputSchema = z
  .object({
    employer: z
      .object({
        /** 单位职工总数 before the layoff */
        totalStaff: z.number().int().min(1).max(1_000_000).meta(field('单位职工总数（裁减前）')),
      })
      .meta(field('用人单位')),
    /** 裁减人数 */
    layoffCount: z.number().int().min(1).max(1_000_000).meta(field('裁减人数')),
    /** date the layoff takes effect (labour contracts end) */
    layoffOn: isoDate().meta(field('裁减人员日期')),
    /** date the employer explained the layoff to the union or all staff */
    notifiedOn: isoDate().nullish().meta(field('向工会或全体职工说明情况日期')),
    /** heard the opinions of the union or the staff */
    opinionsHeard: z.boolean().default(false).meta(field('已听取工会或职工意见')),
    /** date the layoff plan was reported to the local labour and social-security department */
    reportedOn: isoDate().nullish().meta(field('向劳动保障行政部门报告裁减人员方案日期')),
  })
  .refine((v) => v.layoffCount <= v.employer.totalStaff, {
    error: '裁减人数不能超过单位职工总数',
    path: ['layoffCount'],
  });
export type Input = z.output<typeof inputSchema>;
type Ctx = RuleContext<Input>;

const ratio = (ctx: Ctx) => new D(ctx.input.layoffCount).div(ctx.input.employer.totalStaff);
const reportRequired = (ctx: Ctx): boolean =>
  new D(ctx.input.layoffCount).gte(ctx.param('threshold_count')) ||
  ratio(ctx).gte(ctx.param('threshold_ratio'));
const latestNotice = (ctx: Ctx) => addDays(ctx.input.layoffOn, -ctx.param('notice_days').toNumber());

export const policy = definePolicy({
  id: POLICY_ID,
  name: '用人单位裁减人员提前说明和方案报告',
  jurisdiction: { code: 'county-city', name: '县级市' },
  document: documentRef('county-city.employment-promotion'),
  validity: { from: '2009-01-01', to: null, clause: '二(二)' },
  paysMoney: false,
  applicantKinds: ['employer'],
  materials: [
    {
      applicant: 'employer',
      label: '裁减人员方案报告',
      clause: '二(二)',
      items: [
        '裁减人员方案（含裁减人数、职工总数、裁减时间）',
        '向工会或全体职工说明情况的证明',
        '工会或职工意见',
      ],
    },
  ],
  timeLimits: [
    {
      id: 'advance_notice',
      label: '提前向工会或全体职工说明',
      unit: 'days',
      amount: 30,
      from: '裁减人员之日前',
      clause: '二(二)',
      holidayPostponement: false,
      consequence: '未提前30日说明的，不得实施裁减',
    },
  ],
  notes: [
    '“20人以上”“10%以上”均含本数；比例按裁减人数÷裁减前职工总数精确比较，不四舍五入。',
    '提前30日按裁减之日倒推30个自然日计算，倒推期间不适用节假日顺延。',
    '裁减人员方案须在听取意见后、裁减之日前报告；裁减当日及以后报告视为未按规定报告。',
    '未达到报告标准的裁减不适用本程序，结果为符合（无须报告）。',
  ],
  input: inputSchema,
  parameters: loadParameters(new URL('./parameters.yaml', import.meta.url)),
  usesParameters: ['threshold_count', 'threshold_ratio', 'notice_days'],
  parameterDate: (input) => input.layoffOn,
  conditions: [
    {
      id: 'advance_notice',
      clause: '二(二)',
      label: '提前30日向工会或全体职工说明',
      pass: '已提前30日向工会或全体职工说明情况',
      fail: '未提前30日向工会或全体职工说明情况',
      applies: reportRequired,
      test: (ctx) => {
        const latest = latestNotice(ctx);
        const { notifiedOn } = ctx.input;
        if (notifiedOn == null) return { ok: false, detail: `尚未说明，最迟应于 ${latest} 说明` };
        return notifiedOn <= latest
          ? true
          : { ok: false, detail: `${notifiedOn} 说明，最迟应于 ${latest} 说明` };
      },
    },
    {
      id: 'opinions_heard',
      clause: '二(二)',
      label: '听取工会或职工意见',
      pass: '已听取工会或职工意见',
      fail: '未听取工会或职工意见',
      applies: reportRequired,
      test: (ctx) => ctx.input.opinionsHeard,
    },
    {
      id: 'plan_reported',
      clause: '二(二)',
      label: '向当地劳动保障行政部门报告裁减人员方案',
      pass: '已在听取意见后、裁减之前向劳动保障行政部门报告裁减人员方案',
      fail: '未在裁减之前向劳动保障行政部门报告裁减人员方案',
      applies: reportRequired,
      test: (ctx) => {
        const { reportedOn, notifiedOn, layoffOn } = ctx.input;
        if (reportedOn == null) return { ok: false, detail: '尚未报告' };
        if (reportedOn >= layoffOn)
          return { ok: false, detail: `${reportedOn} 报告，晚于或等于裁减之日 ${layoffOn}` };
        if (notifiedOn != null && reportedOn < notifiedOn)
          return { ok: false, detail: `${reportedOn} 报告，早于向职工说明之日 ${notifiedOn}，未听取意见` };
        return true;
      },
    },
  ],
  checks: [
    {
      id: 'plan_content',
      clause: '二(二)',
      label: '裁减人员方案内容及工会或职工意见材料经审核',
      applies: reportRequired,
    },
  ],
  amounts: [],
  outputs: (ctx) => {
    const required = reportRequired(ctx);
    ctx.note('裁减比例', fixed(ratio(ctx), 4));
    return {
      reportRequired: required,
      layoffRatio: fixed(ratio(ctx).times(100), 2),
      basis: new D(ctx.input.layoffCount).gte(ctx.param('threshold_count'))
        ? 'count'
        : required
          ? 'ratio'
          : null,
      latestNoticeDate: required ? latestNotice(ctx) : null,
    };
  },
});
