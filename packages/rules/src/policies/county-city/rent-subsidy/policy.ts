import { z } from 'zod';
import { atMostYears } from '../../../engine/constraints.ts';
import { addYears } from '../../../engine/dates.ts';
import { field } from '../../../engine/facts.ts';
import { dec, min } from '../../../engine/money.ts';
import { loadParameters } from '../../../engine/parameters.ts';
import { difficultyPersonField } from '../../../engine/person-fields.ts';
import { definePolicy, type RuleContext } from '../../../engine/policy.ts';
import { datePeriod, isoDate, yuanString } from '../../../engine/schema.ts';
import { documentRef } from '../../documents.ts';

const POLICY_ID = 'county-city.rent-subsidy';

export const inputSchema = z.object({
  person: z
    .object({
      /** 持《再就业优惠证》人员: the registry's certificate number, kept across registrations */
      certificateHolder: z.boolean().meta(field('持《再就业优惠证》', { fact: 'person.certificateHolder' })),
      /**
       * 城镇登记失业人员 when the business started: no fact, as the business's employment
       * registration has closed the unemployment registration by the decision date
       */
      registeredUnemployed: z.boolean().meta(field('城镇登记失业人员')),
      /** 就业困难人员 */
      difficultyPerson: difficultyPersonField,
    })
    .meta(field('申请人')),
  business: z
    .object({
      /** 首次经营 */
      firstBusiness: z.boolean().meta(field('首次经营')),
      startedOn: isoDate().meta(field('开始经营日期')),
      premises: z.enum(['government_market', 'other']).meta(
        field('经营场所', {
          enumLabels: { government_market: '政府投资创办的商贸市场', other: '其他场所' },
        }),
      ),
      /** 便民利民微利项目 */
      microProject: z.boolean().meta(field('从事便民利民微利项目')),
    })
    .meta(field('经营情况')),
  annualRent: yuanString().meta(field('年租金（元）')),
  /** the rent year the subsidy is for */
  rentYear: datePeriod().meta(field('补贴的租金年度')),
});
export type Input = z.output<typeof inputSchema>;
type Ctx = RuleContext<Input>;

/**
 * A person may fit more than one scheme (e.g. a difficulty person running a micro-project in a
 * government market); the most favourable one applies, as a case officer would grant it.
 */
const schemes = (ctx: Ctx): string[] => {
  const { person, business } = ctx.input;
  const out: string[] = [];
  if (person.difficultyPerson && business.microProject) out.push('difficulty_micro_project');
  if (person.certificateHolder || person.registeredUnemployed) {
    out.push(business.premises === 'government_market' ? 'government_market' : 'other_premises');
  }
  return out;
};
const subsidyFor = (ctx: Ctx, scheme: string) =>
  min(
    dec(ctx.input.annualRent).times(ctx.param('rent_subsidy_rate', scheme)),
    ctx.param('rent_subsidy_cap', scheme),
  );
const bestScheme = (ctx: Ctx): string =>
  schemes(ctx).reduce((best, s) => (subsidyFor(ctx, s).gt(subsidyFor(ctx, best)) ? s : best));

export const policy = definePolicy({
  id: POLICY_ID,
  name: '失业人员自主创业经营场地租费补贴',
  jurisdiction: { code: 'county-city', name: '县级市' },
  document: documentRef('county-city.employment-promotion'),
  validity: { from: '2009-01-01', to: null, clause: '三(二)3' },
  paysMoney: true,
  applicantKinds: ['person'],
  materials: [
    {
      applicant: 'person',
      label: '租费补贴申请（其他场所经营）',
      clause: '三(二)3',
      items: [
        '《营业执照》',
        '《税务登记证》',
        '完税或免税证',
        '户籍地社区证明',
        '经营地社区证明',
        '租赁合同及租金票据',
      ],
    },
  ],
  timeLimits: [],
  notes: [
    '同时符合多个补贴情形的，按补贴额最高的情形给予。',
    '“期限最长不超过3年”按租金年度计算，历史申领按其补贴期间所跨年度计。',
  ],
  input: inputSchema,
  parameters: loadParameters(new URL('./parameters.yaml', import.meta.url)),
  usesParameters: ['rent_subsidy_rate', 'rent_subsidy_cap', 'max_years', 'min_operation_years'],
  parameterDate: (input) => input.rentYear.from,
  conditions: [
    {
      id: 'eligible_person',
      clause: '三(二)3',
      label: '补贴对象',
      pass: '属于持《再就业优惠证》人员、城镇登记失业人员，或从事便民利民微利项目的就业困难人员',
      fail: '不属于租费补贴对象',
      test: (ctx) => schemes(ctx).length > 0,
    },
    {
      id: 'first_business_one_year',
      clause: '三(二)3',
      label: '首次经营满1年',
      pass: '首次经营满1年以上',
      fail: '不是首次经营或经营不满1年',
      test: (ctx) => {
        const { firstBusiness, startedOn } = ctx.input.business;
        if (!firstBusiness) return { ok: false, detail: '不是首次经营' };
        const due = addYears(startedOn, ctx.param('min_operation_years').toNumber());
        return due <= ctx.on ? true : { ok: false, detail: `${startedOn} 开始经营，${due} 方满1年` };
      },
    },
    {
      id: 'at_most_three_years',
      clause: '三(二)3',
      label: '补贴期限',
      pass: '享受租费补贴未超过3年',
      fail: '享受租费补贴已满3年',
      test: (ctx) => {
        const r = atMostYears(
          ctx.pastClaims,
          POLICY_ID,
          ctx.param('max_years').toNumber(),
          ctx.input.rentYear,
        );
        return { ok: r.ok, conflicts: r.conflicts, ...(r.detail ? { detail: r.detail } : {}) };
      },
    },
  ],
  checks: [
    {
      id: 'materials',
      clause: '三(二)3',
      label: '营业执照、税务登记证、完税或免税证、社区证明及租金票据齐全',
    },
  ],
  // Each rent year counts once towards the 3-year limit.
  claimKeys: (input) => [`rent_year:${input.rentYear.from}`],
  amounts: [
    {
      id: 'rent_subsidy',
      label: '年度租费补贴',
      kind: 'payable',
      compute: (ctx) => subsidyFor(ctx, bestScheme(ctx)),
    },
  ],
  outputs: (ctx) => ({ scheme: bestScheme(ctx) }),
});
