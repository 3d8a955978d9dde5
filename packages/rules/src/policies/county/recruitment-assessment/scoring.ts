import { z } from 'zod';
import { D, type Dec, dec, fixed, money } from '../../../engine/money.ts';
import { loadParameters, lookup, type ParamOverrides, type ParamValue } from '../../../engine/parameters.ts';
import { isoDate } from '../../../engine/schema.ts';

/**
 * Recruitment-service assessment of towns and units (seed 001 篇1): 100-point scoring,
 * advanced-unit selection (≥ 90 points and both tasks met), ties broken by the special-task
 * completion ratio, 5 awards of 2000 yuan. Scores are exact decimals shown with two places;
 * comparisons use the two-place scores people see.
 */
export const parameters = loadParameters(new URL('./parameters.yaml', import.meta.url));

export const unitSchema = z.object({
  unitId: z.string().min(1),
  name: z.string().min(1),
  annualTarget: z.number().int().min(0),
  annualDone: z.number().int().min(0),
  specialTarget: z.number().int().min(0),
  specialDone: z.number().int().min(0),
  planSubmittedOnTime: z.boolean(),
  migrantSurveyAndLedger: z.boolean(),
  labourResourceLedger: z.boolean(),
  /** how many of the five (monthly plans; monthly, quarterly, half-year, year-end summaries) are missing */
  missingPlansAndSummaries: z.number().int().min(0).max(5),
});
export type RecruitmentUnit = z.input<typeof unitSchema>;

export const assessmentSchema = z.object({
  /** the assessment's cut-off date (12-25 of the year); selects parameter values */
  cutoff: isoDate(),
  units: z.array(unitSchema),
});

export interface UnitScore {
  unitId: string;
  name: string;
  annualTaskScore: string;
  specialTaskScore: string;
  otherScore: string;
  total: string;
  annualRatio: string;
  specialRatio: string;
  tasksMet: boolean;
  qualifies: boolean;
  /** 1-based rank among all units (by total, then special ratio) */
  rank: number;
  award: string | null;
  /** Chinese reasons when not qualifying */
  reasons: string[];
}

export interface RecruitmentResult {
  units: UnitScore[];
  /** units that tie with the last awarded unit on both total and special ratio but got no award */
  tiedAtCutoff: string[];
  parameters: ParamValue[];
}

/** completion ratio; a zero target counts as fully met */
const ratio = (done: number, target: number): Dec => (target === 0 ? new D(1) : new D(done).div(target));

export function scoreRecruitment(
  input: z.input<typeof assessmentSchema>,
  overrides: ParamOverrides = {},
): RecruitmentResult {
  const { cutoff, units } = assessmentSchema.parse(input);
  const used: ParamValue[] = [];
  const p = (name: string): Dec => {
    const v = lookup(parameters, name, cutoff, undefined, overrides);
    used.push(v);
    return dec(v.value);
  };
  const scored = units.map((u) => {
    const annualRatio = ratio(u.annualDone, u.annualTarget);
    const specialRatio = ratio(u.specialDone, u.specialTarget);
    const annual = dec(fixed(p('annual_task_points').times(annualRatio), 2));
    const special = dec(fixed(p('special_task_points').times(specialRatio), 2));
    const summaries = D.max(
      p('plans_and_summaries_points').minus(
        p('plans_and_summaries_penalty').times(u.missingPlansAndSummaries),
      ),
      0,
    );
    const other = summaries
      .plus(u.planSubmittedOnTime ? p('plan_points') : 0)
      .plus(u.migrantSurveyAndLedger ? p('migrant_survey_points') : 0)
      .plus(u.labourResourceLedger ? p('labour_resource_ledger_points') : 0);
    const total = annual.plus(special).plus(other);
    const tasksMet = u.annualDone >= u.annualTarget && u.specialDone >= u.specialTarget;
    const reasons: string[] = [];
    if (total.lt(p('advanced_min_score')))
      reasons.push(`综合得分${fixed(total, 2)}分，未达到${p('advanced_min_score')}分`);
    if (u.annualDone < u.annualTarget) reasons.push('未完成年度招工任务');
    if (u.specialDone < u.specialTarget) reasons.push('未完成专项招工任务');
    return { u, annual, special, other, total, annualRatio, specialRatio, tasksMet, reasons };
  });
  const order = [...scored].sort((a, b) => b.total.cmp(a.total) || b.specialRatio.cmp(a.specialRatio));
  const awards = p('award_count').toNumber();
  const amount = money(p('award_amount'));
  const qualifying = order.filter((s) => s.reasons.length === 0);
  const awarded = qualifying.slice(0, awards);
  const last = awarded[awarded.length - 1];
  const tiedAtCutoff =
    last && awarded.length === awards
      ? qualifying
          .slice(awards)
          .filter((s) => s.total.eq(last.total) && s.specialRatio.eq(last.specialRatio))
          .map((s) => s.u.unitId)
      : [];
  const results = order.map<UnitScore>((s, i) => ({
    unitId: s.u.unitId,
    name: s.u.name,
    annualTaskScore: fixed(s.annual, 2),
    specialTaskScore: fixed(s.special, 2),
    otherScore: fixed(s.other, 2),
    total: fixed(s.total, 2),
    annualRatio: fixed(s.annualRatio, 4),
    specialRatio: fixed(s.specialRatio, 4),
    tasksMet: s.tasksMet,
    qualifies: s.reasons.length === 0,
    rank: i + 1,
    award: awarded.includes(s) ? amount : null,
    reasons: s.reasons,
  }));
  return { units: results, tiedAtCutoff, parameters: [...new Map(used.map((v) => [v.name, v])).values()] };
}
