import { z } from 'zod';
import { monthClaimKeys } from '../../../engine/constraints.ts';
import { field } from '../../../engine/facts.ts';
import { dec, roundFen } from '../../../engine/money.ts';
import { loadParameters } from '../../../engine/parameters.ts';
import {
  birthDateField,
  difficultyPersonField,
  genderField,
  retirementCategoryField,
} from '../../../engine/person-fields.ts';
import { definePolicy, type RuleContext } from '../../../engine/policy.ts';
import { yuanString } from '../../../engine/schema.ts';
import { classify4050 } from '../../../national/classify.ts';
import { monthsToRetirement, statutoryRetirement } from '../../../national/retirement.ts';
import { documentRef } from '../../documents.ts';
import {
  claimedMonths,
  monthCount,
  monthFromIndex,
  monthIndex,
  STANDARD_PARAMETERS,
  standardFor,
  yearMonth,
} from './standard.ts';

const POLICY_ID = 'county-city.flexible-employment';

export const personSchema = z
  .object({
    gender: genderField,
    birthDate: birthDateField,
    /** statutory retirement category (national/retirement.ts) */
    retirementCategory: retirementCategoryField,
    difficultyPerson: difficultyPersonField,
  })
  .meta(field('申请人'));

export const inputSchema = z
  .object({
    person: personSchema,
    employment: z
      .object({
        /** self_employed 个体经营, flexible 以灵活就业方式实现就业 */
        mode: z.enum(['self_employed', 'flexible']).meta(
          field('就业方式', {
            enumLabels: { self_employed: '从事个体经营', flexible: '以灵活就业方式实现就业' },
          }),
        ),
        monthlyIncome: yuanString().meta(field('月收入（元）')),
        /** 缴纳社会保险费 for the months claimed */
        insurancePaid: z.boolean().meta(field('申领月份已缴纳社会保险费')),
      })
      .meta(field('就业情况')),
    /** first month of the continuous entitlement (the first month ever subsidised) */
    entitlementStartMonth: yearMonth().meta(field('连续享受社会保险补贴的起始月份')),
    /** months claimed, inclusive */
    period: claimedMonths(),
    /** 仍未实现稳定就业且家庭有特殊困难 (only matters for entitlements ending in 2009) */
    hardshipNotStablyEmployed: z
      .boolean()
      .default(false)
      .meta(field('享受期满仍未实现稳定就业且家庭有特殊困难（2009年内期满的）')),
  })
  .refine((v) => v.period.fromMonth <= v.period.toMonth, {
    error: '起始月份不能晚于终止月份',
    path: ['period'],
  })
  .refine((v) => v.entitlementStartMonth <= v.period.fromMonth, {
    error: '享受起始月份不能晚于本次申领起始月份',
    path: ['entitlementStartMonth'],
  });
export type Input = z.output<typeof inputSchema>;
type Ctx = RuleContext<Input>;

const firstDay = (ym: string) => `${ym}-01`;
const is4050 = (ctx: Ctx) =>
  classify4050(ctx.input.person.gender, ctx.input.person.birthDate, firstDay(ctx.input.period.fromMonth));

interface Window {
  /** last month of the normal 36 months */
  normalEnd: string;
  /** last month that may be subsidised */
  end: string;
  reason: 'normal' | 'near_retirement' | 'hardship_2009';
  retirementMonth: string;
}

/** The months the entitlement may cover: 36 months, to retirement if near it at expiry, +12 for 2009 hardship. */
const entitlementWindow = (ctx: Ctx): Window => {
  const { person, entitlementStartMonth } = ctx.input;
  const start = monthIndex(entitlementStartMonth);
  const normalEndIndex = start + ctx.param('max_months').toNumber() - 1;
  const normalEnd = monthFromIndex(normalEndIndex);
  const expiry = firstDay(monthFromIndex(normalEndIndex + 1));
  const retirementMonth = statutoryRetirement(person.birthDate, person.retirementCategory).retirementMonth;
  const toRetirement = monthsToRetirement(person.birthDate, person.retirementCategory, expiry);
  ctx.note('期满时距法定退休月数', toRetirement);
  if (toRetirement < ctx.param('near_retirement_months').toNumber()) {
    return {
      normalEnd,
      end: monthFromIndex(monthIndex(retirementMonth) - 1),
      reason: 'near_retirement',
      retirementMonth,
    };
  }
  const inHardshipYear =
    firstDay(normalEnd) >= ctx.paramDateValue('hardship_extension_expiry_from') &&
    firstDay(normalEnd) <= ctx.paramDateValue('hardship_extension_expiry_to');
  if (inHardshipYear && ctx.input.hardshipNotStablyEmployed) {
    const end = monthFromIndex(normalEndIndex + ctx.param('hardship_extension_months').toNumber());
    return { normalEnd, end, reason: 'hardship_2009', retirementMonth };
  }
  return { normalEnd, end: normalEnd, reason: 'normal', retirementMonth };
};

const amounts = (ctx: Ctx) => {
  const s = standardFor(ctx, ctx.input.period.fromMonth, ctx.input.period.toMonth);
  return { pension: roundFen(s.pension), medical: roundFen(s.medical) };
};

export const policy = definePolicy({
  id: POLICY_ID,
  name: '“4050”就业困难人员灵活就业社会保险补贴',
  jurisdiction: { code: 'county-city', name: '县级市' },
  document: documentRef('county-city.employment-promotion'),
  validity: { from: '2009-01-01', to: null, clause: '三(三)4' },
  paysMoney: true,
  applicantKinds: ['person'],
  materials: [
    {
      applicant: 'person',
      label: '灵活就业社会保险补贴申报（向户籍所在镇乡、街道劳动保障机构或社区就业服务站）',
      clause: '三(三)4',
      items: [
        '《就业失业登记证》（注明就业困难人员）',
        '个体经营营业执照或灵活就业证明',
        '月收入证明',
        '社会保险费缴费凭证',
      ],
    },
  ],
  timeLimits: [],
  notes: [
    '对象：“4050”就业困难人员从事个体经营或灵活就业，以及其他就业困难人员从事个体经营；“4050”按本次申领起始月第一天的年龄判断。',
    '补贴为上年度本市平均工资的11%（养老6%、医疗5%）每年，按申领月数/12计算；跨年度的按各年度月数分别适用该年度公布的上年度平均工资。养老、医疗分别四舍五入到分，合计为两者之和。',
    '连续享受36个月；第36个月后的次月距法定退休月份不足24个月的，可继续享受至法定退休月份的前一个月（法定退休年龄按2025年渐进式延迟退休办法计算）。',
    '2009年内期满、仍未实现稳定就业且家庭有特殊困难的，可再延长12个月。',
    '月收入“达到”最低工资标准含本数。',
  ],
  input: inputSchema,
  parameters: loadParameters(new URL('./parameters.yaml', import.meta.url)),
  usesParameters: [
    ...STANDARD_PARAMETERS,
    'minimum_monthly_wage',
    'max_months',
    'near_retirement_months',
    'hardship_extension_months',
    'hardship_extension_expiry_from',
    'hardship_extension_expiry_to',
  ],
  parameterDate: (input) => firstDay(input.period.fromMonth),
  conditions: [
    {
      id: 'eligible_person',
      clause: '三(三)4',
      label: '补贴对象',
      pass: '属于从事个体经营或灵活就业的“4050”就业困难人员，或从事个体经营的其他就业困难人员',
      fail: '不属于灵活就业社会保险补贴对象',
      test: (ctx) => {
        const c = is4050(ctx);
        if (!ctx.input.person.difficultyPerson) return { ok: false, detail: '不是就业困难人员' };
        if (c.is4050 || ctx.input.employment.mode === 'self_employed') return { ok: true, detail: c.reason };
        return { ok: false, detail: `${c.reason}；非“4050”的就业困难人员限从事个体经营` };
      },
    },
    {
      id: 'income_minimum_wage',
      clause: '三(三)4',
      label: '月收入达到最低工资标准',
      pass: '月收入达到本市企业最低工资标准',
      fail: '月收入未达到本市企业最低工资标准',
      test: (ctx) => {
        const income = dec(ctx.input.employment.monthlyIncome);
        const minimum = ctx.param('minimum_monthly_wage');
        return income.gte(minimum)
          ? true
          : { ok: false, detail: `月收入${income.toFixed(2)}元，最低工资标准${minimum.toFixed(2)}元` };
      },
    },
    {
      id: 'insurance_paid',
      clause: '三(三)4',
      label: '缴纳社会保险费',
      pass: '已缴纳社会保险费',
      fail: '未缴纳社会保险费',
      test: (ctx) => ctx.input.employment.insurancePaid,
    },
    {
      id: 'within_entitlement',
      clause: '三(三)4',
      label: '享受期限',
      pass: '申领月份在享受期限内',
      fail: '申领月份超出享受期限',
      test: (ctx) => {
        const w = entitlementWindow(ctx);
        const { toMonth } = ctx.input.period;
        const detail = `享受期限${ctx.input.entitlementStartMonth}至${w.end}${
          {
            normal: '',
            near_retirement: '（期满时距法定退休年龄不足2年，继续享受至退休）',
            hardship_2009: '（2009年内期满且家庭有特殊困难，延长1年）',
          }[w.reason]
        }`;
        return { ok: toMonth <= w.end, detail: toMonth <= w.end ? detail : `${detail}，申领至${toMonth}` };
      },
    },
  ],
  checks: [
    { id: 'income_and_insurance_proof', clause: '三(三)4', label: '月收入证明和社会保险费缴费凭证经核实' },
  ],
  claimKeys: (input) => monthClaimKeys(input.period.fromMonth, input.period.toMonth),
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
  outputs: (ctx) => {
    const w = entitlementWindow(ctx);
    return {
      months: monthCount(ctx.input.period.fromMonth, ctx.input.period.toMonth),
      entitlementEndMonth: w.end,
      extension: w.reason,
      retirementMonth: w.retirementMonth,
    };
  },
});
