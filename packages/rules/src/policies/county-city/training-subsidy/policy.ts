import { z } from 'zod';
import { oncePerCategory } from '../../../engine/constraints.ts';
import { field } from '../../../engine/facts.ts';
import { D, dec, min } from '../../../engine/money.ts';
import { loadParameters } from '../../../engine/parameters.ts';
import { definePolicy, type RuleContext } from '../../../engine/policy.ts';
import { yuanString } from '../../../engine/schema.ts';
import { documentRef } from '../../documents.ts';

const POLICY_ID = 'county-city.training-subsidy';

/**
 * Trainee groups of 四(二) plus difficulty persons (四(三)2) and the school leavers of the labour
 * preparation system (四(四)), whom no subsidy but the completion certificate's (四(三)2) names.
 */
const GROUPS = [
  'certificate_holder', // 持《再就业优惠证》或《就业和失业登记证》
  'difficulty_person',
  'graduate',
  'land_expropriated_farmer',
  'other_unemployed',
  'rural_migrant', // 进城务工的农村劳动者
  'school_leaver', // 有就业要求的初高中毕业生（劳动预备制）
] as const;

export const inputSchema = z
  .object({
    kind: z
      .enum([
        'entrepreneurship',
        'skills',
        'migrant_certificate',
        'completion_certificate',
        'career_guidance',
      ])
      .meta(
        field('培训补贴项目', {
          enumLabels: {
            entrepreneurship: '创业培训补助',
            skills: '职业技能培训补助',
            migrant_certificate: '进城务工农村劳动者职业技能等级证书补助',
            completion_certificate: '培训结业证书补助',
            career_guidance: '职业指导补贴',
          },
        }),
      ),
    /**
     * The trainee. No facts: 本市城乡劳动者 is not the registry's hukou, and unemployment is asked
     * as it was at the training, which a registry read on the decision date may no longer show.
     */
    person: z
      .object({
        group: z.enum(GROUPS).meta(
          field('人员类别', {
            enumLabels: {
              certificate_holder: '持《再就业优惠证》或《就业和失业登记证》人员',
              difficulty_person: '就业困难人员',
              graduate: '高校毕业生',
              land_expropriated_farmer: '被征地农民',
              other_unemployed: '城镇其他登记失业人员',
              rural_migrant: '进城务工的农村劳动者',
              school_leaver: '初高中毕业生（劳动预备制）',
            },
          }),
        ),
        /** 本市城乡劳动者 */
        localLabour: z.boolean().meta(field('本市城乡劳动者')),
        registeredUnemployed: z.boolean().meta(field('失业人员')),
      })
      .meta(field('参训人员')),
    training: z
      .object({
        days: z.number().int().min(0).max(1000).meta(field('培训天数')),
        /** actual training fee (needed for skills training, whose subsidy is "…元以内") */
        fee: yuanString().optional().meta(field('实际培训费用（元）')),
        certificate: z
          .enum(['entrepreneurship_pass', 'qualification', 'confirmed_other', 'completion'])
          .nullable()
          .meta(
            field('取得的证书', {
              enumLabels: {
                entrepreneurship_pass: '《创业培训合格证书》',
                qualification: '《职业资格证书》（职业技能等级证书）',
                confirmed_other: '劳动就业部门确认的其它培训证书',
                completion: '结业证书',
              },
            }),
          ),
        /** qualification level 5 初级 … 1 高级技师 */
        certificateLevel: z
          .number()
          .int()
          .min(1)
          .max(5)
          .optional()
          .meta(
            field('职业技能等级', {
              enumLabels: { 1: '高级技师', 2: '技师', 3: '高级工', 4: '中级工', 5: '初级工' },
            }),
          ),
        businessPlan: z.boolean().default(false).meta(field('有创业项目计划书')),
      })
      .meta(field('培训情况')),
  })
  .refine((v) => v.kind !== 'skills' || v.training.fee !== undefined, {
    error: '职业技能培训补助须填写实际培训费用',
    path: ['training', 'fee'],
  });
export type Input = z.output<typeof inputSchema>;
type Ctx = RuleContext<Input>;

const ONCE_ONLY = ['entrepreneurship', 'skills', 'migrant_certificate'];
const SKILLS_GROUPS = [
  'certificate_holder',
  'difficulty_person',
  'graduate',
  'land_expropriated_farmer',
  'other_unemployed',
];

const REQUIRED_CERTIFICATE: Record<Input['kind'], readonly (string | null)[] | null> = {
  entrepreneurship: ['entrepreneurship_pass'],
  skills: ['qualification', 'confirmed_other'],
  migrant_certificate: ['qualification'],
  completion_certificate: ['completion'],
  career_guidance: null,
};

const groupEligible = (ctx: Ctx): { ok: boolean; detail?: string } => {
  const { kind, person } = ctx.input;
  switch (kind) {
    case 'entrepreneurship':
      return person.localLabour ? { ok: true } : { ok: false, detail: '创业培训补助限本市城乡劳动者' };
    case 'skills':
      if (SKILLS_GROUPS.includes(person.group)) return { ok: true };
      return person.group === 'rural_migrant'
        ? { ok: false, detail: '进城务工农村劳动者按取得的职业技能等级证书给予补助' }
        : { ok: false, detail: '初高中毕业生不在职业技能培训补助的对象之列，取得结业证书的给予结业证书补助' };
    case 'migrant_certificate':
      return person.group === 'rural_migrant'
        ? { ok: true }
        : { ok: false, detail: '该项补助限进城务工农村劳动者' };
    case 'completion_certificate':
      return { ok: true };
    case 'career_guidance':
      return person.registeredUnemployed ? { ok: true } : { ok: false, detail: '职业指导补贴限失业人员' };
  }
};

const skillsKey = (ctx: Ctx) =>
  ['certificate_holder', 'difficulty_person'].includes(ctx.input.person.group)
    ? 'certificate_or_difficulty'
    : 'land_expropriated_or_other';

export const policy = definePolicy({
  id: POLICY_ID,
  name: '职业培训补贴（创业培训、职业技能培训、职业指导）',
  jurisdiction: { code: 'county-city', name: '县级市' },
  document: documentRef('county-city.employment-promotion'),
  validity: { from: '2009-01-01', to: null, clause: '四(三)' },
  paysMoney: true,
  applicantKinds: ['person', 'institution_on_behalf'],
  materials: [
    {
      applicant: 'person',
      label: '创业培训补助',
      clause: '四(三)1',
      items: ['创业项目计划书', '《创业培训合格证书》', '培训时间记录（不少于20天）'],
    },
    {
      applicant: 'person',
      label: '职业技能培训补助',
      clause: '四(二)、四(三)2',
      items: [
        '《再就业优惠证》或《就业和失业登记证》（持证人员）',
        '《职业资格证书》或劳动就业部门确认的其它培训证书',
        '培训费用票据及相关资料',
      ],
    },
    {
      applicant: 'institution_on_behalf',
      label: '职业指导补贴（拨付给培训单位）',
      clause: '四(三)3',
      items: ['职业指导参加人员花名册', '失业登记证明'],
    },
  ],
  timeLimits: [],
  notes: [
    '“800元以内/600元以内”按实际培训费用、以标准为上限给予；高校毕业生按“其他失业人员”适用600元。',
    '“一次性”补贴（创业培训、职业技能培训、农民工等级证书补助）每人每类只享受一次；结业证书和职业指导补助按每次培训计。',
  ],
  input: inputSchema,
  parameters: loadParameters(new URL('./parameters.yaml', import.meta.url)),
  usesParameters: [
    'entrepreneurship_training_subsidy',
    'entrepreneurship_min_days',
    'skills_training_cap',
    'migrant_certificate_subsidy',
    'completion_certificate_subsidy',
    'career_guidance_subsidy',
  ],
  parameterDate: (_input, on) => on,
  conditions: [
    {
      id: 'eligible_group',
      clause: '四(二)',
      label: '补贴对象',
      pass: '属于该项培训补贴的补贴对象',
      fail: '不属于该项培训补贴的补贴对象',
      test: groupEligible,
    },
    {
      id: 'certificate',
      clause: '四(二)、四(三)',
      label: '培训证书',
      pass: '取得该项补贴要求的培训合格或职业资格证书',
      fail: '未取得该项补贴要求的证书',
      applies: (ctx) => REQUIRED_CERTIFICATE[ctx.input.kind] !== null,
      test: (ctx) => {
        const { certificate, certificateLevel } = ctx.input.training;
        if (!REQUIRED_CERTIFICATE[ctx.input.kind]!.includes(certificate)) return false;
        if (ctx.input.kind === 'migrant_certificate' && certificateLevel === undefined) {
          return { ok: false, detail: '未填写职业技能等级' };
        }
        return true;
      },
    },
    {
      id: 'entrepreneurship_plan_and_days',
      clause: '四(三)1',
      label: '创业项目计划书和培训时间',
      pass: '有创业项目计划书，培训时间不少于20天',
      fail: '没有创业项目计划书或培训时间少于20天',
      applies: (ctx) => ctx.input.kind === 'entrepreneurship',
      test: (ctx) => {
        if (!ctx.input.training.businessPlan) return { ok: false, detail: '没有创业项目计划书' };
        const minDays = ctx.param('entrepreneurship_min_days');
        return minDays.lte(ctx.input.training.days)
          ? true
          : { ok: false, detail: `培训${ctx.input.training.days}天，少于${minDays}天` };
      },
    },
    {
      id: 'once_only',
      clause: '四(二)',
      label: '一次性补贴',
      pass: '此前未享受过同类一次性培训补贴',
      fail: '已享受过同类一次性培训补贴',
      applies: (ctx) => ONCE_ONLY.includes(ctx.input.kind),
      test: (ctx) => {
        const r = oncePerCategory(ctx.pastClaims, POLICY_ID, ctx.input.kind);
        return { ok: r.ok, conflicts: r.conflicts };
      },
    },
  ],
  checks: [{ id: 'materials', clause: '四(二)', label: '证书及培训相关资料真实、齐全' }],
  claimKeys: (input) => (ONCE_ONLY.includes(input.kind) ? [input.kind] : []),
  amounts: [
    {
      id: 'subsidy',
      label: '培训补贴',
      kind: 'payable',
      compute: (ctx) => {
        const { kind, training } = ctx.input;
        switch (kind) {
          case 'entrepreneurship':
            return ctx.param('entrepreneurship_training_subsidy');
          case 'skills':
            return min(dec(training.fee!), ctx.param('skills_training_cap', skillsKey(ctx)));
          case 'migrant_certificate':
            return ctx.param('migrant_certificate_subsidy', `level_${training.certificateLevel}`);
          case 'completion_certificate':
            return ctx.param('completion_certificate_subsidy');
          case 'career_guidance':
            return ctx.param('career_guidance_subsidy');
          default:
            return new D(0);
        }
      },
    },
  ],
  outputs: (ctx) => ({ payee: ctx.input.kind === 'career_guidance' ? 'institution' : 'person' }),
});
