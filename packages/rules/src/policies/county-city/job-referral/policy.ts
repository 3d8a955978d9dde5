import { z } from 'zod';
import { countingClaims } from '../../../engine/constraints.ts';
import { field } from '../../../engine/facts.ts';
import type { Dec } from '../../../engine/money.ts';
import { loadParameters } from '../../../engine/parameters.ts';
import { difficultyPersonField } from '../../../engine/person-fields.ts';
import { definePolicy, type RuleContext } from '../../../engine/policy.ts';
import { isoDate } from '../../../engine/schema.ts';
import { documentRef } from '../../documents.ts';

const POLICY_ID = 'county-city.job-referral';

export const inputSchema = z
  .object({
    /** referral 成功介绍就业, start_up 扶持创业成功, overseas 境外劳务输出 */
    service: z.enum(['referral', 'start_up', 'overseas']).meta(
      field('补贴项目', {
        enumLabels: {
          referral: '职业介绍补贴（成功介绍就业）',
          start_up: '创业帮扶补贴（扶持创业成功）',
          overseas: '境外劳务输出补贴（成功输出境外就业）',
        },
      }),
    ),
    institution: z
      .object({
        /** agency 职业中介机构, community_station 街道（镇乡）社区就业服务站, overseas_agency 境外输出机构 */
        kind: z.enum(['agency', 'community_station', 'overseas_agency']).meta(
          field('机构类别', {
            enumLabels: {
              agency: '职业中介机构',
              community_station: '街道（镇乡）社区就业服务站',
              overseas_agency: '境外输出机构',
            },
          }),
        ),
      })
      .meta(field('申请机构')),
    /**
     * The person placed. Unemployment registration is asked as it was before the placement: the
     * employment registration that proves the placement closes it, so the registry read on the
     * decision date would deny it — the institution declares it from the 《就业和失业登记证》.
     */
    person: z
      .object({
        /** 登记失业人员 */
        registeredUnemployed: z.boolean().meta(field('登记失业人员')),
        /** date of the current unemployment registration (referral and start-up) */
        unemploymentRegisteredOn: isoDate().nullish().meta(field('失业登记日期')),
        difficultyPerson: difficultyPersonField,
        /** 本地人员 (overseas placement); not the registry's hukou, which 本地 may not mean */
        localPerson: z.boolean().meta(field('本地人员')),
      })
      .meta(field('被介绍（帮扶、输出）人员')),
    /** employment registration done / business licensed / overseas labour contract signed */
    achieved: z.boolean().meta(
      field('已成功就业（创业、输出）', {
        description: '已办理就业登记、取得营业执照或签订境外劳务合同',
      }),
    ),
    /** date of the employment registration, business licence or overseas contract */
    achievedOn: isoDate().meta(field('就业登记（营业执照、境外劳务合同）日期')),
  })
  .refine((v) => v.service === 'overseas' || v.person.unemploymentRegisteredOn != null, {
    error: '职业介绍和创业帮扶须填写失业登记日期',
    path: ['person', 'unemploymentRegisteredOn'],
  });
export type Input = z.output<typeof inputSchema>;
type Ctx = RuleContext<Input>;

const group = (ctx: Ctx) => (ctx.input.person.difficultyPerson ? 'difficulty' : 'other');
const isOverseas = (ctx: Ctx) => ctx.input.service === 'overseas';

const subsidy = (ctx: Ctx): Dec => {
  switch (ctx.input.service) {
    case 'referral':
      return ctx.param('referral_subsidy', group(ctx));
    case 'start_up':
      return ctx.param('referral_subsidy', group(ctx)).times(ctx.param('start_up_multiplier'));
    case 'overseas':
      return ctx.param('overseas_subsidy', group(ctx));
  }
};

const ACHIEVED_TEXT: Record<Input['service'], string> = {
  referral: '已成功介绍就业并办理就业登记',
  start_up: '已扶持创业成功并取得营业执照',
  overseas: '已成功输出境外就业并签订境外劳务合同',
};

export const policy = definePolicy({
  id: POLICY_ID,
  name: '职业介绍补贴、创业帮扶补贴和境外劳务输出补贴',
  jurisdiction: { code: 'county-city', name: '县级市' },
  document: documentRef('county-city.employment-promotion'),
  validity: { from: '2009-01-01', to: null, clause: '五(二)' },
  paysMoney: true,
  applicantKinds: ['institution'],
  materials: [
    {
      applicant: 'institution',
      label: '职业介绍（创业帮扶、境外输出）补贴申请',
      clause: '五(二)',
      items: [
        '补贴申请表',
        '成功介绍（帮扶、输出）人员花名册',
        '人员失业登记证明（《就业和失业登记证》）',
        '就业登记或劳动合同、营业执照、境外劳务合同复印件',
      ],
    },
  ],
  timeLimits: [],
  notes: [
    '每条申请为花名册上的一名人员；整份花名册用批量评估。',
    '扶持创业成功的按该人员职业介绍补贴标准的2倍给予创业帮扶补贴（就业困难人员200元、其他人员100元），不再同时给予职业介绍补贴。',
    '境外劳务输出限本地人员，原文未要求失业登记，故不以失业登记为条件。',
    '同一人员在同一次失业登记期间，同一项补贴只计一次（以历史申领的决定日期不早于本次失业登记日期判断）；境外输出每人只计一次。',
  ],
  input: inputSchema,
  parameters: loadParameters(new URL('./parameters.yaml', import.meta.url)),
  usesParameters: ['referral_subsidy', 'start_up_multiplier', 'overseas_subsidy'],
  parameterDate: (input) => input.achievedOn,
  conditions: [
    {
      id: 'eligible_institution',
      clause: '五(二)',
      label: '申请机构',
      pass: '申请机构属于本项补贴的对象',
      fail: '申请机构不属于本项补贴的对象',
      test: (ctx) => {
        const { kind } = ctx.input.institution;
        if (isOverseas(ctx))
          return kind === 'overseas_agency' ? true : { ok: false, detail: '境外劳务输出补贴限境外输出机构' };
        return kind !== 'overseas_agency'
          ? true
          : { ok: false, detail: '职业介绍和创业帮扶补贴限职业中介机构和街道（镇乡）社区就业服务站' };
      },
    },
    {
      id: 'registered_unemployed',
      clause: '五(二)',
      label: '登记失业人员',
      pass: '被介绍（帮扶）人员为登记失业人员',
      fail: '被介绍（帮扶）人员不是登记失业人员',
      applies: (ctx) => !isOverseas(ctx),
      test: (ctx) => ctx.input.person.registeredUnemployed,
    },
    {
      id: 'local_person',
      clause: '五(二)',
      label: '本地人员',
      pass: '输出人员为本地人员',
      fail: '输出人员不是本地人员',
      applies: isOverseas,
      test: (ctx) => ctx.input.person.localPerson,
    },
    {
      id: 'achieved',
      clause: '五(二)',
      label: '成功就业（创业、输出）',
      pass: '已成功就业（创业、输出）',
      fail: '尚未成功就业（创业、输出）',
      test: (ctx) => (ctx.input.achieved ? { ok: true, detail: ACHIEVED_TEXT[ctx.input.service] } : false),
    },
    {
      id: 'once_per_person',
      clause: '五(二)',
      label: '同一人员不重复计补',
      pass: '该人员本次失业登记期间未计过本项补贴',
      fail: '该人员已计过本项补贴',
      test: (ctx) => {
        const since = isOverseas(ctx) ? null : ctx.input.person.unemploymentRegisteredOn!;
        const conflicts = countingClaims(ctx.pastClaims, POLICY_ID).filter(
          (c) => c.category === ctx.input.service && (since === null || c.decidedOn >= since),
        );
        return { ok: conflicts.length === 0, conflicts };
      },
    },
  ],
  checks: [
    {
      id: 'roster_materials',
      clause: '五(二)',
      label: '花名册与失业登记、就业登记（营业执照、境外劳务合同）一致',
    },
  ],
  // Once per person and service within one unemployment registration (overseas: per contract).
  claimKeys: (input) => [`${input.service}:${input.person.unemploymentRegisteredOn ?? input.achievedOn}`],
  amounts: [{ id: 'subsidy', label: '补贴金额（每人）', kind: 'payable', compute: subsidy }],
  outputs: (ctx) => ({
    subsidyKind: { referral: 'referral', start_up: 'start_up_help', overseas: 'overseas_placement' }[
      ctx.input.service
    ],
    personGroup: group(ctx),
  }),
});
