import { addMonths } from '@minsheng/rules/engine/dates.ts';
import { classify4050 } from '@minsheng/rules/national/classify.ts';
import { monthsToRetirement, statutoryRetirement } from '@minsheng/rules/national/retirement.ts';
import { asc, eq, like, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { insuranceContributions } from '../modules/registry/contributions/contributions.schema.ts';
import { persons } from '../modules/registry/persons/persons.schema.ts';
import {
  difficultyDeterminations,
  employmentRegistrations,
  unemploymentRegistrations,
} from '../modules/registry/registrations/registrations.schema.ts';
import type { Random } from './demo-persons.ts';
import { EMPLOYMENT_ASSISTANCE, FLEXIBLE_EMPLOYMENT, START_UP } from './demo-settings.ts';

/** A registered unemployed person (now or before) as the demo's case desk sees them in the registry. */
export interface DemoApplicant {
  personId: string;
  name: string;
  gender: 'male' | 'female';
  birthDate: string;
  local: boolean;
  orgId: number;
  orgPath: string;
  /** the latest unemployment registration */
  registeredOn: string;
  endedOn: string | null;
  benefitFrom: string | null;
  benefitUntil: string | null;
  /** the start of the open employment registration, if any */
  employedSince: string | null;
  /** the decision date of the earliest open difficulty determination, if any */
  difficultySince: string | null;
  /** the last month with a paid contribution (YYYY-MM), if any */
  lastPaidMonth: string | null;
}

/** Applications the demo files: eligible ones, and two kinds the rules refuse on registry facts. */
export const filingKinds = [
  'assistance',
  'flexible',
  'start_up',
  'assistance_reemployed',
  'flexible_not_difficult',
] as const;
export type FilingKind = (typeof filingKinds)[number];

export const kindPolicy: Record<FilingKind, string> = {
  assistance: EMPLOYMENT_ASSISTANCE,
  flexible: FLEXIBLE_EMPLOYMENT,
  start_up: START_UP,
  assistance_reemployed: EMPLOYMENT_ASSISTANCE,
  flexible_not_difficult: FLEXIBLE_EMPLOYMENT,
};

export interface Period {
  fromMonth: string;
  toMonth: string;
}

export interface Filing {
  policyId: string;
  application: Record<string, unknown>;
  period: Period | null;
}

/**
 * The persons under `cityPath` with an unemployment registration, with what the rules will read
 * about them, in an order that depends on the seed's data only (not on ids or the data key).
 */
export async function demoApplicants(tx: Executor, cityPath: string): Promise<DemoApplicant[]> {
  const u = unemploymentRegistrations;
  const rows = await tx
    .select({
      personId: persons.id,
      name: persons.name,
      gender: persons.gender,
      birthDate: persons.birthDate,
      hukouPlace: persons.hukouPlace,
      orgId: persons.orgId,
      orgPath: persons.orgPath,
      registeredOn: u.registeredOn,
      endedOn: u.endedOn,
      benefitFrom: u.benefitFrom,
      benefitUntil: u.benefitUntil,
      employedSince: sql<
        string | null
      >`(select max(${employmentRegistrations.startedOn})::text from ${employmentRegistrations}
        where ${employmentRegistrations.personId} = ${persons.id} and ${employmentRegistrations.endedOn} is null)`,
      difficultySince: sql<
        string | null
      >`(select min(${difficultyDeterminations.decidedOn})::text from ${difficultyDeterminations}
        where ${difficultyDeterminations.personId} = ${persons.id} and ${difficultyDeterminations.exitedOn} is null)`,
      lastPaidMonth: sql<
        string | null
      >`(select to_char(max(${insuranceContributions.month}), 'YYYY-MM') from ${insuranceContributions}
        where ${insuranceContributions.personId} = ${persons.id} and ${insuranceContributions.status} = 'paid')`,
    })
    .from(u)
    .innerJoin(persons, eq(persons.id, u.personId))
    .where(like(persons.orgPath, `${cityPath}%`))
    .orderBy(asc(u.registeredOn), asc(u.certificateNumber));
  const latest = new Map<string, DemoApplicant>();
  for (const { hukouPlace, gender, ...row } of rows)
    latest.set(row.personId, {
      ...row,
      gender: gender === '1' ? 'male' : 'female',
      local: hukouPlace === 'local',
    });
  return [...latest.values()];
}

const month = (ym: string, delta: number) => addMonths(`${ym}-01`, delta).slice(0, 7);
const overlaps = (a: Period, b: Period) => a.fromMonth <= b.toMonth && b.fromMonth <= a.toMonth;

/** Quarters before the filing month, latest first, that overlap no month already claimed. */
function* freeQuarters(filedOn: string, taken: readonly Period[]): Generator<Period> {
  for (let back = 1; back <= 10; back += 3) {
    const p = {
      fromMonth: month(filedOn.slice(0, 7), -back - 2),
      toMonth: month(filedOn.slice(0, 7), -back),
    };
    if (!taken.some((t) => overlaps(t, p))) yield p;
  }
}

/** Men's category comes from the registry; women declare theirs (the demo's are 女工人). */
const categoryOf = (a: DemoApplicant): 'male' | 'female_worker' =>
  a.gender === 'male' ? 'male' : 'female_worker';
const declaredPerson = (a: DemoApplicant) =>
  a.gender === 'female' ? { person: { retirementCategory: categoryOf(a) } } : {};
const beforeRetirement = (a: DemoApplicant, p: Period) =>
  p.toMonth < statutoryRetirement(a.birthDate, categoryOf(a)).retirementMonth;

/**
 * 就业援助补贴 (001 篇3 三(三)5) as the registry shows it: local hukou, benefit ended before the
 * filing, not re-employed, no contribution paid from the claimed months on; near retirement when
 * the benefit ended, or "4050" with the benefit ended 12 months before the claimed quarter.
 * `reemployed`: the same application from someone the registry shows at work again.
 */
function assistance(a: DemoApplicant, filedOn: string, taken: readonly Period[], reemployed: boolean) {
  if (!a.local || !a.benefitUntil || a.benefitUntil >= filedOn) return null;
  if (reemployed !== (a.employedSince !== null && a.employedSince <= filedOn)) return null;
  const nearRetirement = monthsToRetirement(a.birthDate, categoryOf(a), a.benefitUntil) < 24;
  for (const period of freeQuarters(filedOn, taken)) {
    const start = `${period.fromMonth}-01`;
    const waited = addMonths(a.benefitUntil, 12) <= start;
    const scheme = nearRetirement || (classify4050(a.gender, a.birthDate, start).is4050 && waited);
    if (!beforeRetirement(a, period) || (a.lastPaidMonth ?? '') >= period.fromMonth) continue;
    if (!reemployed && !scheme) continue;
    const application = { ...declaredPerson(a), insurancePaid: false, economicHardship: true, period };
    return { policyId: EMPLOYMENT_ASSISTANCE, application, period };
  }
  return null;
}

/**
 * “4050”灵活就业社保补贴 (001 篇3 三(三)4): a difficulty person per the registry, in flexible
 * employment when "4050", otherwise self-employed, earning above the minimum wage and paying.
 * `difficult: false`: the same application from someone the registry does not know as one.
 */
function flexible(
  a: DemoApplicant,
  filedOn: string,
  taken: readonly Period[],
  difficult: boolean,
  r: Random,
) {
  if (difficult !== (a.difficultySince !== null && a.difficultySince <= filedOn)) return null;
  if (!difficult && a.endedOn !== null) return null;
  const period = freeQuarters(filedOn, taken).next().value;
  if (!period || !beforeRetirement(a, period)) return null;
  const is4050 = classify4050(a.gender, a.birthDate, `${period.fromMonth}-01`).is4050;
  const application = {
    ...declaredPerson(a),
    employment: {
      mode: difficult && is4050 ? 'flexible' : 'self_employed',
      monthlyIncome: r.pick(['2400', '2650', '2800', '3100', '3500']),
      insurancePaid: true,
    },
    // The first subsidised month of the entitlement: the first quarter the demo claims.
    entitlementStartMonth: [...taken, period].map((p) => p.fromMonth).sort()[0],
    period,
  };
  return { policyId: FLEXIBLE_EMPLOYMENT, application, period };
}

/**
 * 自主创业补贴 (001 篇3 三(二)4): registered unemployed on the filing day and starting a licensed
 * business; receiving benefit when the registration's benefit period covers the day.
 */
function startUp(a: DemoApplicant, filedOn: string, taken: readonly Period[], r: Random) {
  if (taken.length > 0 || a.registeredOn > filedOn || (a.endedOn !== null && a.endedOn <= filedOn))
    return null;
  const receiving = a.benefitFrom !== null && a.benefitFrom <= filedOn && filedOn <= a.benefitUntil!;
  const application = {
    person: { receivingUnemploymentBenefit: receiving, urbanUnemployed: true },
    business: {
      licensed: true,
      projectType: r.weighted([
        ['three_services', 3],
        ['other', 3],
        ['three_care', 1],
        ['culture', 1],
      ] as const),
    },
  };
  return { policyId: START_UP, application, period: null };
}

/** The application of `kind` for the applicant filed on a day, or null when the registry does not fit. */
export function filingFor(
  kind: FilingKind,
  a: DemoApplicant,
  filedOn: string,
  taken: readonly Period[],
  r: Random,
): Filing | null {
  switch (kind) {
    case 'assistance':
      return assistance(a, filedOn, taken, false);
    case 'assistance_reemployed':
      return assistance(a, filedOn, taken, true);
    case 'flexible':
      return flexible(a, filedOn, taken, true, r);
    case 'flexible_not_difficult':
      return flexible(a, filedOn, taken, false, r);
    case 'start_up':
      return startUp(a, filedOn, taken, r);
  }
}
