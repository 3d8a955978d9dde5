import { z } from 'zod';
import { monthClaimKeys } from '../../../engine/constraints.ts';
import { addMonths } from '../../../engine/dates.ts';
import { field } from '../../../engine/facts.ts';
import { roundFen } from '../../../engine/money.ts';
import { loadParameters, mergeParameters } from '../../../engine/parameters.ts';
import {
  birthDateField,
  genderField,
  hukouTypeField,
  localHukouField,
  retirementCategoryField,
} from '../../../engine/person-fields.ts';
import { definePolicy, type RuleContext } from '../../../engine/policy.ts';
import { isoDate } from '../../../engine/schema.ts';
import { classify4050 } from '../../../national/classify.ts';
import { monthsToRetirement, statutoryRetirement } from '../../../national/retirement.ts';
import { documentRef } from '../../documents.ts';
import {
  claimedMonths,
  monthCount,
  STANDARD_PARAMETERS,
  standardFor,
} from '../flexible-employment/standard.ts';

const POLICY_ID = 'county-city.employment-assistance';

export const inputSchema = z
  .object({
    person: z
      .object({
        gender: genderField,
        birthDate: birthDateField,
        retirementCategory: retirementCategoryField,
        /** 本市户籍 */
        localHukou: localHukouField,
        hukouType: hukouTypeField,
      })
      .meta(field('申请人')),
    /** last day of the unemployment-benefit period (失业保险金领取期满) */
    benefitEndedOn: isoDate().meta(field('失业保险金领取期满日期', { fact: 'person.benefitEndedOn' })),
    /** 重新就业 since the benefit ended: an open employment registration on the decision date */
    reEmployed: z.boolean().meta(field('已重新就业', { fact: 'person.employed' })),
    /** paying social insurance for the claimed months */
    insurancePaid: z.boolean().meta(field('申领月份已缴纳社会保险费')),
    /** 因经济困难未能继续缴纳社会保险费 */
    economicHardship: z.boolean().meta(field('因经济困难未能继续缴纳社会保险费')),
    period: claimedMonths(),
  })
  .refine((v) => v.period.fromMonth <= v.period.toMonth, {
    error: '起始月份不能晚于终止月份',
    path: ['period'],
  });
export type Input = z.output<typeof inputSchema>;
type Ctx = RuleContext<Input>;
type Scheme = 'over_4050' | 'near_retirement';

const firstDay = (ym: string) => `${ym}-01`;
const retirementMonth = (ctx: Ctx) =>
  statutoryRetirement(ctx.input.person.birthDate, ctx.input.person.retirementCategory).retirementMonth;

const nearRetirement = (ctx: Ctx) => {
  const months = monthsToRetirement(
    ctx.input.person.birthDate,
    ctx.input.person.retirementCategory,
    ctx.input.benefitEndedOn,
  );
  ctx.note('领取期满时距法定退休月数', months);
  return months < ctx.param('retirement_distance_months').toNumber();
};
const waitOver = (ctx: Ctx) =>
  addMonths(ctx.input.benefitEndedOn, ctx.param('wait_months').toNumber()) <=
  firstDay(ctx.input.period.fromMonth);
const is4050 = (ctx: Ctx) =>
  classify4050(ctx.input.person.gender, ctx.input.person.birthDate, firstDay(ctx.input.period.fromMonth));

const scheme = (ctx: Ctx): Scheme | null => {
  if (nearRetirement(ctx)) return 'near_retirement';
  if (is4050(ctx).is4050 && waitOver(ctx) && ctx.input.economicHardship) return 'over_4050';
  return null;
};
const ratio = (ctx: Ctx) => {
  const base = ctx.param('assistance_ratio', scheme(ctx)!);
  return ctx.input.person.hukouType === 'rural' ? base.times(ctx.param('rural_ratio')) : base;
};
const amounts = (ctx: Ctx) => {
  const s = standardFor(ctx, ctx.input.period.fromMonth, ctx.input.period.toMonth);
  const r = ratio(ctx);
  return { pension: roundFen(s.pension.times(r)), medical: roundFen(s.medical.times(r)) };
};

export const policy = definePolicy({
  id: POLICY_ID,
  name: '就业援助补贴',
  jurisdiction: { code: 'county-city', name: '县级市' },
  document: documentRef('county-city.employment-promotion'),
  validity: { from: '2009-01-01', to: null, clause: '三(三)5' },
  paysMoney: true,
  applicantKinds: ['person'],
  materials: [
    {
      applicant: 'person',
      label: '就业援助补贴申请',
      clause: '三(三)5',
      items: [
        '户口簿',
        '失业保险金领取期满证明',
        '未重新就业的证明（失业登记）',
        '经济困难情况证明（“4050”人员）',
      ],
    },
  ],
  timeLimits: [],
  notes: [
    '两种情形：城镇“4050”失业人员领取失业保险金期满12个月以上（含本数，按申领起始月第一天计）、未重新就业、因经济困难未缴费的，按灵活就业社保补贴标准80%；领取期满时距法定退休月份不足24个月、未重新就业且未缴费的，按100%至法定退休月份的前一个月。同时符合的按100%。',
    '农村户籍相同人员按城镇标准的60%，即80%×60%=48%或100%×60%=60%。',
    '灵活就业社保补贴标准为上年度本市平均工资×(6%养老+5%医疗)每年，按月数/12计算，养老、医疗分别四舍五入到分。',
    '80%的情形原文未规定期限，按月申领，至法定退休月份前一个月为止。',
  ],
  input: inputSchema,
  parameters: mergeParameters(
    loadParameters(new URL('./parameters.yaml', import.meta.url)),
    loadParameters(new URL('../flexible-employment/parameters.yaml', import.meta.url)),
  ),
  usesParameters: [
    ...STANDARD_PARAMETERS,
    'assistance_ratio',
    'rural_ratio',
    'wait_months',
    'retirement_distance_months',
  ],
  parameterDate: (input) => firstDay(input.period.fromMonth),
  conditions: [
    {
      id: 'local_hukou',
      clause: '三(三)5',
      label: '本市户籍',
      pass: '属于本市户籍人员',
      fail: '不是本市户籍人员',
      test: (ctx) => ctx.input.person.localHukou,
    },
    {
      id: 'not_reemployed',
      clause: '三(三)5',
      label: '未能重新就业',
      pass: '失业保险金领取期满后未能重新就业',
      fail: '已重新就业',
      test: (ctx) => !ctx.input.reEmployed,
    },
    {
      id: 'no_insurance_paid',
      clause: '三(三)5',
      label: '未缴纳社会保险费',
      pass: '申领期间未缴纳社会保险费',
      fail: '申领期间已缴纳社会保险费，可按灵活就业社会保险补贴申请',
      test: (ctx) => !ctx.input.insurancePaid,
    },
    {
      id: 'eligible_scheme',
      clause: '三(三)5',
      label: '补贴情形',
      pass: '属于就业援助补贴情形',
      fail: '不属于就业援助补贴情形',
      test: (ctx) => {
        const s = scheme(ctx);
        if (s === 'near_retirement')
          return { ok: true, detail: '失业保险金领取期满时距法定退休年龄不足2年，按100%享受至法定退休年龄' };
        if (s === 'over_4050')
          return { ok: true, detail: `${is4050(ctx).reason}，领取期满12个月以上，因经济困难未能缴费，按80%` };
        const missing = [
          ...(is4050(ctx).is4050 ? [] : [is4050(ctx).reason]),
          ...(waitOver(ctx)
            ? []
            : [
                `失业保险金${ctx.input.benefitEndedOn}期满，${addMonths(ctx.input.benefitEndedOn, ctx.param('wait_months').toNumber())}方满12个月`,
              ]),
          ...(ctx.input.economicHardship ? [] : ['非因经济困难未缴费']),
        ];
        return { ok: false, detail: `领取期满时距法定退休年龄2年以上，且${missing.join('；')}` };
      },
    },
    {
      id: 'before_retirement',
      clause: '三(三)5',
      label: '法定退休年龄前',
      pass: '申领月份在法定退休月份之前',
      fail: '申领月份已到法定退休年龄',
      test: (ctx) => {
        const r = retirementMonth(ctx);
        return ctx.input.period.toMonth < r ? true : { ok: false, detail: `${r}到达法定退休年龄` };
      },
    },
  ],
  checks: [
    {
      id: 'hardship_and_unemployment_proof',
      clause: '三(三)5',
      label: '未重新就业、未缴费及经济困难情况经核实',
    },
  ],
  claimKeys: (input) => monthClaimKeys(input.period.fromMonth, input.period.toMonth),
  amounts: [
    {
      id: 'pension_subsidy',
      label: '就业援助补贴（养老部分）',
      kind: 'part',
      compute: (ctx) => amounts(ctx).pension,
    },
    {
      id: 'medical_subsidy',
      label: '就业援助补贴（医疗部分）',
      kind: 'part',
      compute: (ctx) => amounts(ctx).medical,
    },
    {
      id: 'total',
      label: '就业援助补贴合计',
      kind: 'payable',
      compute: (ctx) => {
        const a = amounts(ctx);
        return a.pension.plus(a.medical);
      },
    },
  ],
  outputs: (ctx) => ({
    scheme: scheme(ctx),
    ratio: ratio(ctx).toString(),
    months: monthCount(ctx.input.period.fromMonth, ctx.input.period.toMonth),
    retirementMonth: retirementMonth(ctx),
  }),
});
