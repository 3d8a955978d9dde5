import { z } from 'zod';
import { D, type Dec, dec, fixed } from '../../../engine/money.ts';
import { decimalString } from '../../../engine/schema.ts';

/**
 * Feicheng assessment of towns' employment and social-security work (seed 000 第一篇,
 * 肥人社发[2024]号): "考核计分拉开档次，确定最高得分，其余的按占最高的百分比确定得分" — for each
 * indicator the best town gets the indicator's full points and every other town the percentage
 * of the best it achieved. The points per indicator are in the scoring-standard annex, which
 * the seed does not contain, so they are an input set by the bureau (never a default here).
 */

/**
 * 新增就业再就业人数 = (累计新就业人数 − 累计自然减员人数) + 下岗、失业人员再就业人数 (三、1).
 */
export function newEmploymentCount(input: {
  newlyEmployed: number;
  naturalAttrition: number;
  reemployed: number;
}): number {
  return input.newlyEmployed - input.naturalAttrition + input.reemployed;
}

/** Points for each town: the best value gets `maxPoints`, the others maxPoints × value ÷ best (never below 0). */
export function scoreRelativeToBest(
  values: Readonly<Record<string, string>>,
  maxPoints: string,
): Record<string, string> {
  const parsed = Object.entries(values).map(([town, v]) => [town, D.max(dec(v), 0)] as const);
  const best = parsed.reduce<Dec>((m, [, v]) => D.max(m, v), new D(0));
  return Object.fromEntries(
    parsed.map(([town, v]) => [town, fixed(best.isZero() ? 0 : dec(maxPoints).times(v).div(best), 2)]),
  );
}

export const townAssessmentSchema = z.object({
  indicators: z
    .array(
      z.object({
        id: z.string().min(1),
        /** full points of the indicator (from the scoring standard) */
        maxPoints: decimalString(),
        /** town → achieved value (count, amount or a score sheet total) */
        values: z.record(z.string(), decimalString()),
      }),
    )
    .min(1),
});

export interface TownScore {
  town: string;
  /** indicator id → points */
  points: Record<string, string>;
  total: string;
  /** competition rank: equal totals share a rank */
  rank: number;
}

/** Score every town on every indicator relative to the best, sum, and rank. */
export function assessTowns(input: z.input<typeof townAssessmentSchema>): TownScore[] {
  const { indicators } = townAssessmentSchema.parse(input);
  const towns = [...new Set(indicators.flatMap((i) => Object.keys(i.values)))];
  return rankTowns(
    towns,
    indicators.map((i) => ({
      id: i.id,
      points: scoreRelativeToBest(Object.fromEntries(towns.map((t) => [t, i.values[t] ?? '0'])), i.maxPoints),
    })),
  );
}

/** Sums each town's points over the indicators and ranks them (competition rank: ties share). */
export function rankTowns(
  towns: readonly string[],
  byIndicator: readonly { id: string; points: Readonly<Record<string, string>> }[],
): TownScore[] {
  const scores = towns.map((town) => {
    const points = Object.fromEntries(byIndicator.map((i) => [i.id, i.points[town] ?? '0.00']));
    const total = Object.values(points).reduce<Dec>((acc, v) => acc.plus(v), new D(0));
    return { town, points, total };
  });
  const sorted = [...scores].sort((a, b) => b.total.cmp(a.total));
  return sorted.map((s) => ({
    town: s.town,
    points: s.points,
    total: fixed(s.total, 2),
    rank: sorted.findIndex((o) => o.total.eq(s.total)) + 1,
  }));
}
