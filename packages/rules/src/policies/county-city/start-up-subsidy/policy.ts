import { z } from 'zod';
import { oncePerCategory } from '../../../engine/constraints.ts';
import { field } from '../../../engine/facts.ts';
import { D, type Dec, dec } from '../../../engine/money.ts';
import { loadParameters } from '../../../engine/parameters.ts';
import { difficultyPersonField } from '../../../engine/person-fields.ts';
import { definePolicy, type RuleContext } from '../../../engine/policy.ts';
import { yuanString } from '../../../engine/schema.ts';
import { documentRef } from '../../documents.ts';

const POLICY_ID = 'county-city.start-up-subsidy';
/** 文化产业 and the "三托/三服/三管" convenience micro-projects. */
const POST_SUBSIDY_PROJECTS = ['culture', 'three_care', 'three_services', 'three_management'];

export const inputSchema = z
  .object({
    /**
     * The person. Benefit and unemployment are asked as they were when the business started: its
     * employment registration has closed the unemployment registration (and its benefit period)
     * by the decision date, so these are declared, not read from the registry.
     */
    person: z
      .object({
        /** 享受失业保险金待遇 */
        receivingUnemploymentBenefit: z.boolean().meta(field('享受失业保险金待遇')),
        /** 城镇登记失业人员 */
        urbanUnemployed: z.boolean().meta(field('城镇登记失业人员')),
        difficultyPerson: difficultyPersonField,
      })
      .meta(field('申请人')),
    /**
     * 应领取失业保险金总额 (benefit recipients): the entitlement recorded on the person's latest
     * unemployment registration — the one the business ended, closed by the decision date.
     */
    entitledBenefitTotal: yuanString()
      .optional()
      .meta(field('应领取失业保险金总额（元）', { fact: 'person.entitledBenefitTotal' })),
    business: z
      .object({
        /** 从事自主创业个体经营，凭工商营业执照或有关证明 */
        licensed: z.boolean().meta(field('从事自主创业个体经营，有工商营业执照或有关证明')),
        projectType: z.enum(['culture', 'three_care', 'three_services', 'three_management', 'other']).meta(
          field('项目类型', {
            enumLabels: {
              culture: '文化产业',
              three_care: '“三托”（托老、托幼、托病）',
              three_services: '“三服”（家政服务、配送服务、保健服务）',
              three_management: '“三管”（物品管理、车辆管理、公共管理）',
              other: '其他项目',
            },
          }),
        ),
      })
      .meta(field('创业项目')),
  })
  .refine((v) => !v.person.receivingUnemploymentBenefit || v.entitledBenefitTotal !== undefined, {
    error: '享受失业保险金待遇的人员须填写应领取失业保险金总额',
    path: ['entitledBenefitTotal'],
  });
export type Input = z.output<typeof inputSchema>;
type Ctx = RuleContext<Input>;

const postSubsidyApplies = (ctx: Ctx) =>
  ctx.input.person.difficultyPerson && POST_SUBSIDY_PROJECTS.includes(ctx.input.business.projectType);
const startUpApplies = (ctx: Ctx) =>
  ctx.input.person.receivingUnemploymentBenefit || ctx.input.person.urbanUnemployed;

const startUpSubsidy = (ctx: Ctx): Dec => {
  if (ctx.input.person.receivingUnemploymentBenefit) {
    const share = dec(ctx.input.entitledBenefitTotal!).times(ctx.param('benefit_share'));
    return D.max(share, ctx.param('start_up_subsidy_min'));
  }
  return ctx.input.person.urbanUnemployed ? ctx.param('other_unemployed_subsidy') : new D(0);
};

export const policy = definePolicy({
  id: POLICY_ID,
  name: '失业人员自主创业补贴和岗位补贴',
  jurisdiction: { code: 'county-city', name: '县级市' },
  document: documentRef('county-city.employment-promotion'),
  validity: { from: '2009-01-01', to: null, clause: '三(二)4' },
  paysMoney: true,
  applicantKinds: ['person'],
  materials: [
    {
      applicant: 'person',
      label: '自主创业补贴申请',
      clause: '三(二)4',
      items: ['工商营业执照或有关证明', '失业登记证明', '失业保险金领取证明（享受失业保险金待遇的）'],
    },
  ],
  timeLimits: [],
  notes: [
    '自主创业补贴为一次性补贴，每人只享受一次；岗位补贴按月发放，期限2年。',
    '享受失业保险金人员按应领取总额的20%计算，低于500元的按500元。',
  ],
  input: inputSchema,
  parameters: loadParameters(new URL('./parameters.yaml', import.meta.url)),
  usesParameters: [
    'benefit_share',
    'start_up_subsidy_min',
    'other_unemployed_subsidy',
    'post_subsidy_rate',
    'post_subsidy_months',
    'minimum_monthly_wage',
  ],
  parameterDate: (_input, on) => on,
  conditions: [
    {
      id: 'eligible_person',
      clause: '三(二)4',
      label: '补贴对象',
      pass: '属于享受失业保险金人员、城镇其他失业人员，或从事文化产业和“三托”“三服”“三管”项目的就业困难人员',
      fail: '不属于自主创业补贴或岗位补贴对象',
      test: (ctx) => startUpApplies(ctx) || postSubsidyApplies(ctx),
    },
    {
      id: 'licensed_business',
      clause: '三(二)4',
      label: '自主创业个体经营',
      pass: '从事自主创业个体经营，有工商营业执照或有关证明',
      fail: '没有工商营业执照或有关证明',
      test: (ctx) => ctx.input.business.licensed,
    },
    {
      id: 'once_only',
      clause: '三(二)4',
      label: '一次性自主创业补贴',
      pass: '此前未享受过自主创业补贴',
      fail: '已享受过一次性自主创业补贴',
      applies: startUpApplies,
      test: (ctx) => {
        const r = oncePerCategory(ctx.pastClaims, POLICY_ID, 'start_up');
        return { ok: r.ok, conflicts: r.conflicts };
      },
    },
  ],
  checks: [
    { id: 'materials', clause: '三(二)4', label: '营业执照或有关证明、失业登记及失业保险金领取证明齐全' },
  ],
  claimKeys: (_input, amounts) => (Number(amounts.start_up_subsidy ?? 0) > 0 ? ['start_up'] : []),
  amounts: [
    { id: 'start_up_subsidy', label: '一次性自主创业补贴', kind: 'payable', compute: startUpSubsidy },
    {
      id: 'monthly_post_subsidy',
      label: '岗位补贴（月）',
      kind: 'figure',
      compute: (ctx) =>
        postSubsidyApplies(ctx)
          ? ctx.param('minimum_monthly_wage').times(ctx.param('post_subsidy_rate'))
          : new D(0),
    },
  ],
  outputs: (ctx) => ({
    postSubsidyMonths: postSubsidyApplies(ctx) ? ctx.param('post_subsidy_months').toNumber() : 0,
  }),
});
