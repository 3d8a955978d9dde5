import { z } from 'zod';
import { cite } from '../engine/documents.ts';
import { RulesError } from '../engine/errors.ts';
import { D, type Dec } from '../engine/money.ts';
import { loadParameters, lookup, type ParamTree } from '../engine/parameters.ts';

/**
 * Programme KPIs of the skills re-employment plan (城镇技能再就业计划) and the entrepreneurship plan
 * (能力促创业计划 / SYB): targets are dated parameters of each jurisdiction
 * (policies/<jurisdiction>/programme-kpis/parameters.yaml); this pure function compares a year's
 * actual figures with the targets in force on 31 December of that year. Ratios are exact fractions;
 * "达到…以上" includes the target (≥). An indicator whose figures are missing, or whose denominator
 * is zero, is reported as no_data (never as met).
 */
export const KPI_JURISDICTIONS = {
  fujian: { name: '福建省', dir: '../policies/fujian/programme-kpis/' },
  hainan: { name: '海南省', dir: '../policies/hainan/programme-kpis/' },
  'key-cities': { name: '全国100个重点联系城市', dir: '../policies/key-cities/programme-kpis/' },
} as const;
export type KpiJurisdiction = keyof typeof KPI_JURISDICTIONS;

const trees = new Map<KpiJurisdiction, ParamTree>();
const treeOf = (j: KpiJurisdiction): ParamTree => {
  let tree = trees.get(j);
  if (!tree) {
    tree = loadParameters(new URL(`${KPI_JURISDICTIONS[j].dir}parameters.yaml`, import.meta.url));
    trees.set(j, tree);
  }
  return tree;
};

const count = () => z.number().int().min(0);
export const kpiActualsSchema = z.object({
  skills: z
    .object({
      /** persons trained in the year */
      trainees: count(),
      /** of whom passed the assessment */
      passed: count().optional(),
      /** of whom re-employed after training */
      reemployed: count().optional(),
    })
    .optional(),
  entrepreneurship: z
    .object({
      trainees: count(),
      passed: count().optional(),
      /** trainees who opened a business within 3 / 6 months after training (or services) */
      openedWithin3Months: count().optional(),
      openedWithin6Months: count().optional(),
      /** businesses opened by trainees, and the jobs they created excluding the founders */
      businessesOpened: count().optional(),
      jobsCreated: count().optional(),
      /** businesses opened at least one year before the year end, and of those still operating */
      openedOneYearBefore: count().optional(),
      stillOperating: count().optional(),
    })
    .optional(),
});
export type KpiActuals = z.input<typeof kpiActualsSchema>;

export interface KpiOptions {
  /** key cities: 直辖市 have the 3 000 trainee target */
  cityKind?: 'ordinary' | 'municipality';
}

export interface IndicatorResult {
  id: string;
  programme: 'skills' | 'entrepreneurship';
  label: string;
  /** count: actual ≥ target; ratio: numerator ÷ denominator ≥ target */
  kind: 'count' | 'ratio';
  target: string;
  numerator: number | null;
  denominator: number | null;
  /** exact fraction, e.g. "901/1000" (ratio indicators) */
  fraction: string | null;
  /** the actual value: a count, or the ratio to 4 decimal places (the comparison itself is exact) */
  actual: string | null;
  status: 'met' | 'not_met' | 'no_data';
  citation: string;
  /** Chinese sentence */
  sentence: string;
}

export interface KpiResult {
  jurisdiction: KpiJurisdiction;
  jurisdictionName: string;
  year: number;
  /** the date the targets were read on */
  targetDate: string;
  indicators: IndicatorResult[];
  /** every indicator with a target is met (no_data counts as not met) */
  allMet: boolean;
}

interface Spec {
  id: string;
  param: string;
  programme: 'skills' | 'entrepreneurship';
  kind: 'count' | 'ratio';
  num: string;
  den?: string;
}

const SPECS: readonly Spec[] = [
  {
    id: 'skills_trainees',
    param: 'skills_trainees_per_year',
    programme: 'skills',
    kind: 'count',
    num: 'trainees',
  },
  {
    id: 'skills_pass_rate',
    param: 'skills_pass_rate',
    programme: 'skills',
    kind: 'ratio',
    num: 'passed',
    den: 'trainees',
  },
  {
    id: 'skills_reemployment_rate',
    param: 'skills_reemployment_rate',
    programme: 'skills',
    kind: 'ratio',
    num: 'reemployed',
    den: 'trainees',
  },
  {
    id: 'syb_trainees',
    param: 'syb_trainees_per_year',
    programme: 'entrepreneurship',
    kind: 'count',
    num: 'trainees',
  },
  {
    id: 'syb_pass_rate',
    param: 'syb_pass_rate',
    programme: 'entrepreneurship',
    kind: 'ratio',
    num: 'passed',
    den: 'trainees',
  },
  {
    id: 'syb_opened_3_months',
    param: 'syb_opened_3_months_rate',
    programme: 'entrepreneurship',
    kind: 'ratio',
    num: 'openedWithin3Months',
    den: 'trainees',
  },
  {
    id: 'syb_opened_6_months',
    param: 'syb_opened_6_months_rate',
    programme: 'entrepreneurship',
    kind: 'ratio',
    num: 'openedWithin6Months',
    den: 'trainees',
  },
  {
    id: 'syb_jobs_per_business',
    param: 'syb_jobs_per_business',
    programme: 'entrepreneurship',
    kind: 'ratio',
    num: 'jobsCreated',
    den: 'businessesOpened',
  },
  {
    id: 'syb_stable_one_year',
    param: 'syb_stable_one_year_rate',
    programme: 'entrepreneurship',
    kind: 'ratio',
    num: 'stillOperating',
    den: 'openedOneYearBefore',
  },
];

const pct = (d: Dec) => `${d.times(100).toDecimalPlaces(2).toString()}%`;

export function evaluateProgrammeKpis(
  jurisdiction: KpiJurisdiction,
  year: number,
  rawActuals: KpiActuals,
  options: KpiOptions = {},
): KpiResult {
  if (!(jurisdiction in KPI_JURISDICTIONS)) {
    throw new RulesError('KPI_JURISDICTION_UNKNOWN', `没有 ${String(jurisdiction)} 的计划指标`, {
      jurisdiction,
    });
  }
  const parsed = kpiActualsSchema.safeParse(rawActuals);
  if (!parsed.success) {
    throw new RulesError(
      'KPI_INPUT_INVALID',
      `计划实际完成数不符合要求：${parsed.error.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；')}`,
      {},
    );
  }
  const actuals = parsed.data as Record<string, Record<string, number | undefined> | undefined>;
  const tree = treeOf(jurisdiction);
  const date = `${year}-12-31`;
  const indicators: IndicatorResult[] = [];
  for (const spec of SPECS) {
    const def = tree[spec.param];
    if (!def) continue; // the jurisdiction sets no such target
    let key: string | undefined;
    if (def.by) {
      if (!options.cityKind) {
        throw new RulesError('PARAMETER_KEY_REQUIRED', `${def.label}须指定城市类型（普通/直辖市）`, {
          name: spec.param,
        });
      }
      key = options.cityKind;
    }
    const target = lookup(tree, spec.param, date, key);
    const t = new D(target.value);
    const figures = actuals[spec.programme];
    const num = figures?.[spec.num];
    const den = spec.den ? figures?.[spec.den] : undefined;
    const base = {
      id: spec.id,
      programme: spec.programme,
      label: def.label.replace(/目标$/, ''),
      kind: spec.kind,
      citation: cite(target.ref.doc, target.ref.clause),
    };
    if (spec.kind === 'count') {
      const status = num === undefined ? 'no_data' : new D(num).gte(t) ? 'met' : 'not_met';
      indicators.push({
        ...base,
        target: t.toString(),
        numerator: num ?? null,
        denominator: null,
        fraction: null,
        actual: num === undefined ? null : String(num),
        status,
        sentence:
          num === undefined
            ? `${base.label}：无实际数据（目标${t.toString()}人）`
            : `${base.label}：实际${num}人，目标${t.toString()}人，${status === 'met' ? '达到' : '未达到'}目标`,
      });
      continue;
    }
    if (num === undefined || den === undefined || den === 0) {
      indicators.push({
        ...base,
        target: t.toString(),
        numerator: num ?? null,
        denominator: den ?? null,
        fraction: null,
        actual: null,
        status: 'no_data',
        sentence: `${base.label}：${den === 0 ? '分母为0，' : ''}无法计算（目标${spec.param.endsWith('rate') ? pct(t) : t.toString()}）`,
      });
      continue;
    }
    const ratio = new D(num).div(den);
    const met = ratio.gte(t);
    const isRate = spec.param.endsWith('rate');
    indicators.push({
      ...base,
      target: t.toString(),
      numerator: num,
      denominator: den,
      fraction: `${num}/${den}`,
      actual: ratio.toDecimalPlaces(4).toString(),
      status: met ? 'met' : 'not_met',
      sentence: isRate
        ? `${base.label}：${num}/${den}=${pct(ratio)}，目标${pct(t)}以上，${met ? '达到' : '未达到'}目标`
        : `${base.label}：${num}/${den}=${ratio.toDecimalPlaces(2).toString()}人，目标${t.toString()}人以上，${met ? '达到' : '未达到'}目标`,
    });
  }
  return {
    jurisdiction,
    jurisdictionName: KPI_JURISDICTIONS[jurisdiction].name,
    year,
    targetDate: date,
    indicators,
    allMet: indicators.length > 0 && indicators.every((i) => i.status === 'met'),
  };
}
