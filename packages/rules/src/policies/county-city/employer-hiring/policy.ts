import { z } from 'zod';
import { monthClaimKeys, oncePerCategory } from '../../../engine/constraints.ts';
import { monthOf } from '../../../engine/dates.ts';
import { field } from '../../../engine/facts.ts';
import { D, roundFen } from '../../../engine/money.ts';
import { loadParameters } from '../../../engine/parameters.ts';
import { difficultyPersonField } from '../../../engine/person-fields.ts';
import { definePolicy, type RuleContext } from '../../../engine/policy.ts';
import { documentRef } from '../../documents.ts';
import { claimedMonths, monthCount, monthFromIndex, monthIndex } from '../flexible-employment/standard.ts';
import {
  CONTRIBUTION_PARAMETERS,
  contractAtLeast,
  contractSchema,
  employerContributions,
} from './contributions.ts';

const POLICY_ID = 'county-city.employer-hiring';

export const inputSchema = z
  .object({
    /** insurance_subsidy 社会保险补贴 (months), new_post_reward 新增就业岗位奖励 (one-time) */
    claim: z.enum(['insurance_subsidy', 'new_post_reward']).meta(
      field('申领项目', {
        enumLabels: { insurance_subsidy: '社会保险补贴', new_post_reward: '新增就业岗位奖励' },
      }),
    ),
    employer: z
      .object({
        /** enterprise 企业; public-welfare posts and institutions are 三(三)2 */
        kind: z.enum(['enterprise', 'public_welfare_or_institution']).meta(
          field('单位类型', {
            enumLabels: {
              enterprise: '企业',
              public_welfare_or_institution: '公益性岗位单位或机关、事业单位',
            },
          }),
        ),
      })
      .meta(field('用人单位')),
    /** the person hired; a difficulty person when hired (see difficultyPersonField) */
    person: z.object({ difficultyPerson: difficultyPersonField }).meta(field('招用人员')),
    contract: contractSchema,
    /** the post is a newly created one (新增就业岗位) */
    newPost: z.boolean().meta(field('新增就业岗位')),
    /** the employer paid social insurance for the person for the months claimed */
    insurancePaid: z.boolean().meta(field('企业已为其缴纳申领月份的社会保险费')),
    /** months claimed (insurance subsidy) */
    period: claimedMonths().nullish(),
  })
  .refine((v) => v.claim !== 'insurance_subsidy' || v.period != null, {
    error: '社会保险补贴须填写申领月份',
    path: ['period'],
  })
  .refine((v) => v.period == null || v.period.fromMonth <= v.period.toMonth, {
    error: '起始月份不能晚于终止月份',
    path: ['period'],
  });
export type Input = z.output<typeof inputSchema>;
type Ctx = RuleContext<Input>;

const isSubsidy = (ctx: Ctx) => ctx.input.claim === 'insurance_subsidy';
/** Last month that may be subsidised: 36 months from the contract's start month, and not after the contract. */
const lastMonth = (ctx: Ctx): string => {
  const byLimit = monthFromIndex(
    monthIndex(monthOf(ctx.input.contract.startOn)) + ctx.param('max_subsidy_months').toNumber() - 1,
  );
  const end = ctx.input.contract.endOn;
  return end !== null && monthOf(end) < byLimit ? monthOf(end) : byLimit;
};
const contributions = (ctx: Ctx) => {
  const c = employerContributions(ctx, ctx.input.period!.fromMonth, ctx.input.period!.toMonth);
  return {
    pension: roundFen(c.pension),
    medical: roundFen(c.medical),
    unemployment: roundFen(c.unemployment),
  };
};

export const policy = definePolicy({
  id: POLICY_ID,
  name: '企业招用就业困难人员社会保险补贴和新增就业岗位奖励',
  jurisdiction: { code: 'county-city', name: '县级市' },
  document: documentRef('county-city.employment-promotion'),
  validity: { from: '2009-01-01', to: null, clause: '三(三)3' },
  paysMoney: true,
  applicantKinds: ['employer'],
  materials: [
    {
      applicant: 'employer',
      label: '企业招用就业困难人员补贴申请',
      clause: '三(三)3',
      items: [
        '招用就业困难人员花名册',
        '劳动合同',
        '《就业失业登记证》（注明就业困难人员）',
        '社会保险费缴费凭证',
        '新增岗位说明（申请新增岗位奖励的）',
      ],
    },
  ],
  timeLimits: [],
  notes: [
    '社会保险补贴按企业应缴基本养老、基本医疗和失业保险费最低标准之和（每月，由管理员按本市缴费基数下限设置）计算，个人应缴部分由个人负担。',
    '补贴月份须在劳动合同期限内，且自合同起始月份起最长36个月。',
    '“1年以上期限劳动合同”：固定期限至少满1年（如2026-01-01至2026-12-31）或无固定期限。',
    '新增就业岗位奖励每招用一名就业困难人员1000元，同一人员只奖励一次。',
  ],
  input: inputSchema,
  parameters: loadParameters(new URL('./parameters.yaml', import.meta.url)),
  usesParameters: [...CONTRIBUTION_PARAMETERS, 'max_subsidy_months', 'new_post_reward'],
  parameterDate: (input) => (input.period ? `${input.period.fromMonth}-01` : input.contract.startOn),
  conditions: [
    {
      id: 'enterprise',
      clause: '三(三)3',
      label: '企业',
      pass: '申请单位为企业',
      fail: '申请单位不是企业（公益性岗位及机关事业单位勤杂岗位按三(三)2办理）',
      test: (ctx) => ctx.input.employer.kind === 'enterprise',
    },
    {
      id: 'difficulty_person',
      clause: '三(三)3',
      label: '招用就业困难人员',
      pass: '招用的人员为就业困难人员',
      fail: '招用的人员不是就业困难人员',
      test: (ctx) => ctx.input.person.difficultyPerson,
    },
    {
      id: 'contract_one_year',
      clause: '三(三)3',
      label: '签订1年以上期限劳动合同',
      pass: '签订1年以上期限劳动合同',
      fail: '劳动合同期限不足1年',
      test: (ctx) => contractAtLeast(ctx, ctx.input.contract),
    },
    {
      id: 'insurance_paid',
      clause: '三(三)3',
      label: '缴纳社会保险费',
      pass: '企业已为其缴纳社会保险费',
      fail: '企业未为其缴纳社会保险费',
      applies: isSubsidy,
      test: (ctx) => ctx.input.insurancePaid,
    },
    {
      id: 'within_term',
      clause: '三(三)3',
      label: '补贴期限',
      pass: '申领月份在合同期限内且不超过3年',
      fail: '申领月份超出合同期限或3年',
      applies: isSubsidy,
      test: (ctx) => {
        const { fromMonth, toMonth } = ctx.input.period!;
        const first = monthOf(ctx.input.contract.startOn);
        const last = lastMonth(ctx);
        return {
          ok: fromMonth >= first && toMonth <= last,
          detail: `可补贴月份${first}至${last}，申领${fromMonth}至${toMonth}`,
        };
      },
    },
    {
      id: 'new_post',
      clause: '三(三)3',
      label: '新增就业岗位',
      pass: '招用于新增就业岗位',
      fail: '不是新增就业岗位',
      applies: (ctx) => !isSubsidy(ctx),
      test: (ctx) => ctx.input.newPost,
    },
    {
      id: 'reward_once',
      clause: '三(三)3',
      label: '新增岗位奖励不重复',
      pass: '该人员未获过新增就业岗位奖励',
      fail: '该人员已获过新增就业岗位奖励',
      applies: (ctx) => !isSubsidy(ctx),
      test: (ctx) => {
        const r = oncePerCategory(ctx.pastClaims, POLICY_ID, 'new_post_reward');
        return { ok: r.ok, conflicts: r.conflicts };
      },
    },
  ],
  checks: [
    {
      id: 'roster_and_receipts',
      clause: '三(三)3',
      label: '花名册、劳动合同、就业困难人员认定和缴费凭证经核实',
    },
  ],
  // The reward once per person; subsidised months once each.
  claimKeys: (input) =>
    input.claim === 'new_post_reward'
      ? ['new_post_reward']
      : input.period
        ? monthClaimKeys(input.period.fromMonth, input.period.toMonth)
        : [],
  amounts: [
    {
      id: 'pension_subsidy',
      label: '基本养老保险补贴',
      kind: 'payable',
      compute: (ctx) => (isSubsidy(ctx) ? contributions(ctx).pension : new D(0)),
    },
    {
      id: 'medical_subsidy',
      label: '基本医疗保险补贴',
      kind: 'payable',
      compute: (ctx) => (isSubsidy(ctx) ? contributions(ctx).medical : new D(0)),
    },
    {
      id: 'unemployment_subsidy',
      label: '失业保险补贴',
      kind: 'payable',
      compute: (ctx) => (isSubsidy(ctx) ? contributions(ctx).unemployment : new D(0)),
    },
    {
      id: 'new_post_reward',
      label: '新增就业岗位奖励',
      kind: 'payable',
      compute: (ctx) => (isSubsidy(ctx) ? new D(0) : ctx.param('new_post_reward')),
    },
  ],
  outputs: (ctx) => ({
    months:
      ctx.input.period && isSubsidy(ctx)
        ? monthCount(ctx.input.period.fromMonth, ctx.input.period.toMonth)
        : 0,
    lastSubsidyMonth: isSubsidy(ctx) ? lastMonth(ctx) : null,
  }),
});
