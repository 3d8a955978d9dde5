import { z } from 'zod';
import { addDays, compareDates, type IsoDate } from '../../../engine/dates.ts';
import { field } from '../../../engine/facts.ts';
import { D, type Dec, dec, max, min } from '../../../engine/money.ts';
import { loadParameters, mergeParameters } from '../../../engine/parameters.ts';
import { definePolicy, type RuleContext } from '../../../engine/policy.ts';
import { isoDate, rateString, whenFieldsValid, yuanString } from '../../../engine/schema.ts';
import { documentRef } from '../../documents.ts';
import { EXCLUDED_INDUSTRIES, EXCLUDED_INDUSTRY_LABELS } from '../guaranteed-loan/industries.ts';

/** The longest period one evaluation covers (a claim period is a quarter). */
export const MAX_PERIOD_DAYS = 366;

export const inputSchema = z
  .object({
    borrower: z
      .object({
        group: z.enum(['job_loser', 'certificate_holder', 'urban_veteran', 'other_unemployed']).meta(
          field('借款人类别', {
            enumLabels: {
              job_loser: '就业转失业人员',
              certificate_holder: '持《再就业优惠证》人员',
              urban_veteran: '城镇复退军人',
              other_unemployed: '其他失业人员',
            },
          }),
        ),
      })
      .meta(field('借款人')),
    partners: z.number().int().min(1).max(100).default(1).meta(field('合伙人数（个人经营为1）')),
    project: z
      .object({
        serviceSector: z.boolean().meta(field('服务业项目')),
        industry: z
          .enum([...EXCLUDED_INDUSTRIES, 'other'])
          .meta(field('项目行业', { enumLabels: { ...EXCLUDED_INDUSTRY_LABELS, other: '其他行业' } })),
      })
      .meta(field('创业项目')),
    loan: z
      .object({
        principal: yuanString().meta(field('放款本金（元）')),
        annualInterestRate: rateString().meta(field('贷款合同年利率（如0.0435）')),
        disbursedOn: isoDate().meta(field('放款日期')),
        /** the original maturity: an extension (展期) does not move it */
        maturesOn: isoDate().meta(field('原贷款到期日')),
        extended: z.boolean().default(false).meta(field('已展期')),
        /** 代偿 by the guarantee fund or 核销: no borrower's balance from that day */
        closedOn: isoDate().nullable().default(null).meta(field('代偿或核销日期')),
      })
      .meta(field('贷款')),
    /** principal repaid, as the bank booked it: the balance falls on the day paid (算头不算尾) */
    repayments: z
      .array(
        z
          .object({
            paidOn: isoDate().meta(field('还款日期')),
            principal: yuanString().meta(field('还本金额（元）')),
          })
          .meta(field('一笔还本')),
      )
      .max(400)
      .default([])
      .meta(field('还本记录')),
    period: z
      .object({ start: isoDate().meta(field('贴息期起始日')), end: isoDate().meta(field('贴息期截止日')) })
      .meta(field('贴息期')),
  })
  .refine((v) => v.period.start <= v.period.end, {
    error: '贴息期起始日不能晚于截止日',
    path: ['period', 'end'],
    ...whenFieldsValid,
  })
  .refine((v) => compareDates(addDays(v.period.start, MAX_PERIOD_DAYS - 1), v.period.end) >= 0, {
    error: `贴息期不能超过${MAX_PERIOD_DAYS}天`,
    path: ['period', 'end'],
    ...whenFieldsValid,
  });
export type Input = z.output<typeof inputSchema>;
type Ctx = RuleContext<Input>;

/**
 * The loan's days in the period with a balance, each with its outstanding principal: principal less
 * the principal repaid up to and including that day (interest runs from the disbursement day and
 * not on the day of repayment, 算头不算尾), none before disbursement, none from the day of 代偿 or
 * 核销, none once fully repaid. `inTerm` marks the days before the original maturity.
 */
export function balanceDays(input: Input): { day: IsoDate; balance: Dec; inTerm: boolean }[] {
  const { loan, repayments, period } = input;
  const principal = dec(loan.principal);
  const out: { day: IsoDate; balance: Dec; inTerm: boolean }[] = [];
  const first = compareDates(loan.disbursedOn, period.start) > 0 ? loan.disbursedOn : period.start;
  for (let day = first; day <= period.end; day = addDays(day, 1)) {
    if (loan.closedOn !== null && day >= loan.closedOn) break;
    const repaid = repayments.filter((r) => r.paidOn <= day).reduce((s, r) => s.plus(r.principal), new D(0));
    const balance = max(0, principal.minus(repaid));
    if (balance.gt(0)) out.push({ day, balance, inTerm: day < loan.maturesOn });
  }
  return out;
}

/** 标准额度: 5万 for one borrower (a collateral loan's larger part is not subsidised); 3万 per partner, at most 10万. */
export const subsidisedQuota = (ctx: Ctx): Dec =>
  ctx.input.partners > 1
    ? min(ctx.param('partner_max').times(ctx.input.partners), ctx.param('loan_max', 'partnership'))
    : ctx.param('loan_max', 'standard');

const ratio = (ctx: Ctx): Dec =>
  ctx.param(
    'interest_subsidy_ratio',
    ctx.input.borrower.group === 'other_unemployed' ? 'other_unemployed' : 'full',
  );

/** Σ over the subsidised days of the balance within the quota, in fen·days. */
function balanceFenDays(ctx: Ctx): { days: number; fenDays: Dec } {
  const quota = subsidisedQuota(ctx);
  const days = balanceDays(ctx.input).filter((d) => d.inTerm);
  const fenDays = days.reduce((s, d) => s.plus(min(d.balance, quota).times(100)), new D(0));
  ctx.note('贴息天数', days.length);
  ctx.note('贴息积数（分·天）', fenDays.toString());
  return { days: days.length, fenDays };
}

/**
 * Σ balance × days × annual rate ÷ day basis × ratio, rounded half up to the fen once for the loan
 * and period (rounding each day would let a quarter's amount drift by up to a fen a day).
 */
const subsidyYuan = (ctx: Ctx): Dec => {
  const { fenDays } = balanceFenDays(ctx);
  const fen = fenDays
    .times(ctx.input.loan.annualInterestRate)
    .times(ratio(ctx))
    .div(ctx.param('interest_day_basis'))
    .toDecimalPlaces(0, D.ROUND_HALF_UP);
  return fen.div(100);
};

const CLAUSE = '三(二)1';

export const policy = definePolicy({
  id: 'county-city.guaranteed-loan-interest-subsidy',
  name: '小额担保贷款贴息（按期核算）',
  jurisdiction: { code: 'county-city', name: '县级市' },
  document: documentRef('county-city.employment-promotion'),
  validity: { from: '2009-01-01', to: null, clause: CLAUSE },
  paysMoney: true,
  applicantKinds: ['person'],
  materials: [
    {
      applicant: 'person',
      label: '贴息申请（经办银行按期报送）',
      clause: CLAUSE,
      items: ['经办银行贴息申请汇总表', '借款人贷款合同及还款记录'],
    },
  ],
  timeLimits: [],
  notes: [
    '按期（季度）逐笔核算：每日贷款余额（放款本金减去当日及以前已还本金；放款前、结清后、代偿或核销之日起无余额）以标准额度为限，乘以合同年利率，除以日利率换算天数，再乘以贴息比例。',
    '原贷款到期日之后的天数不贴息（展期不贴息）；非服务业项目和广告业、房屋中介、典当、桑拿、按摩、网吧、氧吧等项目不贴息。',
    '每笔贷款每期四舍五入到分一次。贴息属于借款人（种子文本"对……人员据实全额贴息"），按借款人逐笔立案，由经办银行按期汇总申报。',
  ],
  input: inputSchema,
  parameters: mergeParameters(
    loadParameters(new URL('../guaranteed-loan/parameters.yaml', import.meta.url)),
    loadParameters(new URL('./parameters.yaml', import.meta.url)),
  ),
  usesParameters: ['loan_max', 'partner_max', 'interest_subsidy_ratio', 'interest_day_basis'],
  parameterDate: (input) => input.period.start,
  conditions: [
    {
      id: 'service_sector',
      clause: CLAUSE,
      label: '服务业项目',
      pass: '从事服务业项目',
      fail: '非服务业项目不贴息',
      test: (ctx) => ctx.input.project.serviceSector,
    },
    {
      id: 'industry_not_excluded',
      clause: CLAUSE,
      label: '不属于除外行业',
      pass: '不属于广告业、房屋中介、典当、桑拿、按摩、网吧、氧吧等除外行业',
      fail: '广告业、房屋中介、典当、桑拿、按摩、网吧、氧吧等项目不贴息',
      test: (ctx) => ctx.input.project.industry === 'other',
    },
    {
      id: 'balance_in_period',
      clause: CLAUSE,
      label: '本期有贷款余额',
      pass: '本期内有贷款余额',
      fail: '本期内没有贷款余额（未放款、已结清、已代偿或核销）',
      test: (ctx) => balanceDays(ctx.input).length > 0,
    },
    {
      id: 'within_original_term',
      clause: CLAUSE,
      label: '原贷款期限内',
      pass: '本期有原贷款期限内的天数',
      fail: '本期均在原贷款到期日之后，不贴息（展期不贴息）',
      applies: (ctx) => balanceDays(ctx.input).length > 0,
      test: (ctx) =>
        balanceDays(ctx.input).some((d) => d.inTerm)
          ? true
          : {
              ok: false,
              detail: `原贷款到期日${ctx.input.loan.maturesOn}${ctx.input.loan.extended ? '，已展期' : ''}`,
            },
    },
  ],
  checks: [],
  amounts: [
    {
      id: 'balance_days',
      label: '贴息积数（标准额度内余额×天数，元·天）',
      kind: 'figure',
      compute: (ctx) => balanceFenDays(ctx).fenDays.div(100),
    },
    { id: 'interest_subsidy', label: '本期贴息金额', kind: 'payable', compute: subsidyYuan },
  ],
  outputs: (ctx) => {
    const { days, fenDays } = balanceFenDays(ctx);
    return {
      days,
      balanceDaysFen: fenDays.toNumber(),
      ratio: ratio(ctx).toString(),
      dayBasis: ctx.param('interest_day_basis').toNumber(),
      quota: subsidisedQuota(ctx).toFixed(2),
    };
  },
});
