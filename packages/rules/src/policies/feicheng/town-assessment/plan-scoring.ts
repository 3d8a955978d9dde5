import { z } from 'zod';
import { D, type Dec, fixed } from '../../../engine/money.ts';
import { decimalString } from '../../../engine/schema.ts';
import { rankTowns, scoreRelativeToBest, type TownScore } from './scoring.ts';

/**
 * Scoring a yearly plan of the Feicheng town assessment (seed 000 第一篇) from the towns' reviewed
 * quarterly figures.
 *
 * - 二: "街镇任务完成情况每季度向市人力资源和社会保障局上报一次。于7月上旬进行半年通报，全年进行年终考核" —
 *   each quarter's submission holds that quarter's own figures; the half-year notice scores the sum
 *   of quarters 1–2, the year-end assessment the sum of quarters 1–4 (the "截止报告期末累计" of 三1).
 * - 二: "确定最高得分，其余的按占最高的百分比确定得分" — the best town gets the indicator's full
 *   points, the others their percentage of the best; compared either on the figure itself or on the
 *   figure's completion of the town's target (the plan says which, per indicator).
 * - 三1: "劳动合同按签订率得分，…社会保险缴纳按参保率得分，…持续社会保险按续保率得分" — a rate
 *   indicator earns its full points × the rate (numerator ÷ denominator, at most 100%).
 */

export const scoringMethods = [
  'figure_relative_to_best',
  'completion_relative_to_best',
  'rate_of_points',
] as const;
export type ScoringMethod = (typeof scoringMethods)[number];

export const scoringMethodLabels: Record<ScoringMethod, string> = {
  figure_relative_to_best: '按占最高的百分比计分（完成数）',
  completion_relative_to_best: '按占最高的百分比计分（目标完成率）',
  rate_of_points: '按比率计分（分值×比率）',
};

export const assessmentPeriods = ['half_year', 'year_end'] as const;
export type AssessmentPeriod = (typeof assessmentPeriods)[number];

export const assessmentPeriodLabels: Record<AssessmentPeriod, string> = {
  half_year: '半年通报',
  year_end: '年终考核',
};

/** The quarters a period sums (二): the half-year notice quarters 1–2, the year-end all four. */
export function periodQuarters(period: AssessmentPeriod): number[] {
  return period === 'half_year' ? [1, 2] : [1, 2, 3, 4];
}

/** A town's figure of one indicator for a period: a count or amount, or a rate's two parts. */
export interface PeriodFigure {
  value: number;
  /** only for `rate_of_points`: the rate's denominator */
  denominator?: number | null;
}

/** Adds up quarterly figures (value and denominator separately: a rate of sums, not a sum of rates). */
export function sumFigures(quarters: readonly PeriodFigure[]): PeriodFigure {
  const value = quarters.reduce((s, q) => s + q.value, 0);
  const withDenominator = quarters.filter((q) => q.denominator !== undefined && q.denominator !== null);
  return withDenominator.length === 0
    ? { value }
    : { value, denominator: withDenominator.reduce((s, q) => s + (q.denominator ?? 0), 0) };
}

const nonNegativeInt = z.number().int().min(0).max(2_147_483_647);

export const planScoringSchema = z.object({
  towns: z.array(z.string().min(1)).min(1),
  indicators: z
    .array(
      z.object({
        id: z.string().min(1),
        maxPoints: decimalString(),
        method: z.enum(scoringMethods),
        /** town → target (needed for `completion_relative_to_best`; a town without one completes 0%) */
        targets: z.record(z.string(), nonNegativeInt).default({}),
        /** town → the period's figure; a town without one counts 0 */
        figures: z.record(
          z.string(),
          z.object({ value: nonNegativeInt, denominator: nonNegativeInt.nullish() }),
        ),
      }),
    )
    .min(1),
});

/** A rate as a decimal: numerator ÷ denominator, capped at 1; 0 when there is no denominator. */
function rate(figure: PeriodFigure | undefined): Dec {
  if (!figure?.denominator) return new D(0);
  return D.min(new D(figure.value).div(figure.denominator), 1);
}

/** The value a town is compared on: its figure, or its completion of the target. */
function comparedValue(method: ScoringMethod, figure: PeriodFigure | undefined, target: number | undefined) {
  const value = new D(figure?.value ?? 0);
  if (method === 'figure_relative_to_best') return value;
  return target ? value.div(target) : new D(0);
}

/** Points of every town on every indicator of the plan, summed and ranked (ties share a rank). */
export function scoreTownPlan(input: z.input<typeof planScoringSchema>): TownScore[] {
  const { towns, indicators } = planScoringSchema.parse(input);
  const byIndicator = indicators.map((i) => {
    if (i.method === 'rate_of_points') {
      return {
        id: i.id,
        points: Object.fromEntries(
          towns.map((t) => [t, fixed(new D(i.maxPoints).times(rate(i.figures[t])), 2)]),
        ),
      };
    }
    const values = Object.fromEntries(
      towns.map((t) => [t, comparedValue(i.method, i.figures[t], i.targets[t]).toFixed()]),
    );
    return { id: i.id, points: scoreRelativeToBest(values, i.maxPoints) };
  });
  return rankTowns(towns, byIndicator);
}
