import { addDays, addMonths, addYears, monthOf } from '@minsheng/rules/engine/dates.ts';
import { classify4050 } from '@minsheng/rules/national/classify.ts';
import { and, asc, eq, isNotNull, isNull, like, lte, min, notExists, or } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { publicWelfarePosts } from '../../modules/entitlements/entitlements.schema.ts';
import type { EntitlementsDeps } from '../../modules/entitlements/entitlements.services.ts';
import { createPostsService } from '../../modules/entitlements/posts/posts.service.ts';
import { employers } from '../../modules/registry/employers/employers.schema.ts';
import { persons } from '../../modules/registry/persons/persons.schema.ts';
import {
  difficultyDeterminations as dd,
  employmentRegistrations,
  unemploymentRegistrations,
} from '../../modules/registry/registrations/registrations.schema.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { demoActors, demoCalendar, demoServices } from '../demo-services.ts';

export interface DemoPost {
  postId: string;
  holderPersonId: string;
  employerId: string;
}

/** The posts placed, in order: a "4050" holder one month before the end of the 3-year clock, then two others. */
export interface DemoPosts {
  posts: DemoPost[];
}

/** How many candidates to read before choosing (the station's open determinations, oldest hash first). */
const CANDIDATES = 200;

type Candidate = { id: string; gender: '1' | '2'; birthDate: string; decidedOn: string | null };

/**
 * Persons of the station (local hukou, 25 or older, never determined, no post) made 就业困难人员
 * (持《特困证》): one registered unemployed now is determined a week after that registration (today
 * at the latest); one with neither an unemployment registration nor an open job is registered
 * unemployed 14 months before `today` and determined a week later. Rows as the registry services
 * write them. For a demo city whose station has too few determinations of the ages the register
 * needs.
 */
async function makeDifficult(
  tx: Executor,
  station: Actor,
  today: string,
  want: { veteran: boolean; others: number },
  taken: ReadonlySet<string>,
  fits: { veteran: (p: Candidate) => boolean; other: (p: Candidate) => boolean },
): Promise<Candidate[]> {
  const u = unemploymentRegistrations;
  const pool = await tx
    .select({
      id: persons.id,
      gender: persons.gender,
      birthDate: persons.birthDate,
      orgId: persons.orgId,
      orgPath: persons.orgPath,
      createdBy: persons.createdBy,
      openUnemploymentId: u.id,
      registeredOn: u.registeredOn,
    })
    .from(persons)
    .leftJoin(u, and(eq(u.personId, persons.id), isNull(u.endedOn)))
    .where(
      and(
        like(persons.orgPath, `${station.orgPath}%`),
        eq(persons.hukouPlace, 'local'),
        lte(persons.birthDate, addYears(today, -25)),
        notExists(tx.select({ id: dd.id }).from(dd).where(eq(dd.personId, persons.id))),
        notExists(
          tx
            .select({ id: publicWelfarePosts.id })
            .from(publicWelfarePosts)
            .where(eq(publicWelfarePosts.holderPersonId, persons.id)),
        ),
        or(
          isNotNull(u.id),
          and(
            notExists(tx.select({ id: u.id }).from(u).where(eq(u.personId, persons.id))),
            notExists(
              tx
                .select({ id: employmentRegistrations.id })
                .from(employmentRegistrations)
                .where(
                  and(
                    eq(employmentRegistrations.personId, persons.id),
                    isNull(employmentRegistrations.endedOn),
                  ),
                ),
            ),
          ),
        ),
      ),
    )
    .orderBy(asc(persons.idNumberHash))
    .limit(CANDIDATES);
  const free = pool.filter((p) => !taken.has(p.id)).map((p) => ({ ...p, decidedOn: null }));
  const veteran = want.veteran ? free.filter(fits.veteran).slice(0, 1) : [];
  const others = free.filter((p) => !veteran.includes(p) && fits.other(p)).slice(0, want.others);
  const made: Candidate[] = [];
  for (const [i, p] of [...veteran, ...others].entries()) {
    let unemploymentId = p.openUnemploymentId;
    let registeredOn = p.registeredOn ?? addMonths(today, -14);
    if (!unemploymentId) {
      registeredOn = addMonths(today, -14);
      const [row] = await tx
        .insert(u)
        .values({
          personId: p.id,
          registeredOn,
          stationId: station.orgId,
          certificateNumber: `GY${String(station.orgId).padStart(4, '0')}${String(i + 1).padStart(8, '0')}`,
          reason: 'contract_dissolved',
          orgId: p.orgId,
          orgPath: p.orgPath,
          createdBy: p.createdBy,
        })
        .returning({ id: u.id });
      unemploymentId = row!.id;
    }
    const week = addDays(registeredOn, 7);
    const decidedOn = week < today ? week : today;
    await tx.insert(dd).values({
      personId: p.id,
      unemploymentRegistrationId: unemploymentId,
      category: 'hardship_certificate',
      evidence: '特困证（演示数据）',
      decidedOn,
      decidedBy: station.userId,
      orgId: p.orgId,
      orgPath: p.orgPath,
      createdBy: p.createdBy,
    });
    made.push({ id: p.id, gender: p.gender, birthDate: p.birthDate, decidedOn });
  }
  return made;
}

/**
 * 公益性岗位台账's demo: three posts of the station's area, each held by a 就业困难人员 with an open
 * determination and no post: a "4050" holder (a man of 50 to 58 or a woman of 40 to 48, clear of
 * retirement) whose continuous employment on such posts began 34 months before this month, so
 * the clock ends next month and a reviewer may approve the extension; and two others placed this
 * year (one on a 机关事业单位勤杂岗位). Each starts no earlier than the holder's determination. The
 * holders are the station's determined persons; when it has too few of the right ages, persons of
 * the station are made so (`makeDifficult`). The employers are the station's. Registered through
 * the post register's service as the station.
 */
export async function seedPosts(
  deps: EntitlementsDeps,
  opts: { today: string; stationUsername: string },
): Promise<DemoPosts> {
  const tx = deps.db;
  const station = (await demoActors(tx, [opts.stationUsername])).get(opts.stationUsername);
  if (!station) throw new Error(`the demo account ${opts.stationUsername} is missing`);
  const candidates: Candidate[] = await tx
    .select({
      id: persons.id,
      gender: persons.gender,
      birthDate: persons.birthDate,
      decidedOn: min(dd.decidedOn),
    })
    .from(persons)
    .innerJoin(dd, and(eq(dd.personId, persons.id), isNull(dd.exitedOn)))
    .where(
      and(
        like(persons.orgPath, `${station.orgPath}%`),
        lte(persons.birthDate, addYears(opts.today, -25)),
        notExists(
          tx
            .select({ id: publicWelfarePosts.id })
            .from(publicWelfarePosts)
            .where(
              and(eq(publicWelfarePosts.holderPersonId, persons.id), isNull(publicWelfarePosts.endedOn)),
            ),
        ),
      ),
    )
    .groupBy(persons.id, persons.gender, persons.birthDate, persons.idNumberHash)
    .orderBy(asc(persons.idNumberHash))
    .limit(CANDIDATES);
  const places = await tx
    .select({ id: employers.id })
    .from(employers)
    .where(like(employers.orgPath, `${station.orgPath}%`))
    .orderBy(asc(employers.creditCode))
    .limit(2);
  if (places.length === 0) throw new Error(`the demo station ${opts.stationUsername} has no employer`);

  const thisMonth = monthOf(opts.today);
  const since4050 = monthOf(addMonths(`${thisMonth}-01`, -34));
  const firstBeyond = addMonths(`${thisMonth}-01`, 2);
  const age = (p: Candidate) => classify4050(p.gender === '1' ? 'male' : 'female', p.birthDate, firstBeyond);
  const fits = {
    veteran: (p: Candidate) => {
      const c = age(p);
      return c.is4050 && c.age <= c.threshold + 8;
    },
    other: (p: Candidate) => !age(p).is4050,
  };
  let veteran = candidates.find(fits.veteran);
  let others = candidates.filter((p) => p !== veteran && fits.other(p)).slice(0, 2);
  if (!veteran || others.length < 2) {
    const taken = new Set(candidates.map((p) => p.id));
    const made = await makeDifficult(
      tx,
      station,
      opts.today,
      { veteran: !veteran, others: 2 - others.length },
      taken,
      fits,
    );
    veteran ??= made.find(fits.veteran);
    others = [...others, ...made.filter((p) => p !== veteran && fits.other(p))].slice(0, 2);
  }
  if (!veteran || others.length < 2)
    throw new Error(
      `the demo station ${opts.stationUsername} has too few persons for the post register (${candidates.length} determined)`,
    );

  const service = createPostsService(deps);
  const later = (a: string, b: string | null) => (b && b > a ? b : a);
  const plan = [
    {
      holder: veteran,
      title: '社区保洁员',
      kind: 'public_welfare' as const,
      startOn: later(addMonths(`${thisMonth}-01`, -10), veteran.decidedOn),
      continuousSinceMonth: since4050,
    },
    {
      holder: others[0]!,
      title: '公园绿化养护员',
      kind: 'public_welfare' as const,
      startOn: later(addMonths(`${thisMonth}-01`, -6), others[0]!.decidedOn),
      continuousSinceMonth: null,
    },
    {
      holder: others[1]!,
      title: '社区就业援助协管员',
      kind: 'institution_odd_job' as const,
      startOn: later(addMonths(`${thisMonth}-01`, -3), others[1]!.decidedOn),
      continuousSinceMonth: null,
    },
  ];
  const posts: DemoPost[] = [];
  for (const [i, p] of plan.entries()) {
    const employerId = places[i % places.length]!.id;
    const post = await service.register(station, {
      employerId,
      title: p.title,
      kind: p.kind,
      holderPersonId: p.holder.id,
      startOn: p.startOn,
      continuousSinceMonth: p.continuousSinceMonth,
    });
    posts.push({ postId: post.id, holderPersonId: p.holder.id, employerId });
  }
  return { posts };
}

/** The demo's post register, on the demo's transaction and clock. */
export async function createDemoPosts(
  tx: Executor,
  cipher: FieldCipher,
  opts: { now: Date; today: string; stationUsername: string },
): Promise<DemoPosts> {
  const clock: Clock = { now: () => opts.now, today: () => opts.today };
  const s = demoServices(tx, cipher, clock, await demoCalendar(tx));
  return seedPosts({ ...s, cipher }, opts);
}
