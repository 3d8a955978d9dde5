import { z } from 'zod';
import { field } from '../../../engine/facts.ts';
import { D, dec } from '../../../engine/money.ts';
import { loadParameters } from '../../../engine/parameters.ts';
import { definePolicy, type RuleContext } from '../../../engine/policy.ts';
import { rateString, yuanString } from '../../../engine/schema.ts';
import { documentRef } from '../../documents.ts';

const POLICY_ID = 'county-city.small-firm-loan';

export const inputSchema = z.object({
  employer: z
    .object({
      /** 劳动密集型小企业 */
      labourIntensiveSmall: z.boolean().meta(field('符合贷款条件的劳动密集型小企业')),
      /** 现有在职职工总数 before the new hiring */
      existingStaff: z.number().int().min(1).max(1_000_000).meta(field('现有在职职工总数（招用前）')),
    })
    .meta(field('企业')),
  /** people meeting the loan conditions hired into new posts */
  qualifyingHires: z.number().int().min(0).max(1_000_000).meta(field('新增岗位招用符合贷款条件人员数')),
  /** all of them on contracts of at least one year */
  contractsOneYear: z.boolean().meta(field('新招用人员均签订1年以上期限劳动合同')),
  requestedAmount: yuanString().meta(field('贷款额度（元）')),
  termMonths: z.number().int().min(1).max(360).meta(field('贷款期限（月）')),
  /** annual rate of the loan contract, e.g. "0.0735" */
  annualInterestRate: rateString().meta(field('贷款合同年利率（如0.0735）')),
  /** benchmark annual rate on the contract date, e.g. "0.0435" */
  benchmarkRate: rateString().meta(field('合同签订日基准年利率（如0.0435）')),
});
export type Input = z.output<typeof inputSchema>;
type Ctx = RuleContext<Input>;

const sizeKey = (ctx: Ctx) =>
  ctx.input.employer.existingStaff >= ctx.param('large_firm_staff').toNumber() ? 'from_100' : 'under_100';
const ratio = (ctx: Ctx) => new D(ctx.input.qualifyingHires).div(ctx.input.employer.existingStaff);

export const policy = definePolicy({
  id: POLICY_ID,
  name: '劳动密集型小企业吸纳就业贴息贷款',
  jurisdiction: { code: 'county-city', name: '县级市' },
  document: documentRef('county-city.employment-promotion'),
  validity: { from: '2009-01-01', to: null, clause: '三(三)3' },
  paysMoney: true,
  applicantKinds: ['employer'],
  materials: [
    {
      applicant: 'employer',
      label: '劳动密集型小企业贴息贷款申请',
      clause: '三(三)3',
      items: [
        '企业在职职工名册',
        '新招用人员花名册及劳动合同',
        '贷款申请及项目情况',
        '借款合同（利率、期限）',
      ],
    },
  ],
  timeLimits: [],
  notes: [
    '招用比例按新招用符合条件人员÷招用前在职职工总数精确比较；在职职工100人以上（含100人）的按10%，其余按20%，均含本数。',
    '贷款额度由经办银行根据实际招用人数合理确定（人工审核），最高200万元；贴息为按合同利率计算利息的50%，合同利率不得超过基准利率上浮3个百分点；期限不超过2年。',
  ],
  input: inputSchema,
  parameters: loadParameters(new URL('./parameters.yaml', import.meta.url)),
  usesParameters: [
    'hire_ratio',
    'large_firm_staff',
    'loan_max',
    'interest_subsidy_ratio',
    'max_term_months',
    'max_rate_markup',
  ],
  parameterDate: (_input, on) => on,
  conditions: [
    {
      id: 'labour_intensive_small',
      clause: '三(三)3',
      label: '劳动密集型小企业',
      pass: '属于符合贷款条件的劳动密集型小企业',
      fail: '不属于劳动密集型小企业',
      test: (ctx) => ctx.input.employer.labourIntensiveSmall,
    },
    {
      id: 'hire_ratio',
      clause: '三(三)3',
      label: '新增岗位招用比例',
      pass: '新增岗位招用符合条件人员达到规定比例',
      fail: '新增岗位招用符合条件人员未达到规定比例',
      test: (ctx) => {
        const need = ctx.param('hire_ratio', sizeKey(ctx));
        const r = ratio(ctx);
        return {
          ok: r.gte(need),
          detail: `招用${ctx.input.qualifyingHires}人÷在职${ctx.input.employer.existingStaff}人=${r.times(100).toDecimalPlaces(2).toFixed(2)}%，须${need.times(100).toFixed(0)}%以上`,
        };
      },
    },
    {
      id: 'contracts_one_year',
      clause: '三(三)3',
      label: '签订1年以上期限劳动合同',
      pass: '新招用人员均签订1年以上期限劳动合同',
      fail: '新招用人员未全部签订1年以上期限劳动合同',
      test: (ctx) => ctx.input.contractsOneYear,
    },
    {
      id: 'loan_within_limits',
      clause: '三(三)3',
      label: '贷款额度、期限和利率',
      pass: '贷款额度不超过200万元、期限不超过2年、利率不超过基准利率上浮3个百分点',
      fail: '贷款额度、期限或利率超出规定',
      test: (ctx) => {
        const problems: string[] = [];
        const max = ctx.param('loan_max');
        if (dec(ctx.input.requestedAmount).gt(max))
          problems.push(`申请${dec(ctx.input.requestedAmount).toFixed(2)}元超过${max.toFixed(2)}元`);
        if (ctx.input.termMonths > ctx.param('max_term_months').toNumber())
          problems.push(`期限${ctx.input.termMonths}个月超过24个月`);
        const cap = dec(ctx.input.benchmarkRate).plus(ctx.param('max_rate_markup'));
        if (dec(ctx.input.annualInterestRate).gt(cap))
          problems.push(`利率${ctx.input.annualInterestRate}超过${cap.toString()}`);
        return problems.length === 0 ? true : { ok: false, detail: problems.join('；') };
      },
    },
  ],
  checks: [
    { id: 'loan_amount_reasonable', clause: '三(三)3', label: '经办银行根据实际招用人数合理确定贷款额度' },
  ],
  amounts: [
    {
      id: 'annual_interest_subsidy',
      label: '年度贴息金额',
      kind: 'payable',
      compute: (ctx) =>
        dec(ctx.input.requestedAmount)
          .times(ctx.input.annualInterestRate)
          .times(ctx.param('interest_subsidy_ratio')),
    },
  ],
  outputs: (ctx) => ({
    requiredRatio: ctx.param('hire_ratio', sizeKey(ctx)).toString(),
    hireRatio: ratio(ctx).toDecimalPlaces(4).toString(),
  }),
});
