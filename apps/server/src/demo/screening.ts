import { addDays, addMonths, addYears } from '@minsheng/rules/engine/dates.ts';
import { and, asc, eq, gt, inArray, isNull, like, lte, notExists, or } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { persons } from '../modules/registry/persons/persons.schema.ts';
import {
  employmentRegistrations,
  unemploymentRegistrations,
} from '../modules/registry/registrations/registrations.schema.ts';
import { createScreeningServices } from '../modules/screening/screening.services.ts';
import type { Clock } from '../platform/clock.ts';
import type { FieldCipher } from '../platform/crypto.ts';
import { type DemoServices, demoActors, demoCalendar, demoServices } from './demo-services.ts';

/** At most this many persons of the station are made entitled to 就业援助补贴 (at least `FEWEST`). */
const ENTITLED = 4;
const FEWEST = 2;
/** The demo's monthly unemployment benefit (90% of a 2 100-yuan minimum wage), in fen. */
const BENEFIT_MONTHLY_FEN = 189_000;

export interface DemoScreening {
  /** the persons whose registry now makes them entitled (the station's leads after a run) */
  personIds: string[];
}

/**
 * 政策找人's demo: a few "4050" persons of the station's area with local hukou (men of 50 to 57,
 * women of 40 to 47: far from retirement even at a female worker's age, which the profile assumes)
 * lost their job 26 months ago when the employer closed (an open 就业登记 that began before is
 * closed then, otherwise a five-year job is recorded), registered unemployed ten days later and
 * drew 12 months of unemployment benefit, which thus ended over the 12-month wait before this
 * month; nobody registered them employed again. The employment-assistance profile then finds
 * each of them (未缴费、经济困难 are theirs to declare). Registry rows as the registration services
 * write them, dated from `today`; persons with any unemployment registration are left alone. The
 * run itself is the screening service's (`screening.runs.runNow`), called after this.
 */
export async function seedScreening(
  services: Pick<DemoServices, 'db'>,
  opts: { today: string; stationUsername: string },
): Promise<DemoScreening> {
  const tx = services.db;
  const station = (await demoActors(tx, [opts.stationUsername])).get(opts.stationUsername);
  if (!station) throw new Error(`the demo account ${opts.stationUsername} is missing`);
  const jobEnded = addMonths(opts.today, -26);
  const registeredOn = addDays(jobEnded, 10);
  const aged = (gender: '1' | '2', from: number, to: number) =>
    and(
      eq(persons.gender, gender),
      lte(persons.birthDate, addYears(opts.today, -from)),
      gt(persons.birthDate, addYears(opts.today, -(to + 1))),
    );
  const open = employmentRegistrations;
  const chosen = await tx
    .select({
      id: persons.id,
      orgId: persons.orgId,
      orgPath: persons.orgPath,
      createdBy: persons.createdBy,
      openJobId: open.id,
    })
    .from(persons)
    .leftJoin(open, and(eq(open.personId, persons.id), isNull(open.endedOn)))
    .where(
      and(
        like(persons.orgPath, `${station.orgPath}%`),
        eq(persons.hukouPlace, 'local'),
        or(aged('1', 50, 57), aged('2', 40, 47)),
        or(isNull(open.id), lte(open.startedOn, addYears(jobEnded, -1))),
        notExists(
          tx
            .select({ id: unemploymentRegistrations.id })
            .from(unemploymentRegistrations)
            .where(eq(unemploymentRegistrations.personId, persons.id)),
        ),
      ),
    )
    .orderBy(asc(persons.idNumberHash))
    .limit(ENTITLED);
  if (chosen.length < FEWEST)
    throw new Error(`the demo station ${opts.stationUsername} has too few 4050 persons for screening`);

  const closing = chosen.flatMap((p) => (p.openJobId ? [p.openJobId] : []));
  if (closing.length > 0)
    await tx
      .update(employmentRegistrations)
      .set({ endedOn: jobEnded, endReason: 'employer_closed', updatedAt: new Date() })
      .where(inArray(employmentRegistrations.id, closing));
  const jobless = chosen.filter((p) => !p.openJobId);
  if (jobless.length > 0)
    await tx.insert(employmentRegistrations).values(
      jobless.map((p) => ({
        personId: p.id,
        form: 'employer',
        employerName: '肥城市华润机械有限公司',
        startedOn: addYears(jobEnded, -5),
        endedOn: jobEnded,
        endReason: 'employer_closed',
        orgId: p.orgId,
        orgPath: p.orgPath,
        createdBy: p.createdBy,
      })),
    );
  await tx.insert(unemploymentRegistrations).values(
    chosen.map((p, i) => ({
      personId: p.id,
      registeredOn,
      stationId: station.orgId,
      certificateNumber: `ZR${String(station.orgId).padStart(4, '0')}${String(i + 1).padStart(8, '0')}`,
      reason: 'employer_closed',
      benefitFrom: registeredOn,
      benefitUntil: addDays(addMonths(registeredOn, 12), -1),
      benefitTotalFen: 12 * BENEFIT_MONTHLY_FEN,
      orgId: p.orgId,
      orgPath: p.orgPath,
      createdBy: p.createdBy,
    })),
  );
  return { personIds: chosen.map((p) => p.id) };
}

/**
 * The demo's 政策找人: the entitled persons seeded, then one run over the whole city as the city
 * reviewer (the daily job would do the same), so the station opens its leads at once.
 */
export async function createDemoScreening(
  tx: Executor,
  cipher: FieldCipher,
  opts: { now: Date; today: string; stationUsername: string; reviewerUsername: string },
): Promise<DemoScreening & { runId: string }> {
  const clock: Clock = { now: () => opts.now, today: () => opts.today };
  const s = demoServices(tx, cipher, clock, await demoCalendar(tx));
  const seeded = await seedScreening(s, opts);
  const reviewer = (await demoActors(tx, [opts.reviewerUsername])).get(opts.reviewerUsername)!;
  const run = await createScreeningServices({ ...s, cipher }).runs.runNow(reviewer, {});
  return { ...seeded, runId: run.id };
}
