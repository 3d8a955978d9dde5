import { z } from 'zod';
import { oncePerCategory } from '../../../engine/constraints.ts';
import { addDays, addYears } from '../../../engine/dates.ts';
import { field } from '../../../engine/facts.ts';
import { D } from '../../../engine/money.ts';
import { loadParameters } from '../../../engine/parameters.ts';
import { definePolicy, type RuleContext } from '../../../engine/policy.ts';
import { isoDate } from '../../../engine/schema.ts';
import { documentRef } from '../../documents.ts';
import { materials, notes, timeLimits } from './meta.ts';

export const POLICY_START = '2024-07-30';
export const LOCAL_ORIGINS = ['local_urban', 'local_rural', 'in_province_rural'] as const;

export const inputSchema = z.object({
  /** which part is applied for: training (by the training institution) / appraisal (by the appraisal centre) */
  part: z
    .enum(['training', 'appraisal', 'both'])
    .default('both')
    .meta(
      field('申领项目', {
        enumLabels: { training: '培训费补贴', appraisal: '技能鉴定补贴', both: '培训费和鉴定费补贴' },
      }),
    ),
  /** date the application reached the bureau; defaults to the evaluation date */
  appliedOn: isoDate()
    .optional()
    .meta(field('申请日期', { fact: 'case.appliedOn' })),
  /** 本市城镇/本市农村/省内农村/市外城镇/省外农村劳动力 */
  labourOrigin: z
    .enum(['local_urban', 'local_rural', 'in_province_rural', 'out_of_city_urban', 'out_of_province_rural'])
    .meta(
      field('劳动力类别', {
        fact: 'person.labourOrigin',
        enumLabels: {
          local_urban: '本市城镇劳动力',
          local_rural: '本市农村劳动力',
          in_province_rural: '省内农村劳动力',
          out_of_city_urban: '市外城镇劳动力',
          out_of_province_rural: '省外农村劳动力',
        },
      }),
    ),
  certificate: z
    .object({
      /** 国家职业资格等级: 1 高级技师, 2 技师, 3 高级, 4 中级, 5 初级 */
      level: z
        .number()
        .int()
        .min(1)
        .max(5)
        .meta(
          field('证书等级', {
            fact: 'certificate.level',
            enumLabels: {
              1: '一级（高级技师）',
              2: '二级（技师）',
              3: '三级（高级）',
              4: '四级（中级）',
              5: '五级（初级）',
            },
          }),
        ),
      occupation: z
        .string()
        .min(1)
        .max(100)
        .meta(field('职业（工种）', { fact: 'certificate.occupation' })),
      issuedOn: isoDate().meta(field('发证日期', { fact: 'certificate.issuedOn' })),
      obtainedBy: z.enum(['training', 'competition', 'evaluation', 'direct_appraisal']).meta(
        field('取得方式', {
          fact: 'certificate.obtainedBy',
          enumLabels: {
            training: '参加培训',
            competition: '技能竞赛',
            evaluation: '技能评价',
            direct_appraisal: '直接参加鉴定',
          },
        }),
      ),
      /** trained by a Zhuhai institution and appraised by the city centre, or via a competition/evaluation organised by the city */
      organisedLocally: z.boolean().meta(field('由本市组织培训鉴定（或竞赛、评价）')),
    })
    .meta(field('职业资格证书')),
  /** the occupation's place in the published shortage-occupation subsidy scope */
  shortageCatalogue: z
    .object({
      listed: z.boolean().meta(field('列入紧缺工种目录', { fact: 'shortage.listed' })),
      publishedOn: isoDate()
        .nullable()
        .meta(field('目录公布日期', { fact: 'shortage.publishedOn' })),
    })
    .meta(field('紧缺工种目录')),
  /** labour contract with the employer; endOn null = 无固定期限 */
  contract: z
    .object({
      localEmployer: z.boolean().meta(field('与本市用人单位签订')),
      startOn: isoDate().meta(field('合同起始日期')),
      endOn: isoDate().nullable().meta(field('合同终止日期（无固定期限不填）')),
    })
    .nullable()
    .meta(field('劳动合同', { fact: 'contract.current' })),
  insurance: z
    .object({
      /** currently paying social insurance in Zhuhai */
      payingLocally: z.boolean().meta(field('正在本市缴纳社会保险', { fact: 'insurance.payingLocally' })),
      /** months of contributions recorded in Zhuhai */
      localMonths: z
        .number()
        .int()
        .min(0)
        .max(1200)
        .meta(field('本市缴费月数', { fact: 'insurance.localMonths' })),
    })
    .meta(field('社会保险')),
  /** contract and insurance are recorded in the Zhuhai labour information system (第五条第（一）项) */
  recordedInSystem: z
    .boolean()
    .meta(field('劳动合同和社会保险已录入系统', { fact: 'insurance.recordedInSystem' })),
});
export type Input = z.output<typeof inputSchema>;
type Ctx = RuleContext<Input>;

const levelKey = (ctx: Ctx) => `level_${ctx.input.certificate.level}`;
const isLocal = (ctx: Ctx) => (LOCAL_ORIGINS as readonly string[]).includes(ctx.input.labourOrigin);
/** Parts actually claimable: certificates not obtained through training carry the appraisal part only. */
export const requestedParts = ({ part, certificate }: Pick<Input, 'part' | 'certificate'>): string[] => {
  const parts = part === 'both' ? ['training', 'appraisal'] : [part];
  return part === 'both' && certificate.obtainedBy !== 'training' ? ['appraisal'] : parts;
};

/** Contract term of at least `years` (以上含本数): end ≥ start + years − 1 day; open-ended always qualifies. */
function contractLongEnough(ctx: Ctx, origin: 'local' | 'non_local'): { ok: boolean; detail?: string } {
  const contract = ctx.input.contract;
  if (!contract) return { ok: false, detail: '无劳动合同记录' };
  if (!contract.localEmployer) return { ok: false, detail: '劳动合同的用人单位不是本市单位' };
  const years = ctx.param('contract_min_years', origin).toNumber();
  if (contract.endOn === null) return { ok: true };
  const required = addDays(addYears(contract.startOn, years), -1);
  ctx.note('合同期限须至少截至', required);
  return contract.endOn >= required
    ? { ok: true }
    : { ok: false, detail: `劳动合同期限 ${contract.startOn} 至 ${contract.endOn}，不足${years}年` };
}

export const policy = definePolicy({
  id: 'zhuhai.high-skill-subsidy',
  name: '珠海市高技能人才培训鉴定补贴',
  jurisdiction: { code: 'zhuhai', name: '珠海市' },
  document: documentRef('zhuhai.high-skill-subsidy'),
  validity: { from: POLICY_START, to: null, clause: '印发通知' },
  paysMoney: true,
  applicantKinds: ['institution_on_behalf'],
  materials,
  timeLimits,
  notes,
  input: inputSchema,
  parameters: loadParameters(new URL('./parameters.yaml', import.meta.url)),
  usesParameters: [
    'training_subsidy',
    'appraisal_subsidy',
    'application_window_days',
    'contract_min_years',
    'non_local_insurance_min_months',
  ],
  parameterDate: (input) => input.certificate.issuedOn,
  conditions: [
    {
      id: 'certificate_level',
      clause: '第一条',
      label: '证书等级',
      pass: '取得高级（三级）及以上国家职业资格证书',
      fail: '未取得高级（三级）、技师（二级）或高级技师（一级）国家职业资格证书',
      test: (ctx) => ctx.input.certificate.level <= 3,
    },
    {
      id: 'shortage_occupation',
      clause: '第二条第（一）项、第五条第（四）项',
      label: '紧缺技工工种补贴范围',
      pass: '所持证书工种属于市劳动保障局公布的紧缺技工工种补贴范围，且证书在公布之日后核发',
      fail: '所持证书工种不属于已公布的紧缺技工工种补贴范围',
      test: (ctx) => {
        const { listed, publishedOn } = ctx.input.shortageCatalogue;
        const issued = ctx.input.certificate.issuedOn;
        if (!listed || publishedOn === null)
          return { ok: false, detail: `${ctx.input.certificate.occupation}未列入补贴范围` };
        if (issued < POLICY_START) {
          return { ok: false, detail: `证书核发日期 ${issued} 早于本办法印发日期 ${POLICY_START}` };
        }
        if (issued < publishedOn) {
          return { ok: false, detail: `证书核发日期 ${issued} 早于该工种补贴范围公布日期 ${publishedOn}` };
        }
        return true;
      },
    },
    {
      id: 'local_contract_insurance',
      clause: '第二条第（二）项',
      label: '本市城乡劳动力和省内农村劳动力的劳动合同和社会保险',
      pass: '与本市用人单位签订1年以上劳动合同并缴纳社会保险费',
      fail: '未与本市用人单位签订1年以上劳动合同并缴纳社会保险费',
      applies: isLocal,
      test: (ctx) => {
        const contract = contractLongEnough(ctx, 'local');
        if (!contract.ok) return contract;
        return ctx.input.insurance.payingLocally ? true : { ok: false, detail: '未在本市缴纳社会保险费' };
      },
    },
    {
      id: 'non_local_contract_insurance',
      clause: '第二条第（二）项',
      label: '市外城镇劳动力和省外农村劳动力的劳动合同和社会保险',
      pass: '与本市用人单位签订3年以上劳动合同并在本市缴纳社会保险费满3年',
      fail: '未与本市用人单位签订3年以上劳动合同并在本市缴纳社会保险费满3年',
      applies: (ctx) => !isLocal(ctx),
      test: (ctx) => {
        const contract = contractLongEnough(ctx, 'non_local');
        if (!contract.ok) return contract;
        const months = ctx.param('non_local_insurance_min_months');
        return months.lte(ctx.input.insurance.localMonths)
          ? true
          : {
              ok: false,
              detail: `在本市缴纳社会保险费 ${ctx.input.insurance.localMonths} 个月，不足 ${months} 个月`,
            };
      },
    },
    {
      id: 'local_training_appraisal',
      clause: '第二条第（三）项',
      label: '本市培训鉴定或竞赛评价',
      pass: '参加本市组织的培训和鉴定考核（或本市组织的竞赛、评价、直接鉴定）取得证书',
      fail: '证书不是通过本市组织的培训鉴定、竞赛、评价或直接鉴定取得',
      test: (ctx) => ctx.input.certificate.organisedLocally,
    },
    {
      id: 'recorded_in_system',
      clause: '第五条第（一）项',
      label: '信息系统记录',
      pass: '劳动合同和社会保险缴费在珠海市劳动保障信息系统中有记录',
      fail: '珠海市劳动保障信息系统中没有劳动合同或社会保险缴费记录，不给予补贴',
      test: (ctx) => ctx.input.recordedInSystem,
    },
    {
      id: 'within_application_window',
      clause: '第四条第（一）项、第五条第（一）项',
      label: '申领期限',
      pass: '自证书核发之日起60日内提出申请',
      fail: '超过自证书核发之日起60日的申领期限，视作自动放弃补贴',
      test: (ctx) => {
        const days = ctx.param('application_window_days').toNumber();
        const issued = ctx.input.certificate.issuedOn;
        const applied = ctx.input.appliedOn ?? ctx.on;
        const end = ctx.calendar.periodEnd(issued, days);
        ctx.note('申领截止日', end);
        return ctx.calendar.isWithinDays(issued, days, applied)
          ? { ok: true, detail: `申请日 ${applied}，截止日 ${end}` }
          : { ok: false, detail: `申请日 ${applied}，截止日 ${end}` };
      },
    },
    {
      id: 'training_part_requires_training',
      clause: '第三条',
      label: '培训费补贴的取得方式',
      pass: '通过参加培训取得证书，可申领培训费补贴',
      fail: '通过竞赛、评价、直接参加鉴定等方式取得证书的，只给予技能鉴定补贴',
      applies: (ctx) => ctx.input.part === 'training',
      test: (ctx) => ctx.input.certificate.obtainedBy === 'training',
    },
    {
      id: 'once_per_level',
      clause: '第五条第（二）项',
      label: '每个等级每人只能享受一次',
      pass: '该等级补贴此前未享受过',
      fail: '该等级补贴已享受过，每个等级每人只能享受一次',
      test: (ctx) => {
        const r = oncePerCategory(
          ctx.pastClaims,
          'zhuhai.high-skill-subsidy',
          levelKey(ctx),
          requestedParts(ctx.input),
        );
        return { ok: r.ok, conflicts: r.conflicts };
      },
    },
  ],
  checks: [
    {
      id: 'training_materials',
      clause: '第四条第（二）项第1目',
      label: '培训补贴申领材料齐全：申请表、花名册、国家职业资格证书原件和复印件、补贴对象委托书',
      applies: (ctx) => requestedParts(ctx.input).includes('training'),
    },
    {
      id: 'appraisal_materials',
      clause: '第四条第（二）项第2目',
      label: '技能鉴定补贴申领材料齐全：申请表、花名册',
      applies: (ctx) => requestedParts(ctx.input).includes('appraisal'),
    },
  ],
  // 每个等级每人只能享受一次, the training and appraisal parts separately (第五条第（二）项).
  claimKeys: (input) => requestedParts(input).map((p) => `level_${input.certificate.level}:${p}`),
  amounts: [
    {
      id: 'training',
      label: '培训费补贴',
      kind: 'payable',
      compute: (ctx) =>
        requestedParts(ctx.input).includes('training') && ctx.input.certificate.obtainedBy === 'training'
          ? ctx.param('training_subsidy', levelKey(ctx))
          : new D(0),
    },
    {
      id: 'appraisal',
      label: '技能鉴定费补贴',
      kind: 'payable',
      compute: (ctx) =>
        requestedParts(ctx.input).includes('appraisal')
          ? ctx.param('appraisal_subsidy', levelKey(ctx))
          : new D(0),
    },
  ],
  outputs: (ctx) => ({
    applicationDeadline: ctx.calendar.periodEnd(
      ctx.input.certificate.issuedOn,
      ctx.param('application_window_days').toNumber(),
    ),
  }),
});
