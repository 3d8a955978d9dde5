import { z } from 'zod';
import { addMonths } from '../../../engine/dates.ts';
import { field } from '../../../engine/facts.ts';
import { D, type Dec, roundFen } from '../../../engine/money.ts';
import { loadParameters } from '../../../engine/parameters.ts';
import { birthDateField, genderField, localHukouField } from '../../../engine/person-fields.ts';
import { definePolicy, type RuleContext } from '../../../engine/policy.ts';
import { isoDate } from '../../../engine/schema.ts';
import { parseResidentId } from '../../../national/resident-id.ts';
import {
  hasReachedRetirementAge,
  type RetirementCategory,
  statutoryRetirement,
} from '../../../national/retirement.ts';
import { documentRef } from '../../documents.ts';

const POLICY_ID = 'qingdao.over-age-fixed-workers';
/** The notice fixes every value at its issue date, so parameters are always read on that date. */
const NOTICE_DATE = '2024-06-30';

export const inputSchema = z.object({
  person: z
    .object({
      /** the ID number gives birth date and gender… */
      idNumber: z
        .string()
        .max(18)
        .refine((v) => parseResidentId(v).ok, { error: '公民身份号码无效' })
        .optional()
        .meta(field('公民身份号码')),
      /** …or the registry's own birth date and gender, so a case need not freeze the full ID number */
      birthDate: birthDateField.optional(),
      gender: genderField.optional(),
      localHukou: localHukouField,
      /** 市区 or one of the five county-level cities with their own medical back-payment rate */
      area: z.enum(['city_districts', 'jiaonan', 'jiaozhou', 'jimo', 'pingdu', 'laixi']).meta(
        field('户籍所在区（市）', {
          description: '胶南市、胶州市、即墨市、平度市、莱西市按各市规定比例补缴医疗保险费',
          enumLabels: {
            city_districts: '市区',
            jiaonan: '胶南市',
            jiaozhou: '胶州市',
            jimo: '即墨市',
            pingdu: '平度市',
            laixi: '莱西市',
          },
        }),
      ),
      /**
       * women: 原法定退休年龄 50 (worker, default for 固定工) or 55 (cadre). No fact: the registry
       * holds no 干部/工人 distinction (the officer declares it from the file).
       */
      femaleRetirementCategory: z
        .enum(['female_worker', 'female_cadre'])
        .default('female_worker')
        .meta(
          field('女性原法定退休年龄', {
            enumLabels: { female_worker: '女工人（50周岁）', female_cadre: '女干部（55周岁）' },
          }),
        ),
    })
    .refine((p) => p.idNumber !== undefined || (p.birthDate !== undefined && p.gender !== undefined), {
      error: '须提供公民身份号码，或出生日期和性别',
    })
    .meta(field('申请人')),
  formerEmployer: z
    .object({
      ownership: z.enum(['state', 'collective_county_or_above', 'collective_below_county', 'other']).meta(
        field('原单位性质', {
          enumLabels: {
            state: '国有企业',
            collective_county_or_above: '县以上集体企业',
            collective_below_county: '县以下集体企业',
            other: '其他单位',
          },
        }),
      ),
      /** 通过劳动部门办理了正式就业手续 */
      formalEmployment: z.boolean().meta(field('通过劳动部门办理了正式就业手续')),
    })
    .meta(field('原用人单位')),
  leftEmployerOn: isoDate().meta(field('离开原用人单位日期')),
  /** confirmed continuous service in whole years, military service included (视同工龄) */
  continuousServiceYears: z.number().int().min(0).max(60).meta(field('连续工龄（年，含军龄等视同工龄）')),
  insuredSinceLeaving: z.boolean().meta(field('离开原单位后参加过基本养老或基本医疗保险')),
  receivingPension: z.boolean().meta(field('已享受定期基本养老待遇')),
  /** date the written application reached the street centre; defaults to the evaluation date */
  appliedOn: isoDate()
    .optional()
    .meta(field('申请日期', { fact: 'case.appliedOn' })),
});
export type Input = z.output<typeof inputSchema>;
type Ctx = RuleContext<Input>;

const person = (ctx: Ctx) => {
  const { idNumber, birthDate, gender, femaleRetirementCategory } = ctx.input.person;
  const id = idNumber === undefined ? undefined : parseResidentId(idNumber);
  if (id && !id.ok) throw new Error('unreachable: validated by the input schema');
  const born = id
    ? { birthDate: id.birthDate, gender: id.gender }
    : { birthDate: birthDate!, gender: gender! };
  const category: RetirementCategory = born.gender === 'male' ? 'male' : femaleRetirementCategory;
  return { ...born, category };
};

const wage = (ctx: Ctx) => ctx.param('city_average_wage');
const monthlyWage = (ctx: Ctx) => wage(ctx).div(12);
const pensionBase = (ctx: Ctx) => wage(ctx).times(ctx.param('pension_base_ratio'));
const personalAccount = (ctx: Ctx): Dec =>
  roundFen(
    pensionBase(ctx).times(ctx.param('personal_account_rate')).times(ctx.param('pension_backpay_years')),
  );
const medicalMissingYears = (ctx: Ctx): number => {
  const required = ctx.param('medical_required_years', person(ctx).gender).toNumber();
  return Math.max(0, required - ctx.input.continuousServiceYears);
};
const monthlyComponents = (ctx: Ctx) => {
  const basic = roundFen(monthlyWage(ctx).times(ctx.param('basic_pension_rate')));
  const transitional = roundFen(
    monthlyWage(ctx)
      .times(ctx.param('transitional_base_ratio'))
      .times(ctx.param('transitional_accrual_rate'))
      .times(ctx.input.continuousServiceYears),
  );
  const account = roundFen(personalAccount(ctx).div(ctx.param('personal_account_divisor')));
  return { basic, transitional, account };
};

export const policy = definePolicy({
  id: POLICY_ID,
  name: '青岛市超龄固定工补缴社会保险及养老待遇',
  jurisdiction: { code: 'qingdao', name: '青岛市' },
  document: documentRef('qingdao.over-age-fixed-workers'),
  validity: { from: NOTICE_DATE, to: '2025-06-29', clause: '第四条（本通知自发布之日起实施，有效期一年）' },
  // The bureau disburses nothing here: the person pays the back-payment (补缴), and the pension is
  // paid monthly by the insurance fund, not through a one-off finance plan. Approval ends the case
  // workflow; the back-payment bill and its payment follow on the case (server over-age module).
  paysMoney: false,
  applicantKinds: ['person'],
  materials: [
    {
      applicant: 'person',
      label: '向户籍所在地街道劳动保障中心提出书面申请',
      clause: '第四条第（一）项',
      items: [
        '《超龄固定工补缴基本养老保险费和基本医疗保险费申请表》（附件1）',
        '本人身份证原件、复印件',
        '户口簿原件、复印件',
      ],
    },
    {
      applicant: 'person',
      label: '街道劳动保障中心报市劳动保险经办机构确认工龄',
      clause: '第四条第（二）项',
      items: ['本人身份证和户口簿原件、复印件', '个人申请', '档案等相关材料'],
    },
    {
      applicant: 'person',
      label: '到区（市）劳动保险经办机构办理缴费和待遇审查',
      clause: '第四条第（三）项',
      items: ['书面申请', '身份证', '代发银行存折', '《原国有、集体企业固定工享受养老待遇审查表》（附件2）'],
    },
  ],
  timeLimits: [
    {
      id: 'monthly_cutoff',
      label: '每月15日前提出书面申请',
      unit: 'day_of_month',
      amount: 15,
      from: '申请提交之日',
      clause: '第四条第（一）项',
      holidayPostponement: false,
      consequence: '15日后提交的申请转入下月办理',
    },
  ],
  notes: [
    '通知下发日期理解为2024-06-30（文号年度与“2024年在岗职工平均工资”一致，月日取落款），有效期一年至2025-06-29。',
    '个人账户 = 缴费基数 × 8% × 4年（等同月基数 × 8% × 48个月），一次取整到分。',
    '月养老金三部分各自取整到分后相加；个人账户养老金按取整后的个人账户储存额计算。',
    '养老待遇从通知下发之月起发放；申请时在通知下发后才达到退休年龄的，从达到退休年龄之月起发放。',
    '女性固定工默认按原法定退休年龄50周岁（工人），干部身份由经办员选择55周岁。',
    '胶南、胶州、即墨、平度、莱西五市医疗补缴比例为占位值，须由管理员按各市规定设置。',
  ],
  input: inputSchema,
  parameters: loadParameters(new URL('./parameters.yaml', import.meta.url)),
  usesParameters: [
    'notice_date',
    'city_average_wage',
    'departure_cutoff_date',
    'min_service_years',
    'pension_base_ratio',
    'pension_contribution_rate',
    'pension_backpay_years',
    'personal_account_rate',
    'medical_required_years',
    'medical_backpay_rate',
    'basic_pension_rate',
    'transitional_base_ratio',
    'transitional_accrual_rate',
    'personal_account_divisor',
    'application_cutoff_day',
  ],
  parameterDate: () => NOTICE_DATE,
  conditions: [
    {
      id: 'local_hukou',
      clause: '第一条第（一）项',
      label: '本市户籍',
      pass: '具有本市户籍',
      fail: '不具有本市户籍',
      test: (ctx) => ctx.input.person.localHukou,
    },
    {
      id: 'state_or_collective_employment',
      clause: '第一条第（二）项',
      label: '原国有、县以上集体企业正式职工',
      pass: '在本市国有、县以上集体企业工作过并通过劳动部门办理了正式就业手续',
      fail: '不是在本市国有、县以上集体企业通过劳动部门办理正式就业手续的职工',
      test: (ctx) => {
        const { ownership, formalEmployment } = ctx.input.formerEmployer;
        if (ownership !== 'state' && ownership !== 'collective_county_or_above') {
          return { ok: false, detail: '原单位不是国有或县以上集体企业' };
        }
        return formalEmployment ? true : { ok: false, detail: '未通过劳动部门办理正式就业手续' };
      },
    },
    {
      id: 'left_after_1978',
      clause: '第一条第（三）项',
      label: '离开用人单位时间',
      pass: '在国发〔1978〕104号文件下发后（1978年6月2日）离开用人单位',
      fail: '在国发〔1978〕104号文件下发（1978年6月2日）前离开用人单位',
      test: (ctx) => ctx.input.leftEmployerOn >= ctx.paramDateValue('departure_cutoff_date'),
    },
    {
      id: 'continuous_service',
      clause: '第一条第（四）项',
      label: '连续工龄',
      pass: '符合国家规定的连续工龄满十年以上（含军龄等视同工龄）',
      fail: '连续工龄不满十年',
      test: (ctx) => ctx.param('min_service_years').lte(ctx.input.continuousServiceYears),
    },
    {
      id: 'never_insured',
      clause: '第一条第（五）项',
      label: '离开后未参保',
      pass: '与用人单位解除或终止劳动关系后，一直未参加基本养老和基本医疗保险',
      fail: '离开用人单位后曾参加基本养老或基本医疗保险',
      test: (ctx) => !ctx.input.insuredSinceLeaving,
    },
    {
      id: 'over_retirement_age_no_pension',
      clause: '第一条第（六）项',
      label: '超过退休年龄且未享受养老待遇',
      pass: '本人已超过国家规定退休年龄且未享受定期基本养老待遇',
      fail: '本人未超过国家规定退休年龄，或已享受定期基本养老待遇',
      test: (ctx) => {
        const p = person(ctx);
        const applied = ctx.input.appliedOn ?? ctx.on;
        const r = statutoryRetirement(p.birthDate, p.category);
        ctx.note('法定退休时间', r.description);
        if (!hasReachedRetirementAge(p.birthDate, p.category, applied)) {
          return { ok: false, detail: `${r.description}，申请时（${applied}）尚未达到` };
        }
        return ctx.input.receivingPension ? { ok: false, detail: '已享受定期基本养老待遇' } : true;
      },
    },
  ],
  checks: [
    {
      id: 'materials',
      clause: '第四条第（一）项',
      label:
        '书面申请表、本人身份证和户口簿原件及复印件齐全（不齐全的一次性告知补正并打印《一次性补正材料告知书》）',
    },
    {
      id: 'service_years_confirmed',
      clause: '第四条第（二）项',
      label: '市劳动保险经办机构已根据档案确认连续工龄并存入电子档案',
    },
  ],
  amounts: [
    {
      id: 'pension_backpay',
      label: '一次性补缴基本养老保险费（4年）',
      kind: 'payable',
      clause: '第二条第（一）项',
      compute: (ctx) =>
        pensionBase(ctx)
          .times(ctx.param('pension_contribution_rate'))
          .times(ctx.param('pension_backpay_years')),
    },
    {
      id: 'pension_personal_account',
      label: '其中记入个人账户',
      kind: 'part',
      clause: '第二条第（一）项',
      compute: personalAccount,
    },
    {
      id: 'medical_backpay',
      label: '一次性补缴基本医疗保险费',
      kind: 'payable',
      clause: '第二条第（二）项',
      compute: (ctx) => {
        const missing = medicalMissingYears(ctx);
        ctx.note('医疗保险差额年限', missing);
        return missing === 0
          ? new D(0)
          : wage(ctx).times(ctx.param('medical_backpay_rate', ctx.input.person.area)).times(missing);
      },
    },
    {
      id: 'monthly_basic_pension',
      label: '基础养老金（月）',
      kind: 'figure',
      clause: '第三条第（一）项第1目',
      compute: (ctx) => monthlyComponents(ctx).basic,
    },
    {
      id: 'monthly_transitional_pension',
      label: '过渡性养老金（月）',
      kind: 'figure',
      clause: '第三条第（一）项第2目',
      compute: (ctx) => monthlyComponents(ctx).transitional,
    },
    {
      id: 'monthly_account_pension',
      label: '个人账户养老金（月）',
      kind: 'figure',
      clause: '第三条第（一）项第3目',
      compute: (ctx) => monthlyComponents(ctx).account,
    },
    {
      id: 'monthly_pension',
      label: '基本养老金合计（月）',
      kind: 'figure',
      clause: '第三条第（一）项',
      compute: (ctx) => {
        const { basic, transitional, account } = monthlyComponents(ctx);
        return basic.plus(transitional).plus(account);
      },
    },
  ],
  outputs: (ctx) => {
    const p = person(ctx);
    const noticeMonth = ctx.paramDateValue('notice_date').slice(0, 7);
    const retirementMonth = statutoryRetirement(p.birthDate, p.category).retirementMonth;
    const applied = ctx.input.appliedOn ?? ctx.on;
    const cutoff = ctx.param('application_cutoff_day').toNumber();
    const processingMonth =
      Number(applied.slice(8, 10)) <= cutoff ? applied.slice(0, 7) : addMonths(applied, 1).slice(0, 7);
    // YYYY-MM strings sort chronologically.
    const startMonth = [retirementMonth, noticeMonth].sort()[1]!;
    return {
      pensionStartMonth: startMonth,
      medicalBenefitsFromMonth: startMonth,
      retirementMonth,
      medicalMissingYears: medicalMissingYears(ctx),
      processingMonth,
      medicalAccountCredited: false,
    };
  },
});
