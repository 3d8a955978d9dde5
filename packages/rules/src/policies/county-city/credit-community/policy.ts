import { z } from 'zod';
import { oncePerCategory } from '../../../engine/constraints.ts';
import { field } from '../../../engine/facts.ts';
import { D, type Dec, dec, fixed, roundFen } from '../../../engine/money.ts';
import { loadParameters } from '../../../engine/parameters.ts';
import { definePolicy, type RuleContext } from '../../../engine/policy.ts';
import { whenFieldsValid, yuanString } from '../../../engine/schema.ts';
import { documentRef } from '../../documents.ts';

const POLICY_ID = 'county-city.credit-community';
const CLAUSE = '三(二)2';

const count = () => z.number().int().min(0).max(100_000);

export const inputSchema = z
  .object({
    /**
     * recognition 信用社区称号认定及奖励工作经费; counter_guarantee_exemption 社区内借款人免除反担保;
     * bad_debt_compensation 因免除反担保造成的呆帐损失分担与补偿
     */
    purpose: z
      .enum(['recognition', 'counter_guarantee_exemption', 'bad_debt_compensation'])
      .default('recognition')
      .meta(
        field('申请事项', {
          enumLabels: {
            recognition: '信用社区认定及奖励工作经费',
            counter_guarantee_exemption: '信用社区内借款人免除反担保',
            bad_debt_compensation: '免除反担保造成的贷款呆帐损失补偿',
          },
        }),
      ),
    /** the year the community is recognised for (当年) */
    year: z.number().int().min(2000).max(2100).meta(field('认定年度')),
    community: z
      .object({
        /** 充分就业社区 */
        fullEmployment: z.boolean().meta(field('充分就业社区')),
      })
      .meta(field('社区')),
    loans: z
      .object({
        /** persons who received a guaranteed start-up loan through the community in the year */
        borrowers: count().meta(field('借款人数')),
        /** 当年小额担保贷款发放总额 */
        issuedTotal: yuanString().meta(field('发放总额（元）')),
        /** amount of the loans that fell due (到期贷款) */
        maturedDue: yuanString().meta(field('到期贷款额（元）')),
        /** amount of those loans recovered */
        maturedRecovered: yuanString().meta(field('到期已收回额（元）')),
        /** borrowers who signed the 《信用承诺书》 with the community */
        commitmentsSigned: count().meta(field('签订《信用承诺书》的借款人数')),
        /** borrowers with a post-loan tracking service card (贷后管理跟踪服务卡) at the community station */
        trackingCards: count().meta(field('建立贷后管理跟踪服务卡的借款人数')),
      })
      .meta(field('当年小额担保贷款')),
    /**
     * the borrower asking to be exempted from counter-guarantee (purpose counter_guarantee_exemption).
     * The registry knows whether the person holds the certificate (a number kept across
     * registrations); the training certificate and the expert vetting are on paper only.
     */
    borrower: z
      .object({
        /** 持《再就业优惠证》 */
        reemploymentCertificate: z
          .boolean()
          .meta(field('持《再就业优惠证》', { fact: 'person.certificateHolder' })),
        /** 取得《创业培训合格证书》 */
        entrepreneurshipTrainingCertificate: z.boolean().meta(field('取得《创业培训合格证书》')),
        /** 创业项目经市失业人员自主创业服务中心开业指导专家组论证 */
        projectVetted: z.boolean().meta(field('创业项目经开业指导专家组论证')),
      })
      .optional()
      .meta(field('申请免除反担保的借款人')),
    /** a bad-debt loss (purpose bad_debt_compensation) */
    badDebt: z
      .object({
        loss: yuanString().meta(field('损失金额（元）')),
        /** the loan was granted without counter-guarantee under this clause */
        counterGuaranteeExempted: z.boolean().meta(field('该笔贷款依信用社区政策免除了反担保手续')),
      })
      .optional()
      .meta(field('贷款呆帐损失')),
  })
  .refine((v) => dec(v.loans.maturedRecovered).lte(dec(v.loans.maturedDue)), {
    error: '到期已收回贷款额不能大于到期贷款额',
    ...whenFieldsValid,
    path: ['loans', 'maturedRecovered'],
  })
  .refine(
    (v) => v.loans.commitmentsSigned <= v.loans.borrowers && v.loans.trackingCards <= v.loans.borrowers,
    {
      error: '签订信用承诺书人数和建立跟踪服务卡人数不能大于借款人数',
      ...whenFieldsValid,
      path: ['loans'],
    },
  )
  .refine((v) => v.purpose !== 'counter_guarantee_exemption' || v.borrower !== undefined, {
    error: '申请免除反担保须填写借款人情况',
    ...whenFieldsValid,
    path: ['borrower'],
  })
  .refine((v) => v.purpose !== 'bad_debt_compensation' || v.badDebt !== undefined, {
    error: '呆帐损失补偿须填写呆帐损失',
    ...whenFieldsValid,
    path: ['badDebt'],
  });
export type Input = z.output<typeof inputSchema>;
type Ctx = RuleContext<Input>;

const hasMaturities = (ctx: Ctx) => dec(ctx.input.loans.maturedDue).gt(0);
const recoveryRate = (ctx: Ctx): Dec =>
  dec(ctx.input.loans.maturedRecovered).dividedBy(dec(ctx.input.loans.maturedDue));
/** Shown rounded down, so a displayed 96.00% is never a 95.995% that failed. */
const percent = (rate: Dec) => fixed(rate.times(100), 2, 'down');

const isPurpose = (purpose: Input['purpose']) => (ctx: Ctx) => ctx.input.purpose === purpose;
const isRecognition = isPurpose('recognition');
const isExemption = isPurpose('counter_guarantee_exemption');
const isBadDebt = isPurpose('bad_debt_compensation');

const exemptionBasis = (ctx: Ctx): string | null => {
  const b = ctx.input.borrower;
  if (!b) return null;
  if (b.reemploymentCertificate) return 'reemployment_certificate';
  if (b.entrepreneurshipTrainingCertificate && b.projectVetted) return 'training_certificate_vetted_project';
  return null;
};

const zero = () => new D(0);
const loss = (ctx: Ctx): Dec => dec(ctx.input.badDebt?.loss ?? '0');
const bankShare = (ctx: Ctx): Dec =>
  isBadDebt(ctx) ? roundFen(loss(ctx).times(ctx.param('bank_loss_share'))) : zero();
const guarantorShare = (ctx: Ctx): Dec => (isBadDebt(ctx) ? loss(ctx).minus(bankShare(ctx)) : zero());
const compensation = (ctx: Ctx, share: Dec): Dec =>
  isBadDebt(ctx) ? roundFen(share.times(ctx.param('finance_compensation_rate'))) : zero();

const countCondition = (
  id: string,
  label: string,
  pass: string,
  fail: string,
  count: (i: Input['loans']) => number,
) => ({
  id,
  clause: CLAUSE,
  label,
  pass,
  fail,
  test: (ctx: Ctx) => {
    const { borrowers } = ctx.input.loans;
    const done = count(ctx.input.loans);
    return done >= borrowers ? true : { ok: false, detail: `${borrowers}名借款人中仅${done}名` };
  },
});

export const policy = definePolicy({
  id: POLICY_ID,
  name: '小额担保贷款信用社区认定、奖励及免除反担保',
  jurisdiction: { code: 'county-city', name: '县级市' },
  document: documentRef('county-city.employment-promotion'),
  validity: { from: '2009-01-01', to: null, clause: CLAUSE },
  paysMoney: true,
  applicantKinds: ['institution'],
  materials: [
    {
      applicant: 'institution',
      label: '信用社区认定申请（社区就业服务站）',
      clause: CLAUSE,
      items: [
        '当年小额担保贷款发放及到期回收情况（经办银行或担保机构出具）',
        '借款人与社区签订的《信用承诺书》',
        '借款人贷后管理跟踪服务卡',
        '配合欠款追索工作情况',
      ],
    },
    {
      applicant: 'person',
      label: '信用社区内借款人免除反担保',
      clause: CLAUSE,
      items: [
        '《再就业优惠证》，或《创业培训合格证书》及开业指导专家组项目论证意见',
        '经办金融机构或担保机构资信评估意见',
      ],
    },
  ],
  timeLimits: [],
  notes: [
    '“当年小额担保贷款3人以上”按借款人数计算，“以上”含本数。',
    '“到期贷款回收率”按金额计算：到期已收回额 ÷ 到期贷款额，达到96%（含）即符合，精确比较不四舍五入；显示时百分比向下保留两位。当年无到期贷款的，回收率无法计算，交认定部门人工审核。',
    '“借款人和社区签订《信用承诺书》”“建立跟踪服务卡”按当年每一名借款人均已签订、均已建卡判定；承诺书和服务卡的真实性、积极配合欠款追索工作及三部门共同认定由人工审核。',
    '可免除反担保的人员读作两类：持《再就业优惠证》人员；取得《创业培训合格证书》且创业项目经专家组论证的人员。两类均须经办金融机构或担保机构资信评估。',
    '呆帐损失：银行承担额 = 损失 × 50% 四舍五入到分，担保公司承担其余部分，两者之和恰为损失；市财政补偿各自承担额的60%，分别四舍五入到分。',
    '奖励工作经费每个社区每年度认定一次（按认定年度不重复）；免除反担保和呆帐补偿按同一年度的社区情况判定。',
  ],
  input: inputSchema,
  parameters: loadParameters(new URL('./parameters.yaml', import.meta.url)),
  usesParameters: [
    'min_borrowers',
    'min_recovery_rate',
    'reward_rate',
    'bank_loss_share',
    'finance_compensation_rate',
  ],
  parameterDate: (_input, on) => on,
  conditions: [
    {
      id: 'full_employment_community',
      clause: CLAUSE,
      label: '充分就业社区',
      pass: '属于充分就业社区',
      fail: '不是充分就业社区，不能认定为信用社区',
      test: (ctx) => ctx.input.community.fullEmployment,
    },
    {
      id: 'min_borrowers',
      clause: CLAUSE,
      label: '当年小额担保贷款3人以上',
      pass: '当年小额担保贷款3人以上',
      fail: '当年小额担保贷款不足3人',
      test: (ctx) => {
        const min = ctx.param('min_borrowers');
        const n = ctx.input.loans.borrowers;
        return min.lte(n) ? true : { ok: false, detail: `当年贷款${n}人，须${min.toString()}人以上` };
      },
    },
    {
      id: 'recovery_rate',
      clause: CLAUSE,
      label: '到期贷款回收率达96%以上',
      pass: '到期贷款回收率达96%以上',
      fail: '到期贷款回收率未达96%',
      applies: hasMaturities,
      test: (ctx) => {
        const rate = recoveryRate(ctx);
        const min = ctx.param('min_recovery_rate');
        ctx.note('到期贷款回收率', rate.toString());
        const detail = `回收率${percent(rate)}%，须达${percent(min)}%`;
        return { ok: rate.gte(min), detail };
      },
    },
    countCondition(
      'credit_commitments',
      '签订《信用承诺书》',
      '借款人均已与社区签订《信用承诺书》',
      '有借款人未与社区签订《信用承诺书》',
      (l) => l.commitmentsSigned,
    ),
    countCondition(
      'tracking_cards',
      '贷后管理跟踪服务卡',
      '社区就业服务站已为借款人建立贷后管理跟踪服务卡',
      '社区就业服务站未为全部借款人建立贷后管理跟踪服务卡',
      (l) => l.trackingCards,
    ),
    {
      id: 'once_per_year',
      clause: CLAUSE,
      label: '每年认定一次',
      pass: '本年度尚未认定信用社区并核拨奖励工作经费',
      fail: '本年度已认定信用社区并核拨奖励工作经费，每年认定一次',
      applies: isRecognition,
      test: (ctx) => {
        const r = oncePerCategory(ctx.pastClaims, POLICY_ID, `year_${ctx.input.year}`);
        return { ok: r.ok, conflicts: r.conflicts };
      },
    },
    {
      id: 'exemption_borrower',
      clause: CLAUSE,
      label: '可免除反担保的借款人',
      pass: '借款人持《再就业优惠证》，或取得《创业培训合格证书》且创业项目经专家组论证，可免除反担保手续',
      fail: '借款人既未持《再就业优惠证》，也未同时取得《创业培训合格证书》并通过专家组项目论证，不能免除反担保',
      applies: isExemption,
      test: (ctx) => exemptionBasis(ctx) !== null,
    },
    {
      id: 'loss_from_exemption',
      clause: CLAUSE,
      label: '因免除反担保造成的呆帐损失',
      pass: '呆帐损失因依本条免除反担保手续造成',
      fail: '该笔贷款未免除反担保手续，呆帐损失不按本条分担和补偿',
      applies: isBadDebt,
      test: (ctx) => ctx.input.badDebt?.counterGuaranteeExempted === true,
    },
  ],
  checks: [
    { id: 'debt_recovery_cooperation', clause: CLAUSE, label: '社区积极配合欠款追索工作' },
    {
      id: 'joint_recognition',
      clause: CLAUSE,
      label: '市财政局、市人劳社保局、人行市支行共同认定（核实信用承诺书和跟踪服务卡）',
    },
    {
      id: 'no_matured_loans',
      clause: CLAUSE,
      label: '当年无到期贷款，回收率无法计算，由认定部门决定是否视为符合回收率条件',
      applies: (ctx) => !hasMaturities(ctx),
    },
    {
      id: 'credit_assessment',
      clause: CLAUSE,
      label: '经办金融机构或担保机构资信评估通过',
      applies: isExemption,
    },
    { id: 'loss_verified', clause: CLAUSE, label: '市财政按相关规定核定呆帐损失', applies: isBadDebt },
  ],
  // The title and its reward once a year; exemptions and loss compensations limit nothing later.
  claimKeys: (input) => (input.purpose === 'recognition' ? [`year_${input.year}`] : []),
  amounts: [
    {
      id: 'reward',
      label: '信用社区奖励工作经费',
      kind: 'payable',
      compute: (ctx) =>
        isRecognition(ctx) ? dec(ctx.input.loans.issuedTotal).times(ctx.param('reward_rate')) : zero(),
    },
    { id: 'bank_loss_share', label: '贷款经办银行承担呆帐损失', kind: 'figure', compute: bankShare },
    { id: 'guarantor_loss_share', label: '担保公司承担呆帐损失', kind: 'figure', compute: guarantorShare },
    {
      id: 'bank_compensation',
      label: '市财政补偿贷款经办银行',
      kind: 'payable',
      compute: (ctx) => compensation(ctx, bankShare(ctx)),
    },
    {
      id: 'guarantor_compensation',
      label: '市财政补偿担保公司',
      kind: 'payable',
      compute: (ctx) => compensation(ctx, guarantorShare(ctx)),
    },
    {
      id: 'bank_net_loss',
      label: '贷款经办银行补偿后实际承担',
      kind: 'figure',
      compute: (ctx) => bankShare(ctx).minus(compensation(ctx, bankShare(ctx))),
    },
    {
      id: 'guarantor_net_loss',
      label: '担保公司补偿后实际承担',
      kind: 'figure',
      compute: (ctx) => guarantorShare(ctx).minus(compensation(ctx, guarantorShare(ctx))),
    },
  ],
  outputs: (ctx) => ({
    creditCommunity: true,
    recoveryRatePercent: hasMaturities(ctx) ? percent(recoveryRate(ctx)) : null,
    counterGuaranteeExempt: isExemption(ctx) ? exemptionBasis(ctx) !== null : null,
    exemptionBasis: isExemption(ctx) ? exemptionBasis(ctx) : null,
  }),
});
