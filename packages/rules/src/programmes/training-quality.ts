import { cite } from '../engine/documents.ts';
import { isRulesError } from '../engine/errors.ts';
import { D } from '../engine/money.ts';
import { loadParameters, lookup, type ParamTree } from '../engine/parameters.ts';
import { evaluateProgrammeKpis, type IndicatorResult, type KpiActuals, type KpiResult } from './kpis.ts';

/**
 * How the skills re-employment plan's results are measured where the plan leaves the measure to
 * the bureau (policies/fujian/training-quality/parameters.yaml): the re-employment window, the
 * plan year whose rates apply after the plan ended, and the yearly evaluation of designated
 * institutions. Pure: no clock, no database.
 */
let tree: ParamTree | undefined;
const params = () => {
  tree ??= loadParameters(new URL('../policies/fujian/training-quality/parameters.yaml', import.meta.url));
  return tree;
};

const citeOf = (v: ReturnType<typeof lookup>) =>
  `${cite(v.ref.doc, v.ref.clause)}${v.ref.note ? `（${v.ref.note}）` : ''}`;

/** Months after a class's last day within which registry work counts as re-employment. */
export function reemploymentWindow(onDate: string): { months: number; citation: string } {
  const v = lookup(params(), 'reemployment_window_months', onDate);
  return { months: Number(v.value), citation: citeOf(v) };
}

/**
 * The plan's KPIs of one programme for a year's figures, with the plan's own semantics
 * (programmes/kpis.ts). After the plan's five years the bureau measures against the rates of the
 * plan's last year (`plan_rates_year`); `ratesYear` and `note` say so.
 */
function planKpis(
  year: number,
  programme: 'skills' | 'entrepreneurship',
  actuals: KpiActuals,
): { ratesYear: number; note: string | null; result: KpiResult } {
  let ratesYear = year;
  let note: string | null = null;
  try {
    const v = lookup(params(), 'plan_rates_year', `${year}-12-31`);
    ratesYear = Number(v.value);
    note = `按${ratesYear}年计划指标：${citeOf(v)}`;
  } catch (e) {
    if (!isRulesError(e, 'PARAMETER_UNDEFINED')) throw e; // within the plan: the year's own targets
  }
  const result = evaluateProgrammeKpis('fujian', ratesYear, actuals);
  return {
    ratesYear,
    note,
    result: { ...result, indicators: result.indicators.filter((i) => i.programme === programme) },
  };
}

/** The skills re-employment plan's KPIs (trained, pass rate, re-employment rate). */
export const skillsKpis = (year: number, skills: { trainees: number; passed: number; reemployed: number }) =>
  planKpis(year, 'skills', { skills });

/**
 * The entrepreneurship plan's KPIs (能力促创业计划 二(二): trainees, pass rate, 3/6-month opening
 * rates, jobs per business, one-year survival), measured like the skills plan's.
 */
export const entrepreneurshipKpis = (
  year: number,
  entrepreneurship: NonNullable<KpiActuals['entrepreneurship']>,
) => planKpis(year, 'entrepreneurship', { entrepreneurship });

export type InstitutionDecision = 'keep' | 'rectify' | 'suspend' | 'withdraw';

export interface InstitutionCheck {
  id: 'pass_rate' | 'certificate_rate' | 'employment_rate' | 'plan_completion';
  label: string;
  numerator: number;
  denominator: number;
  /** the bar as a decimal string, e.g. "0.9" */
  target: string;
  status: 'met' | 'not_met' | 'no_data';
  citation: string;
}

export interface InstitutionEvaluation {
  checks: InstitutionCheck[];
  decision: InstitutionDecision;
  /** the outcome in Chinese, one sentence per check and the decision's reason */
  conclusion: string;
}

const pct = (num: number, den: number) => `${new D(num).div(den).times(100).toDecimalPlaces(2).toString()}%`;

/**
 * The yearly performance evaluation of a designated institution (城镇技能再就业计划 四(九): 根据培训
 * 合格率、职业资格证书取得率、就业率以及培训计划落实情况…业绩考核) and the decision recommended from
 * it (四(八)): all bars met → keep; no trainee although classes were planned (不能承担培训任务) →
 * suspend; a bar missed → rectify (限期整改), or withdraw when the institution was already under a
 * rectification order (整改无效的，取消其定点培训机构资格).
 */
export function evaluateInstitution(input: {
  year: number;
  trained: number;
  passed: number;
  certified: number;
  employed: number;
  planned: number;
  rectifying: boolean;
}): InstitutionEvaluation {
  const date = `${input.year}-12-31`;
  const kpis = skillsKpis(input.year, {
    trainees: input.trained,
    passed: input.passed,
    reemployed: input.employed,
  }).result.indicators;
  const fromKpi = (
    id: InstitutionCheck['id'],
    kpi: IndicatorResult | undefined,
    num: number,
  ): InstitutionCheck => ({
    id,
    label: kpi?.label ?? id,
    numerator: num,
    denominator: input.trained,
    target: kpi?.target ?? '0',
    status: kpi?.status ?? 'no_data',
    citation: kpi?.citation ?? '',
  });
  const bar = (id: InstitutionCheck['id'], name: string, num: number, den: number): InstitutionCheck => {
    const v = lookup(params(), name, date);
    const status = den === 0 ? 'no_data' : new D(num).div(den).gte(v.value) ? 'met' : 'not_met';
    return {
      id,
      label: v.label.replace(/^定点机构/, '').replace(/考核线$/, ''),
      numerator: num,
      denominator: den,
      target: v.value,
      status,
      citation: citeOf(v),
    };
  };
  const checks: InstitutionCheck[] = [
    fromKpi(
      'pass_rate',
      kpis.find((i) => i.id === 'skills_pass_rate'),
      input.passed,
    ),
    bar('certificate_rate', 'institution_certificate_rate_min', input.certified, input.trained),
    fromKpi(
      'employment_rate',
      kpis.find((i) => i.id === 'skills_reemployment_rate'),
      input.employed,
    ),
    bar('plan_completion', 'institution_plan_completion_min', input.trained, input.planned),
  ];
  const lines = checks.map((c) => {
    const actual =
      c.denominator === 0 ? '无数据' : `${c.numerator}/${c.denominator}=${pct(c.numerator, c.denominator)}`;
    const verdict = c.status === 'met' ? '达到' : '未达到';
    return `${c.label}${actual}，考核线${new D(c.target).times(100).toString()}%，${verdict}`;
  });
  let decision: InstitutionDecision;
  let reason: string;
  if (input.trained === 0 && input.planned > 0) {
    decision = 'suspend';
    reason = '年度内无结业学员，不能承担培训任务，建议暂停定点资格';
  } else if (checks.every((c) => c.status === 'met')) {
    decision = 'keep';
    reason = '各项指标均达到考核线，建议保留定点资格';
  } else if (input.rectifying) {
    decision = 'withdraw';
    reason = '限期整改期间考核仍未达标，整改无效，建议取消定点培训机构资格';
  } else {
    decision = 'rectify';
    reason = '有指标未达到考核线，建议限期整改';
  }
  return { checks, decision, conclusion: `${input.year}年度：${lines.join('；')}。${reason}。` };
}
