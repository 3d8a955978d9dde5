import { z } from 'zod';
import { monthClaimKeys } from '../../../engine/constraints.ts';
import { monthOf } from '../../../engine/dates.ts';
import { field } from '../../../engine/facts.ts';
import { D, roundFen } from '../../../engine/money.ts';
import { loadParameters, mergeParameters } from '../../../engine/parameters.ts';
import { birthDateField, difficultyPersonField, genderField } from '../../../engine/person-fields.ts';
import { definePolicy, type RuleContext } from '../../../engine/policy.ts';
import { classify4050 } from '../../../national/classify.ts';
import { documentRef } from '../../documents.ts';
import {
  CONTRIBUTION_PARAMETERS,
  contractAtLeast,
  contractSchema,
  employerContributions,
} from '../employer-hiring/contributions.ts';
import {
  claimedMonths,
  monthCount,
  monthFromIndex,
  monthIndex,
  yearMonth,
} from '../flexible-employment/standard.ts';

const POLICY_ID = 'county-city.public-welfare-post';

export const inputSchema = z
  .object({
    employer: z
      .object({
        /** public_welfare 政府投资开发的公益性岗位, institution_odd_job 机关、事业单位勤杂岗位（含社区就业援助岗位） */
        kind: z.enum(['public_welfare', 'institution_odd_job', 'other']).meta(
          field('岗位类别', {
            enumLabels: {
              public_welfare: '政府投资开发的公益性岗位',
              institution_odd_job: '机关、事业单位勤杂岗位（含社区从事就业援助岗位）',
              other: '其他岗位',
            },
          }),
        ),
      })
      .meta(field('用人单位')),
    /** the person placed; a difficulty person when placed (see difficultyPersonField) */
    person: z
      .object({
        difficultyPerson: difficultyPersonField,
        gender: genderField,
        birthDate: birthDateField,
      })
      .meta(field('安排人员')),
    contract: contractSchema,
    /** the employer paid social insurance for the months claimed */
    insurancePaid: z.boolean().meta(field('申领月份已缴纳社会保险费')),
    /** first subsidised month of continuous employment on public-welfare posts (defaults to the contract's start month) */
    continuousSinceMonth: yearMonth()
      .nullish()
      .meta(field('在公益性岗位连续就业的首个补贴月份（不填为合同起始月份）')),
    period: claimedMonths(),
  })
  .refine((v) => v.period.fromMonth <= v.period.toMonth, {
    error: '起始月份不能晚于终止月份',
    path: ['period'],
  });
export type Input = z.output<typeof inputSchema>;
type Ctx = RuleContext<Input>;

const since = (ctx: Ctx) => ctx.input.continuousSinceMonth ?? monthOf(ctx.input.contract.startOn);
const generalEnd = (ctx: Ctx) =>
  monthFromIndex(monthIndex(since(ctx)) + ctx.param('general_max_months').toNumber() - 1);
const beyondGeneral = (ctx: Ctx) => ctx.input.period.toMonth > generalEnd(ctx);
const is4050 = (ctx: Ctx) =>
  classify4050(ctx.input.person.gender, ctx.input.person.birthDate, `${ctx.input.period.fromMonth}-01`);

const amounts = (ctx: Ctx) => {
  const { fromMonth, toMonth } = ctx.input.period;
  const c = employerContributions(ctx, fromMonth, toMonth);
  let post = new D(0);
  for (let i = monthIndex(fromMonth); i <= monthIndex(toMonth); i += 1) {
    post = post.plus(
      ctx.paramOn('minimum_monthly_wage', `${monthFromIndex(i)}-01`).times(ctx.param('post_subsidy_rate')),
    );
  }
  return {
    pension: roundFen(c.pension),
    medical: roundFen(c.medical),
    unemployment: roundFen(c.unemployment),
    post: roundFen(post),
  };
};

export const policy = definePolicy({
  id: POLICY_ID,
  name: '公益性岗位安排就业困难人员社会保险补贴和岗位补贴',
  jurisdiction: { code: 'county-city', name: '县级市' },
  document: documentRef('county-city.employment-promotion'),
  validity: { from: '2009-01-01', to: null, clause: '三(三)2' },
  paysMoney: true,
  applicantKinds: ['employer'],
  materials: [
    {
      applicant: 'employer',
      label: '公益性岗位补贴申请（按实际招用人数）',
      clause: '三(三)2',
      items: [
        '公益性岗位（勤杂岗位）认定文件',
        '安置就业困难人员花名册',
        '劳动合同',
        '社会保险费缴费凭证',
        '工资发放记录',
      ],
    },
  ],
  timeLimits: [],
  notes: [
    '社会保险补贴按单位应缴基本养老、基本医疗和失业保险费最低标准之和（每月，管理员设置）计算，个人应缴部分由个人承担；岗位补贴按当月有效的本市企业最低月工资标准的50%。',
    '补贴期限一般为自连续在公益性岗位就业的首个补贴月份起36个月；超过的，“4050”人员须经审核同意延长（“可适当延长”为裁量事项，不自动给予），其他人员不再补贴。',
    '补贴月份须在劳动合同期限内；“1年以上期限”为至少满1年的固定期限或无固定期限合同。',
  ],
  input: inputSchema,
  parameters: mergeParameters(
    loadParameters(new URL('./parameters.yaml', import.meta.url)),
    loadParameters(new URL('../employer-hiring/parameters.yaml', import.meta.url)),
    loadParameters(new URL('../flexible-employment/parameters.yaml', import.meta.url)),
  ),
  usesParameters: [
    ...CONTRIBUTION_PARAMETERS,
    'minimum_monthly_wage',
    'post_subsidy_rate',
    'general_max_months',
  ],
  parameterDate: (input) => `${input.period.fromMonth}-01`,
  conditions: [
    {
      id: 'eligible_post',
      clause: '三(三)2',
      label: '公益性岗位',
      pass: '属于政府投资开发的公益性岗位或机关、事业单位勤杂岗位',
      fail: '不属于公益性岗位或机关、事业单位勤杂岗位（企业招用按三(三)3办理）',
      test: (ctx) => ctx.input.employer.kind !== 'other',
    },
    {
      id: 'difficulty_person',
      clause: '三(三)2',
      label: '安排就业困难人员',
      pass: '安排的人员为就业困难人员',
      fail: '安排的人员不是就业困难人员',
      test: (ctx) => ctx.input.person.difficultyPerson,
    },
    {
      id: 'contract_one_year',
      clause: '三(三)2',
      label: '签订1年以上期限劳动合同',
      pass: '签订1年以上期限劳动合同',
      fail: '劳动合同期限不足1年',
      test: (ctx) => contractAtLeast(ctx, ctx.input.contract),
    },
    {
      id: 'insurance_paid',
      clause: '三(三)2',
      label: '缴纳社会保险费',
      pass: '已缴纳社会保险费',
      fail: '未缴纳社会保险费',
      test: (ctx) => ctx.input.insurancePaid,
    },
    {
      id: 'within_contract',
      clause: '三(三)2',
      label: '在相应期限内',
      pass: '申领月份在劳动合同期限内',
      fail: '申领月份超出劳动合同期限',
      test: (ctx) => {
        const { fromMonth, toMonth } = ctx.input.period;
        const { startOn, endOn } = ctx.input.contract;
        const ok = fromMonth >= monthOf(startOn) && (endOn === null || toMonth <= monthOf(endOn));
        return { ok, detail: `合同${startOn}至${endOn ?? '无固定期限'}，申领${fromMonth}至${toMonth}` };
      },
    },
    {
      id: 'within_three_years',
      clause: '三(三)2',
      label: '补贴期限',
      pass: '申领月份在补贴期限内（一般不超过3年，“4050”人员可经审核延长）',
      fail: '补贴期限已满3年，且不是“4050”人员',
      test: (ctx) => {
        const detail = `自${since(ctx)}起一般补贴至${generalEnd(ctx)}，申领至${ctx.input.period.toMonth}`;
        if (!beyondGeneral(ctx)) return { ok: true, detail };
        const c = is4050(ctx);
        return { ok: c.is4050, detail: `${detail}；${c.reason}` };
      },
    },
  ],
  checks: [
    { id: 'roster_and_receipts', clause: '三(三)2', label: '岗位认定、花名册、劳动合同和缴费凭证经核实' },
    {
      id: 'extension_approved',
      clause: '三(三)2',
      label: '“4050”人员在公益性岗位连续就业超过3年，延长补贴期限经审核同意',
      applies: beyondGeneral,
    },
  ],
  claimKeys: (input) => monthClaimKeys(input.period.fromMonth, input.period.toMonth),
  amounts: [
    {
      id: 'pension_subsidy',
      label: '基本养老保险补贴',
      kind: 'payable',
      compute: (ctx) => amounts(ctx).pension,
    },
    {
      id: 'medical_subsidy',
      label: '基本医疗保险补贴',
      kind: 'payable',
      compute: (ctx) => amounts(ctx).medical,
    },
    {
      id: 'unemployment_subsidy',
      label: '失业保险补贴',
      kind: 'payable',
      compute: (ctx) => amounts(ctx).unemployment,
    },
    { id: 'post_subsidy', label: '岗位补贴', kind: 'payable', compute: (ctx) => amounts(ctx).post },
  ],
  outputs: (ctx) => ({
    months: monthCount(ctx.input.period.fromMonth, ctx.input.period.toMonth),
    generalEndMonth: generalEnd(ctx),
    extension: beyondGeneral(ctx),
  }),
});
