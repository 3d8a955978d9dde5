import { addDays, addMonths, addYears, daysBetween } from '@minsheng/rules/engine/dates.ts';
import type { DifficultyCategory } from '@minsheng/rules/national/difficulty.ts';
import { asc, count, eq, like, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { persons } from '../modules/registry/persons/persons.schema.ts';
import {
  checkDifficultyCategory,
  checkWorkingAge,
  MIN_WORKING_AGE,
  type PersonFacts,
  registrationPlace,
} from '../modules/registry/registrations/registration-rules.ts';
import {
  difficultyDeterminations,
  employmentRegistrations,
  unemploymentRegistrations,
} from '../modules/registry/registrations/registrations.schema.ts';
import { roles, userRoles } from '../platform/access/access.schema.ts';
import { organisations } from '../platform/orgs/orgs.schema.ts';
import { insertChunked } from './demo-insert.ts';
import { type Random, seededRandom } from './demo-persons.ts';

export interface DemoRegistrationOptions {
  seed?: number;
  /** Only persons under this organisation path (e.g. the demo city's); default: all. */
  orgPath?: string;
  /** The demo's "today" (YYYY-MM-DD, the bureau's day on the server's clock). */
  today: string;
  /** Who decides difficulty determinations; default: the first city reviewer, none → no determinations. */
  deciderId?: string;
}

export interface DemoRegistrationCounts {
  employment: number;
  unemployment: number;
  determinations: number;
}

type Person = PersonFacts & { id: string; orgId: number; orgPath: string; createdBy: string | null };
type Employment = typeof employmentRegistrations.$inferInsert;
type Unemployment = typeof unemploymentRegistrations.$inferInsert & { id: string };
type Determination = typeof difficultyDeterminations.$inferInsert;

const forms: [string, number][] = [
  ['employer', 60],
  ['flexible', 20],
  ['self_employed', 12],
  ['public_welfare', 5],
  ['outsourced_processing', 3],
];
const employerNames = [
  '肥城市华润机械有限公司',
  '泰安宏达纺织有限公司',
  '新城街道物业服务中心',
  '肥城市鲁中食品有限公司',
];
const endReasons = ['contract_expired', 'contract_dissolved', 'resigned', 'employer_closed'];
const evidence: Partial<Record<DifficultyCategory, string>> = {
  urban_unemployed_4050: '身份证、户口簿核验年龄；失业登记证',
  long_term_unemployed: '失业登记满1年，原单位解除劳动合同证明书',
  hardship_certificate: '《特困证》复印件',
  unemployed_minimum_living: '城镇居民最低生活保障金领取证',
};

/** The demo's monthly unemployment benefit (90% of a 2 100-yuan minimum wage), in fen. */
const BENEFIT_MONTHLY_FEN = 189_000;

/**
 * The unemployment benefit (失业保险金) of a registration that followed a job: three months after
 * one year of contributions and two more for each further year, at most twelve (the 1–5 years band
 * of 《失业保险条例》第十七条); paid from the registration until the period ends or the person
 * finds work. No benefit after less than a year of contributions.
 */
function benefitOf(job: Employment | undefined, u: Unemployment) {
  if (!job?.endedOn) return {};
  const years = Math.floor(daysBetween(job.startedOn, job.endedOn) / 365);
  if (years < 1) return {};
  const months = Math.min(12, 3 + 2 * (years - 1));
  const full = addDays(addMonths(u.registeredOn, months), -1);
  const until = u.endedOn && u.endedOn <= full ? addDays(u.endedOn, -1) : full;
  if (until < u.registeredOn) return {};
  return { benefitFrom: u.registeredOn, benefitUntil: until, benefitTotalFen: months * BENEFIT_MONTHLY_FEN };
}

/** A date between `from` and `to` inclusive (both YYYY-MM-DD, from ≤ to). */
const between = (r: Random, from: string, to: string) =>
  addDays(from, r.int(0, Math.max(0, daysBetween(from, to))));

/**
 * Gives registered working-age persons without any registration a plausible history: about half
 * employed (an open 就业登记, some after an earlier ended one), about one in eight registered
 * unemployed (with a 《就业创业证》 at their street station, only where `001 篇3 五(四)` allows it),
 * a few whose unemployment ended with 已就业; those who had worked a year or more draw
 * unemployment benefit for a period recorded on the registration; then determines difficulty categories for some open
 * unemployment registrations, each one checked with the same rules as the API. Deterministic for
 * the same persons, seed and today; persons that already have a registration are left alone.
 */
export async function createDemoRegistrations(
  tx: Executor,
  opts: DemoRegistrationOptions,
): Promise<DemoRegistrationCounts> {
  const r = seededRandom(opts.seed ?? 2028);
  const { today } = opts;
  const people = (await tx
    .select({
      id: persons.id,
      gender: persons.gender,
      birthDate: persons.birthDate,
      hukouType: persons.hukouType,
      hukouPlace: persons.hukouPlace,
      orgId: persons.orgId,
      orgPath: persons.orgPath,
      createdBy: persons.createdBy,
    })
    .from(persons)
    .where(
      sql`${opts.orgPath ? like(persons.orgPath, `${opts.orgPath}%`) : sql`true`}
        and not exists (select 1 from ${employmentRegistrations} where ${employmentRegistrations.personId} = ${persons.id})
        and not exists (select 1 from ${unemploymentRegistrations} where ${unemploymentRegistrations.personId} = ${persons.id})`,
    )
    .orderBy(asc(persons.orgId), asc(persons.birthDate), asc(persons.idNumberHash))) as Person[];
  const stations = await stationsByPath(tx);
  const decider = opts.deciderId ?? (await firstReviewer(tx));
  const [{ n: existing }] = (await tx.select({ n: count() }).from(unemploymentRegistrations)) as [
    { n: number },
  ];
  let certificateSeq = Number(existing);

  const employment: Employment[] = [];
  const unemployment: Unemployment[] = [];
  const determinations: Determination[] = [];
  for (const p of people) {
    const earliest = addYears(p.birthDate, MIN_WORKING_AGE);
    const start = [earliest, addYears(today, -10)].sort()[1]!;
    // Outside working age today: no registrations.
    if (start > addDays(today, -60) || checkWorkingAge(p, today, '')) continue;
    const owned = { orgId: p.orgId, orgPath: p.orgPath, createdBy: p.createdBy };
    const job = (startedOn: string, endedOn: string | null): Employment => ({
      personId: p.id,
      form: r.weighted(forms),
      employerName: r.pick(employerNames),
      startedOn,
      endedOn,
      endReason: endedOn ? r.pick(endReasons) : null,
      ...owned,
    });
    const roll = r.next();
    if (roll < 0.5) {
      // Employed; some changed jobs once.
      const startedOn = between(r, start, addDays(today, -30));
      if (r.next() < 0.3 && daysBetween(start, startedOn) > 400) {
        const first = between(r, start, addDays(startedOn, -365));
        employment.push(job(first, between(r, addMonths(first, 6), startedOn)));
      }
      employment.push(job(startedOn, null));
      continue;
    }
    if (roll > 0.7) continue;
    // Unemployed now (or until recently): usually after a job of 6 months to 3 years.
    const history: Employment[] = [];
    let registeredOn = between(r, start, addDays(today, -7));
    let reason = 'never_employed';
    if (r.next() < 0.8 && daysBetween(start, registeredOn) > 200) {
      const first = between(r, start, addMonths(registeredOn, -7));
      const endedOn = between(r, addMonths(first, 6), addMonths(registeredOn, -1));
      if (endedOn >= addMonths(first, 6)) {
        history.push(job(first, endedOn));
        const latest = [addDays(endedOn, 60), today].sort()[0]!;
        registeredOn = between(r, endedOn, latest);
        reason = history[0]!.endReason!;
      }
    }
    const station = stationOf(stations, p.orgPath);
    if (
      !station ||
      !registrationPlace(
        p,
        history.map((e) => ({ startedOn: e.startedOn, endedOn: e.endedOn ?? null })),
      ).allowed ||
      checkWorkingAge(p, registeredOn, '')
    )
      continue;
    employment.push(...history);
    certificateSeq += 1;
    const u: Unemployment = {
      id: crypto.randomUUID(),
      personId: p.id,
      registeredOn,
      stationId: station,
      certificateNumber: `JY${String(p.orgId).padStart(4, '0')}${String(certificateSeq).padStart(8, '0')}`,
      reason,
      ...owned,
    };
    unemployment.push(u);
    if (roll > 0.65 && daysBetween(registeredOn, today) > 30) {
      // Found work again: the employment registration closed the unemployment one (已就业).
      const startedOn = between(r, addDays(registeredOn, 14), today);
      Object.assign(u, { endedOn: startedOn, endReason: 'employed' });
      employment.push(job(startedOn, null));
    } else if (decider) {
      determinations.push(...determine(r, p, u, today, decider));
    }
    Object.assign(u, benefitOf(history[0], u));
  }
  await insertChunked(employment, (c) => tx.insert(employmentRegistrations).values(c));
  await insertChunked(unemployment, (c) => tx.insert(unemploymentRegistrations).values(c));
  await insertChunked(determinations, (c) => tx.insert(difficultyDeterminations).values(c));
  return {
    employment: employment.length,
    unemployment: unemployment.length,
    determinations: determinations.length,
  };
}

/** The categories the rules allow for an open registration, taken with a chance each. */
function determine(r: Random, p: Person, u: Unemployment, today: string, decider: string): Determination[] {
  const out: Determination[] = [];
  for (const [category, chance] of [
    ['urban_unemployed_4050', 0.8],
    ['long_term_unemployed', 0.7],
    ['hardship_certificate', 0.05],
    ['unemployed_minimum_living', 0.05],
  ] as [DifficultyCategory, number][]) {
    if (r.next() >= chance) continue;
    const decidedOn = between(r, u.registeredOn, today);
    const unemployment = { registeredOn: u.registeredOn, reason: u.reason };
    if (checkDifficultyCategory({ person: p, category, decidedOn, unemployment })) continue;
    out.push({
      personId: p.id,
      unemploymentRegistrationId: u.id,
      category,
      evidence: evidence[category]!,
      decidedOn,
      decidedBy: decider,
      orgId: p.orgId,
      orgPath: p.orgPath,
      createdBy: decider,
    });
  }
  return out;
}

async function stationsByPath(tx: Executor) {
  const rows = await tx
    .select({ id: organisations.id, path: organisations.path, level: organisations.level })
    .from(organisations);
  return rows.filter((o) => o.level !== 'community');
}

/** The deepest non-community organisation above or at the person's: their public employment service. */
const stationOf = (stations: { id: number; path: string }[], orgPath: string) =>
  stations.filter((s) => orgPath.startsWith(s.path)).sort((a, b) => b.path.length - a.path.length)[0]?.id;

async function firstReviewer(tx: Executor) {
  const [row] = await tx
    .select({ id: userRoles.userId })
    .from(userRoles)
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .where(eq(roles.code, 'city_reviewer'))
    .orderBy(asc(userRoles.userId))
    .limit(1);
  return row?.id;
}
