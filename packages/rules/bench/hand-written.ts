/**
 * The benchmark's yardstick: the formulas of zhuhai.high-skill-subsidy and
 * county-city.employment-assistance written by hand as plain loops over the same columns, with
 * parameters looked up once per date and money in integer fen. Each returns per row an outcome
 * code (0 eligible, 1 ineligible, 2 needs review), a bit mask of failed conditions and the payable
 * amount in fen, so the benchmark can check it decides as the compiled path does.
 */

import type { Columns } from '../src/engine/batch.ts';
import { workCalendar } from '../src/engine/calendar.ts';
import { oncePerCategory, type PastClaim } from '../src/engine/constraints.ts';
import { addDays, addMonths, addYears } from '../src/engine/dates.ts';
import { lookup, type ParamOverrides } from '../src/engine/parameters.ts';
import { classify4050 } from '../src/national/classify.ts';
import {
  monthsToRetirement,
  type RetirementCategory,
  statutoryRetirement,
} from '../src/national/retirement.ts';
import { policy as assistance } from '../src/policies/county-city/employment-assistance/policy.ts';
import { policy as zhuhai } from '../src/policies/zhuhai/high-skill-subsidy/policy.ts';

export interface HandResult {
  outcome: Uint8Array;
  failedMask: Float64Array;
  payableFen: Float64Array;
}

const result = (size: number): HandResult => ({
  outcome: new Uint8Array(size),
  failedMask: new Float64Array(size),
  payableFen: new Float64Array(size).fill(Number.NaN),
});
const fenOf = (yuan: string) => Math.round(Number(yuan) * 100);
/** a decimal string as an exact fraction: "0.06" → [6, 100] */
const fraction = (d: string): [number, number] => {
  const [whole, frac = ''] = d.split('.');
  return [Number(whole + frac), 10 ** frac.length];
};
/** n / d rounded half up, for non-negative safe integers */
const roundDiv = (n: number, d: number) => (2 * n + d - ((2 * n + d) % (2 * d))) / (2 * d);

function cached<T>(compute: (key: string) => T): (key: string) => T {
  const map = new Map<string, T>();
  return (key) => {
    let v = map.get(key);
    if (v === undefined) {
      v = compute(key);
      map.set(key, v);
    }
    return v;
  };
}

export function zhuhaiByHand(c: Columns, pastClaims: readonly PastClaim[][], on: string): HandResult {
  const size = c.part!.length;
  const out = result(size);
  const tree = zhuhai.parameters;
  const paramsOn = cached((date) => ({
    window: Number(lookup(tree, 'application_window_days', date).value),
    years: {
      local: Number(lookup(tree, 'contract_min_years', date, 'local').value),
      non_local: Number(lookup(tree, 'contract_min_years', date, 'non_local').value),
    },
    months: Number(lookup(tree, 'non_local_insurance_min_months', date).value),
    training: [1, 2, 3].map((l) => fenOf(lookup(tree, 'training_subsidy', date, `level_${l}`).value)),
    appraisal: [1, 2, 3].map((l) => fenOf(lookup(tree, 'appraisal_subsidy', date, `level_${l}`).value)),
  }));
  const windowEnd = cached((issued) => workCalendar.periodEnd(issued, paramsOn(issued).window));
  const contractEnd = cached((k) => addDays(addYears(k.slice(0, 10), Number(k.slice(11))), -1));
  for (let i = 0; i < size; i++) {
    const part = c.part![i] as string;
    const origin = c.labourOrigin![i] as string;
    const level = c['certificate.level']![i] as number;
    const issued = c['certificate.issuedOn']![i] as string;
    const obtained = c['certificate.obtainedBy']![i] as string;
    const published = c['shortageCatalogue.publishedOn']![i] as string | null;
    const p = paramsOn(issued);
    const local = origin === 'local_urban' || origin === 'local_rural' || origin === 'in_province_rural';
    const years = local ? p.years.local : p.years.non_local;
    const end = c['contract.endOn']![i] as string | null;
    const contractOk =
      (c['contract.localEmployer']![i] as boolean) &&
      (end === null || end >= contractEnd(`${c['contract.startOn']![i]}|${years}`));
    const applied = (c.appliedOn![i] as string | undefined) ?? on;
    const training = part === 'training' || (part === 'both' && obtained === 'training');
    const parts =
      part === 'both' ? (obtained === 'training' ? ['training', 'appraisal'] : ['appraisal']) : [part];
    const claims = pastClaims[i]!;
    let mask = 0;
    if (level > 3) mask |= 1;
    if (
      !c['shortageCatalogue.listed']![i] ||
      published === null ||
      issued < '2024-07-30' ||
      issued < published
    )
      mask |= 2;
    if (local && !(contractOk && c['insurance.payingLocally']![i])) mask |= 4;
    if (!local && !(contractOk && p.months <= (c['insurance.localMonths']![i] as number))) mask |= 8;
    if (!c['certificate.organisedLocally']![i]) mask |= 16;
    if (!c.recordedInSystem![i]) mask |= 32;
    if (!(applied >= issued && applied <= windowEnd(issued))) mask |= 64;
    if (part === 'training' && obtained !== 'training') mask |= 128;
    if (claims.length > 0 && !oncePerCategory(claims, zhuhai.id, `level_${level}`, parts).ok) mask |= 256;
    out.failedMask[i] = mask;
    out.outcome[i] = mask === 0 ? 2 : 1;
    if (mask === 0)
      out.payableFen[i] =
        (training ? p.training[level - 1]! : 0) + (part !== 'training' ? p.appraisal[level - 1]! : 0);
  }
  return out;
}

export function assistanceByHand(c: Columns, overrides: ParamOverrides): HandResult {
  const size = c.benefitEndedOn!.length;
  const out = result(size);
  const tree = assistance.parameters;
  const value = (name: string, date: string, key?: string) => lookup(tree, name, date, key, overrides).value;
  const onDate = cached((date) => ({
    distance: Number(value('retirement_distance_months', date)),
    wait: Number(value('wait_months', date)),
    ratio: {
      near_retirement: fraction(value('assistance_ratio', date, 'near_retirement')),
      over_4050: fraction(value('assistance_ratio', date, 'over_4050')),
    },
    rural: fraction(value('rural_ratio', date)),
    wageFen: fenOf(value('previous_year_city_average_wage', date)),
    pension: fraction(value('subsidy_rate', date, 'pension')),
    medical: fraction(value('subsidy_rate', date, 'medical')),
  }));
  for (let i = 0; i < size; i++) {
    const birth = c['person.birthDate']![i] as string;
    const category = c['person.retirementCategory']![i] as RetirementCategory;
    const ended = c.benefitEndedOn![i] as string;
    const from = c['period.fromMonth']![i] as string;
    const to = c['period.toMonth']![i] as string;
    const start = `${from}-01`;
    const p = onDate(start);
    const scheme =
      monthsToRetirement(birth, category, ended) < p.distance
        ? 'near_retirement'
        : classify4050(c['person.gender']![i] as 'male' | 'female', birth, start).is4050 &&
            addMonths(ended, p.wait) <= start &&
            c.economicHardship![i]
          ? 'over_4050'
          : null;
    let mask = 0;
    if (!c['person.localHukou']![i]) mask |= 1;
    if (c.reEmployed![i]) mask |= 2;
    if (c.insurancePaid![i]) mask |= 4;
    if (scheme === null) mask |= 8;
    if (to >= statutoryRetirement(birth, category).retirementMonth) mask |= 16;
    out.failedMask[i] = mask;
    out.outcome[i] = mask === 0 ? 2 : 1;
    if (mask !== 0) continue;
    // Σ over calendar years of wage × months / 12 × rate, times the ratio, rounded half up to the fen
    const [rn, rd] = p.ratio[scheme!];
    const [un, ud] = c['person.hukouType']![i] === 'rural' ? p.rural : [1, 1];
    let pension = 0;
    let medical = 0;
    let den = 1;
    const first = Number(from.slice(0, 4)) * 12 + Number(from.slice(5)) - 1;
    const last = Number(to.slice(0, 4)) * 12 + Number(to.slice(5)) - 1;
    for (let m = first; m <= last; ) {
      const year = Math.floor(m / 12);
      const months = Math.min(last, year * 12 + 11) - m + 1;
      const y = onDate(`${year}-01-01`);
      if (y.pension[1] !== y.medical[1]) throw new Error('rates with different decimals');
      pension += y.wageFen * months * y.pension[0];
      medical += y.wageFen * months * y.medical[0];
      den = 12 * y.pension[1];
      m += months;
    }
    out.payableFen[i] =
      roundDiv(pension * rn * un, den * rd * ud) + roundDiv(medical * rn * un, den * rd * ud);
  }
  return out;
}
