import { dec, fixed } from '@minsheng/rules/engine/money.ts';

/** What the rates are counted from: the audit samples' counts and the survey batches' forms. */
export interface SampleCounts {
  itemsChecked: number;
  resultErrors: number;
  omittedItems: number;
  entryErrors: number;
}
export interface SurveyCounts {
  forms: number;
  satisfied: number;
}

/** The four figures of 第二十条 in percent, as the settlement rule reads them ("1.5" is 1.5%). */
export interface QualityRates {
  result_error: string;
  missed_item: string;
  data_entry_error: string;
  satisfaction: string;
}

/**
 * Places of the percent strings: four, rounded half up — the precision the rule's `percentString`
 * takes. A rate is counted once over all samples (Σ errors / Σ items checked), never averaged.
 */
export const RATE_PLACES = 4;

const percent = (part: number, whole: number) => fixed(dec(part).times(100).div(whole), RATE_PLACES);

const total = <T>(rows: readonly T[], f: (r: T) => number) => rows.reduce((s, r) => s + f(r), 0);

/**
 * 第二十条's rates from the records: 检查检验结果差错率 = Σ result errors / Σ items checked × 100,
 * 检验项目漏检率 = Σ omitted items / Σ items checked × 100, 数据录入差错率 = Σ entry errors / Σ items
 * checked × 100 (of the audit samples), 满意率 = Σ satisfied / Σ forms × 100 (of the opinion-box
 * surveys). Null parts where nothing was sampled or surveyed: the settlement cannot be computed
 * without them.
 */
export function qualityRates(samples: readonly SampleCounts[], surveys: readonly SurveyCounts[]) {
  const items = total(samples, (s) => s.itemsChecked);
  const forms = total(surveys, (s) => s.forms);
  return {
    itemsChecked: items,
    forms,
    errors:
      items === 0
        ? null
        : {
            result_error: percent(
              total(samples, (s) => s.resultErrors),
              items,
            ),
            missed_item: percent(
              total(samples, (s) => s.omittedItems),
              items,
            ),
            data_entry_error: percent(
              total(samples, (s) => s.entryErrors),
              items,
            ),
          },
    satisfaction:
      forms === 0
        ? null
        : percent(
            total(surveys, (s) => s.satisfied),
            forms,
          ),
  };
}

export type QualityFigures = ReturnType<typeof qualityRates>;

/** The messages when a figure is missing (the settlement needs all four). */
export const NO_SAMPLE =
  '尚未录入该医院本计划的质量抽查结果，无法计算差错率、漏检率和数据录入差错率（第二十条）';
export const NO_SURVEY = '尚未录入该医院本计划的满意率调查，无法计算体检人员满意率（第二十条）';

/** The rule's `rates`, or the first thing missing. */
export function settlementRates(f: QualityFigures): QualityRates | { missing: string } {
  if (!f.errors) return { missing: NO_SAMPLE };
  if (f.satisfaction === null) return { missing: NO_SURVEY };
  return { ...f.errors, satisfaction: f.satisfaction };
}
