import { z } from 'zod';
import { oncePerCategory } from '../../../engine/constraints.ts';
import { field } from '../../../engine/facts.ts';
import { D } from '../../../engine/money.ts';
import { loadParameters } from '../../../engine/parameters.ts';
import { definePolicy, type RuleContext } from '../../../engine/policy.ts';
import { isoDate } from '../../../engine/schema.ts';
import { documentRef } from '../../documents.ts';

const POLICY_ID = 'county-city.local-hiring-reward';

export const inputSchema = z.object({
  employer: z
    .object({
      /** date the unit was established (registered) */
      establishedOn: isoDate().meta(field('单位成立（登记）日期')),
    })
    .meta(field('用人单位')),
  /** the reward year */
  year: z.number().int().min(2009).max(2100).meta(field('奖励年度')),
  /** new local hires into new posts that year with a contract of at least one year and insurance paid */
  qualifyingHires: z
    .number()
    .int()
    .min(0)
    .max(100_000)
    .meta(
      field('当年新增岗位新招用本地劳动力人数', {
        description: '只计签订1年以上期限劳动合同并缴纳社会保险费的人员',
      }),
    ),
  /** 没有发生劳动违法违规行为 */
  noLabourViolations: z.boolean().meta(field('没有发生劳动违法违规行为')),
  /** 按规定向就业管理服务机构进行空岗报告 */
  vacancyReported: z.boolean().meta(field('已按规定向就业管理服务机构进行空岗报告')),
  /** 按规定办理就业登记 */
  employmentRegistered: z.boolean().meta(field('已按规定办理就业登记')),
});
export type Input = z.output<typeof inputSchema>;
type Ctx = RuleContext<Input>;

const unitKind = (ctx: Ctx) =>
  Number(ctx.input.employer.establishedOn.slice(0, 4)) === ctx.input.year ? 'new_unit' : 'existing_unit';

export const policy = definePolicy({
  id: POLICY_ID,
  name: '用人单位新招用本地劳动力新增就业岗位奖励',
  jurisdiction: { code: 'county-city', name: '县级市' },
  document: documentRef('county-city.employment-promotion'),
  validity: { from: '2009-01-01', to: null, clause: '三(三)3' },
  paysMoney: true,
  applicantKinds: ['employer'],
  materials: [
    {
      applicant: 'employer',
      label: '新增就业岗位奖励申请',
      clause: '三(三)3',
      items: [
        '当年新招用本地劳动力花名册',
        '劳动合同',
        '社会保险费缴费凭证',
        '空岗报告和就业登记记录',
        '营业执照（新办单位）',
      ],
    },
  ],
  timeLimits: [],
  notes: [
    '人数只计当年新增岗位新招用、签订1年以上劳动合同并缴纳社会保险费的本地劳动力；20人含本数。',
    '新办单位指在奖励年度内成立（登记）的单位；原文新办单位每人200元、非新办单位每人500元，照原文执行。',
    '每个单位每个年度奖励一次。',
  ],
  input: inputSchema,
  parameters: loadParameters(new URL('./parameters.yaml', import.meta.url)),
  usesParameters: ['min_hires', 'reward_per_hire'],
  parameterDate: (input) => `${input.year}-12-31`,
  conditions: [
    {
      id: 'min_hires',
      clause: '三(三)3',
      label: '新招用本地劳动力20人以上',
      pass: '当年新招用符合条件的本地劳动力20人以上',
      fail: '当年新招用符合条件的本地劳动力不足20人',
      test: (ctx) => {
        const min = ctx.param('min_hires').toNumber();
        return {
          ok: ctx.input.qualifyingHires >= min,
          detail: `${ctx.input.qualifyingHires}人，须${min}人以上`,
        };
      },
    },
    {
      id: 'no_violations',
      clause: '三(三)3',
      label: '没有劳动违法违规行为',
      pass: '没有发生劳动违法违规行为',
      fail: '发生过劳动违法违规行为',
      test: (ctx) => ctx.input.noLabourViolations,
    },
    {
      id: 'vacancy_and_registration',
      clause: '三(三)3',
      label: '空岗报告和就业登记',
      pass: '已按规定进行空岗报告和就业登记',
      fail: '未按规定进行空岗报告或就业登记',
      test: (ctx) => {
        const missing = [
          ...(ctx.input.vacancyReported ? [] : ['空岗报告']),
          ...(ctx.input.employmentRegistered ? [] : ['就业登记']),
        ];
        return missing.length === 0 ? true : { ok: false, detail: `未办理${missing.join('、')}` };
      },
    },
    {
      id: 'once_per_year',
      clause: '三(三)3',
      label: '每年度奖励一次',
      pass: '本年度未获过新增就业岗位奖励',
      fail: '本年度已获过新增就业岗位奖励',
      test: (ctx) => {
        const r = oncePerCategory(ctx.pastClaims, POLICY_ID, String(ctx.input.year));
        return { ok: r.ok, conflicts: r.conflicts };
      },
    },
  ],
  checks: [{ id: 'roster', clause: '三(三)3', label: '花名册、劳动合同和缴费凭证与申报人数一致' }],
  claimKeys: (input) => [String(input.year)],
  amounts: [
    {
      id: 'reward',
      label: '新增就业岗位奖励',
      kind: 'payable',
      compute: (ctx) => new D(ctx.input.qualifyingHires).times(ctx.param('reward_per_hire', unitKind(ctx))),
    },
  ],
  outputs: (ctx) => ({ unitKind: unitKind(ctx) }),
});
