import { z } from 'zod';
import { oncePerCategory } from '../../../engine/constraints.ts';
import { field } from '../../../engine/facts.ts';
import { loadParameters } from '../../../engine/parameters.ts';
import { definePolicy, type RuleContext } from '../../../engine/policy.ts';
import { isoDate } from '../../../engine/schema.ts';
import { documentRef } from '../../documents.ts';

const POLICY_ID = 'county-city.community-award';

export const inputSchema = z
  .object({
    community: z
      .object({
        /** full_employment 充分就业社区, entrepreneurial 创业型社区 */
        kind: z.enum(['full_employment', 'entrepreneurial']).meta(
          field('社区类别', {
            enumLabels: { full_employment: '充分就业社区', entrepreneurial: '创业型社区' },
          }),
        ),
        /** year the community first passed the city-level evaluation (if it has) */
        firstPassedYear: z
          .number()
          .int()
          .min(2000)
          .max(2100)
          .nullish()
          .meta(field('首次通过市级评估考核年度')),
      })
      .meta(field('社区')),
    evaluation: z
      .object({
        /** first 首次评估考核, re_evaluation 复评 */
        type: z
          .enum(['first', 're_evaluation'])
          .meta(field('评估类别', { enumLabels: { first: '首次评估考核', re_evaluation: '市级复评' } })),
        /** the evaluation year */
        year: z.number().int().min(2000).max(2100).meta(field('评估考核年度')),
        /** passed the city-level evaluation */
        passed: z.boolean().meta(field('通过市级评估考核（复评）')),
        /** date of the city's evaluation result */
        decidedOn: isoDate().meta(field('评估考核结果日期')),
      })
      .meta(field('市级评估考核')),
  })
  .refine((v) => v.evaluation.type !== 're_evaluation' || v.community.firstPassedYear != null, {
    error: '复评须填写首次通过市级评估考核的年度',
    path: ['community', 'firstPassedYear'],
  });
export type Input = z.output<typeof inputSchema>;
type Ctx = RuleContext<Input>;

const isFirst = (ctx: Ctx) => ctx.input.evaluation.type === 'first';
const category = (ctx: Ctx) =>
  isFirst(ctx) ? `first_${ctx.input.community.kind}` : `re_evaluation_${ctx.input.evaluation.year}`;

export const policy = definePolicy({
  id: POLICY_ID,
  name: '充分就业社区（创业型社区）评估考核补助',
  jurisdiction: { code: 'county-city', name: '县级市' },
  document: documentRef('county-city.employment-promotion'),
  validity: { from: '2009-01-01', to: null, clause: '三(三)1' },
  paysMoney: true,
  applicantKinds: ['institution'],
  materials: [
    {
      applicant: 'institution',
      label: '充分就业社区补助申请',
      clause: '三(三)1',
      items: ['市级评估考核（复评）通过文件', '社区就业服务站工作台账', '零就业家庭帮扶台账'],
    },
  ],
  timeLimits: [],
  notes: [
    '首次通过市级评估考核的充分就业社区或创业型社区补助2万元，每个社区按称号各一次。',
    '复评补助只适用于充分就业社区（原文只列充分就业社区），每个复评年度1万元，且复评年度须晚于首次通过年度。',
  ],
  input: inputSchema,
  parameters: loadParameters(new URL('./parameters.yaml', import.meta.url)),
  usesParameters: ['first_award', 're_evaluation_award'],
  parameterDate: (input) => input.evaluation.decidedOn,
  conditions: [
    {
      id: 'passed_evaluation',
      clause: '三(三)1',
      label: '通过市级评估考核（复评）',
      pass: '已通过市级评估考核（复评）',
      fail: '未通过市级评估考核（复评）',
      test: (ctx) => ctx.input.evaluation.passed,
    },
    {
      id: 're_evaluation_full_employment',
      clause: '三(三)1',
      label: '复评补助对象',
      pass: '通过复评的为充分就业社区',
      fail: '复评补助只适用于充分就业社区，创业型社区只享受首次通过补助',
      applies: (ctx) => !isFirst(ctx),
      test: (ctx) => ctx.input.community.kind === 'full_employment',
    },
    {
      id: 'after_first_pass',
      clause: '三(三)1',
      label: '复评在首次通过之后',
      pass: '复评年度晚于首次通过市级评估考核的年度',
      fail: '复评年度不晚于首次通过年度，当年已按首次通过给予补助',
      applies: (ctx) => !isFirst(ctx),
      test: (ctx) => {
        const first = ctx.input.community.firstPassedYear!;
        return first < ctx.input.evaluation.year
          ? true
          : { ok: false, detail: `首次通过${first}年，复评${ctx.input.evaluation.year}年` };
      },
    },
    {
      id: 'once_per_award',
      clause: '三(三)1',
      label: '补助不重复享受',
      pass: '此前未享受过本项补助',
      fail: '已享受过本项补助',
      test: (ctx) => {
        const r = oncePerCategory(ctx.pastClaims, POLICY_ID, category(ctx));
        return {
          ok: r.ok,
          conflicts: r.conflicts,
          ...(r.ok ? {} : { detail: isFirst(ctx) ? '首次通过补助只给予一次' : '同一复评年度只给予一次' }),
        };
      },
    },
  ],
  checks: [{ id: 'evaluation_document', clause: '三(三)1', label: '市级评估考核（复评）通过文件经核实' }],
  claimKeys: (input) => [
    input.evaluation.type === 'first'
      ? `first_${input.community.kind}`
      : `re_evaluation_${input.evaluation.year}`,
  ],
  amounts: [
    {
      id: 'award',
      label: '充分就业社区补助',
      kind: 'payable',
      compute: (ctx) => (isFirst(ctx) ? ctx.param('first_award') : ctx.param('re_evaluation_award')),
    },
  ],
  outputs: (ctx) => ({ claimCategory: category(ctx) }),
});
